import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { type ReactNode, useState } from 'react';

/**
 * Asks before something that changes what runs. With `typeToConfirm`, the confirm button stays
 * disabled until the user has typed that text (an environment's name before deleting it).
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  typeToConfirm?: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: (typed: string | undefined) => void;
  onCancel: () => void;
}) {
  const [typed, setTyped] = useState('');
  const matches = props.typeToConfirm === undefined || typed === props.typeToConfirm;
  const close = () => {
    setTyped('');
    props.onCancel();
  };
  return (
    <Dialog open={props.open} onClose={close} aria-labelledby="pave-confirm-title">
      <DialogTitle id="pave-confirm-title">{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">{props.children}</DialogContentText>
        {props.typeToConfirm !== undefined ? (
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            id="pave-confirm-text"
            label={`Type ${props.typeToConfirm} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          color={props.danger ? 'secondary' : 'primary'}
          variant="contained"
          disabled={!matches || props.busy}
          onClick={() => {
            props.onConfirm(props.typeToConfirm === undefined ? undefined : typed);
            setTyped('');
          }}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
