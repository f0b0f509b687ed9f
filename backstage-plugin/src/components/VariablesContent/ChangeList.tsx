import { List, ListItem, ListItemText } from '@material-ui/core';

export interface VariableChange {
  key: string;
  change: string;
  secret: boolean;
  oldValue?: string | null;
  newValue?: string | null;
}

/** What changed between two versions. The API gives old and new values of config vars only. */
export function describeChange(change: VariableChange): string {
  if (change.secret) return `${change.key}: secret ${change.change.toLowerCase()}`;
  if (change.change === 'ADDED') return `${change.key} added: ${change.newValue ?? ''}`;
  if (change.change === 'REMOVED') return `${change.key} removed (was ${change.oldValue ?? ''})`;
  return `${change.key}: ${change.oldValue ?? ''} → ${change.newValue ?? ''}`;
}

export function ChangeList(props: { changes: VariableChange[] }) {
  if (props.changes.length === 0) return <ListItemText primary="No changes" />;
  return (
    <List dense disablePadding>
      {props.changes.map((change) => (
        <ListItem key={change.key} disableGutters>
          <ListItemText
            primary={describeChange(change)}
            primaryTypographyProps={{ style: { fontFamily: 'monospace' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
