import { Box, Button, Checkbox, FormControlLabel, TextField } from '@material-ui/core';
import { type FormEvent, useState } from 'react';
import { validateVariable } from './variableDraft.ts';

/** Adds a variable to the draft (nothing is sent until the user saves). */
export function AddVariableForm(props: {
  existingKeys: string[];
  onAdd: (key: string, value: string, secret: boolean) => void;
}) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [secret, setSecret] = useState(true);
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    const invalid = validateVariable(trimmed, value);
    if (invalid) return setProblem(invalid);
    if (props.existingKeys.includes(trimmed))
      return setProblem(`${trimmed} exists already: use Edit on its row.`);
    setProblem(undefined);
    props.onAdd(trimmed, value, secret);
    setKey('');
    setValue('');
  };

  return (
    <form onSubmit={submit} aria-label="Add a variable" noValidate>
      <Box display="flex" alignItems="flex-start" style={{ gap: 8 }} marginTop={2}>
        <TextField
          size="small"
          id="pave-add-key"
          label="Key"
          value={key}
          error={problem !== undefined}
          helperText={problem}
          onChange={(event) => setKey(event.target.value)}
        />
        <TextField
          size="small"
          id="pave-add-value"
          label="Value"
          type={secret ? 'password' : 'text'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <FormControlLabel
          control={<Checkbox checked={secret} onChange={(event) => setSecret(event.target.checked)} />}
          label="Secret"
        />
        <Button type="submit" variant="outlined">
          Add
        </Button>
      </Box>
    </form>
  );
}
