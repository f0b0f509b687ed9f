import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@material-ui/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import {
  PaveCloneEnvironmentDocument,
  PaveCreateEnvironmentDocument,
  PaveCreatePreviewEnvironmentDocument,
} from '../../__generated__/graphql.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';

export type CreateMode = 'create' | 'preview' | 'clone';
const TYPES = ['DEVELOPMENT', 'STAGING', 'PRODUCTION'] as const;
const TITLES: Record<CreateMode, string> = {
  create: 'Create an environment',
  preview: 'Preview environment for a branch',
  clone: 'Clone environment',
};
const NAME_RULE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Checks the form before it goes to the gateway, with the same rules the API applies. */
export function validateEnvironmentForm(
  mode: CreateMode,
  form: { name: string; branch: string; ttlHours: string },
) {
  if (mode !== 'preview' && !NAME_RULE.test(form.name)) {
    return 'The name must be a DNS label: lower-case letters, digits and -, at most 63 characters.';
  }
  if (mode === 'preview') {
    if (form.branch.trim() === '') return 'Give the git branch to preview.';
    const hours = Number(form.ttlHours);
    if (!Number.isFinite(hours) || hours <= 0 || hours > 90 * 24)
      return 'The time to live is 1 to 2160 hours.';
    if (form.name !== '' && !NAME_RULE.test(form.name)) return 'The name must be a DNS label.';
  }
  return undefined;
}

export function CreateEnvironmentDialog(props: {
  componentRef: string;
  mode: CreateMode;
  from?: { id: string; name: string };
  onClose: (created: boolean) => void;
}) {
  const { mode } = props;
  const [form, setForm] = useState({ name: '', type: 'DEVELOPMENT', branch: '', ttlHours: '24' });
  const [invalid, setInvalid] = useState<string>();
  const [create, createEnvironment] = useMutation(PaveCreateEnvironmentDocument);
  const [preview, createPreview] = useMutation(PaveCreatePreviewEnvironmentDocument);
  const [clone, cloneEnvironment] = useMutation(PaveCloneEnvironmentDocument);
  const busy = create.fetching || preview.fetching || clone.fetching;
  const error = create.error ?? preview.error ?? clone.error;
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateEnvironmentForm(mode, form);
    setInvalid(problem);
    if (problem) return;
    const type = form.type as (typeof TYPES)[number];
    const outcome =
      mode === 'create'
        ? await createEnvironment({ input: { componentRef: props.componentRef, name: form.name, type } })
        : mode === 'preview'
          ? await createPreview({
              input: {
                componentRef: props.componentRef,
                branch: form.branch.trim(),
                ttlSeconds: Math.round(Number(form.ttlHours) * 3600),
                ...(form.name ? { name: form.name } : {}),
              },
            })
          : await cloneEnvironment({
              input: { fromEnvironmentId: props.from?.id ?? '', name: form.name, type },
            });
    if (!outcome.error) props.onClose(true);
  };

  return (
    <Dialog open onClose={() => props.onClose(false)} aria-labelledby="pave-create-title" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="pave-create-title">
          {TITLES[mode]}
          {props.from ? ` ${props.from.name}` : ''}
        </DialogTitle>
        <DialogContent>
          {invalid ? <ErrorNotice described={{ code: 'BAD_USER_INPUT', message: invalid }} /> : null}
          {error ? <ErrorNotice error={error} /> : null}
          {mode === 'preview' ? (
            <>
              <TextField
                autoFocus
                fullWidth
                margin="dense"
                id="pave-env-branch"
                label="Branch"
                value={form.branch}
                onChange={set('branch')}
              />
              <TextField
                fullWidth
                margin="dense"
                id="pave-env-ttl"
                label="Time to live (hours)"
                type="number"
                value={form.ttlHours}
                onChange={set('ttlHours')}
              />
            </>
          ) : null}
          <TextField
            autoFocus={mode !== 'preview'}
            fullWidth
            margin="dense"
            id="pave-env-name"
            label={mode === 'preview' ? 'Name (optional)' : 'Name'}
            value={form.name}
            onChange={set('name')}
          />
          {mode !== 'preview' ? (
            <TextField
              select
              fullWidth
              margin="dense"
              id="pave-env-type"
              label="Type"
              value={form.type}
              onChange={set('type')}
            >
              {TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {type.toLowerCase()}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => props.onClose(false)}>Cancel</Button>
          <Button type="submit" color="primary" variant="contained" disabled={busy}>
            {mode === 'clone' ? 'Clone' : 'Create'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
