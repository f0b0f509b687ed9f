import { Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { CombinedError } from '@urql/core';
import { describeError, hintFor, type PaveError } from './errors.ts';

/** A failed operation: its code, the server's message and, for common codes, what to do. */
export function ErrorNotice(props: { error?: CombinedError; described?: PaveError; message?: string }) {
  const error: PaveError =
    props.described ??
    (props.error
      ? describeError(props.error)
      : { code: 'ERROR', message: props.message ?? 'Something went wrong.' });
  const hint = hintFor(error);
  return (
    <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
      <Typography variant="body2">
        <strong>{error.code}</strong>: {error.message}
      </Typography>
      {hint ? <Typography variant="body2">{hint}</Typography> : null}
    </Alert>
  );
}
