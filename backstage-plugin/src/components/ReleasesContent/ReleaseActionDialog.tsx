import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@material-ui/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import {
  PaveDeployDocument,
  PavePromoteDocument,
  type PaveReleaseFieldsFragment,
  PaveRollbackDocument,
} from '../../__generated__/graphql.ts';
import type { PickedEnvironment } from '../shared/EnvironmentPicker.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';

export type ReleaseAction =
  | { kind: 'deploy' }
  | { kind: 'promote' }
  | { kind: 'rollback'; release: PaveReleaseFieldsFragment };

/** Confirms a deploy, promotion or rollback, with what it will do, before asking the gateway. */
export function ReleaseActionDialog(props: {
  action: ReleaseAction;
  environment: PickedEnvironment;
  otherEnvironments: PickedEnvironment[];
  onClose: () => void;
}) {
  const { action, environment } = props;
  const [gitRef, setGitRef] = useState('');
  const [target, setTarget] = useState(props.otherEnvironments[0]?.id ?? '');
  const [deploy, runDeploy] = useMutation(PaveDeployDocument);
  const [promote, runPromote] = useMutation(PavePromoteDocument);
  const [rollback, runRollback] = useMutation(PaveRollbackDocument);
  const busy = deploy.fetching || promote.fetching || rollback.fetching;
  const error = deploy.error ?? promote.error ?? rollback.error;
  const targetName = props.otherEnvironments.find((e) => e.id === target)?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome =
      action.kind === 'deploy'
        ? await runDeploy({
            input: { environmentId: environment.id, ...(gitRef.trim() ? { ref: gitRef.trim() } : {}) },
          })
        : action.kind === 'promote'
          ? await runPromote({ input: { fromEnvironmentId: environment.id, toEnvironmentId: target } })
          : await runRollback({ input: { environmentId: environment.id, toNumber: action.release.number } });
    if (!outcome.error) props.onClose();
  };

  const title =
    action.kind === 'deploy'
      ? `Deploy to ${environment.name}?`
      : action.kind === 'promote'
        ? `Promote ${environment.name}'s current release?`
        : `Roll ${environment.name} back to ${action.release.version}?`;

  return (
    <Dialog open onClose={props.onClose} aria-labelledby="pave-release-title" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="pave-release-title">{title}</DialogTitle>
        <DialogContent>
          {error ? <ErrorNotice error={error} /> : null}
          {action.kind === 'deploy' ? (
            <>
              <DialogContentText>
                Builds the component and releases it to {environment.name} with its current variables.
              </DialogContentText>
              <TextField
                autoFocus
                fullWidth
                margin="dense"
                id="pave-deploy-ref"
                label="Git ref (optional: branch, tag or commit)"
                value={gitRef}
                onChange={(event) => setGitRef(event.target.value)}
              />
            </>
          ) : null}
          {action.kind === 'promote' ? (
            <>
              <DialogContentText>
                Releases the same build that runs in {environment.name} to{' '}
                {targetName || 'another environment'}, with that environment's own variables. Nothing is
                rebuilt.
              </DialogContentText>
              <TextField
                select
                fullWidth
                margin="dense"
                id="pave-promote-target"
                label="Target environment"
                value={target}
                onChange={(event) => setTarget(event.target.value)}
              >
                {props.otherEnvironments.map((other) => (
                  <MenuItem key={other.id} value={other.id}>
                    {other.name}
                  </MenuItem>
                ))}
              </TextField>
            </>
          ) : null}
          {action.kind === 'rollback' ? (
            <DialogContentText>
              Makes a new release that restores {action.release.version}'s build and variables (
              {action.release.description}).
            </DialogContentText>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy || (action.kind === 'promote' && !target)}
          >
            {action.kind === 'deploy' ? 'Deploy' : action.kind === 'promote' ? 'Promote' : 'Roll back'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
