/**
 * What a command shows, as data. The plain renderer (output/plain.ts) and the Ink one (ui/) draw the
 * same views, so a command never knows which terminal it runs in.
 */
export type View = DetailsView | TableView | MessageView | StackView;

export interface DetailsView {
  kind: 'details';
  title?: string;
  rows: ReadonlyArray<readonly [label: string, value: string | null | undefined]>;
}

export interface TableColumn {
  header: string;
  /** How the Ink renderer colours the cells; plain text ignores it. */
  style?: 'ref' | 'dim' | 'plain';
}

export interface TableView {
  kind: 'table';
  title?: string;
  columns: readonly TableColumn[];
  rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  /** Shown instead of an empty table. */
  empty: string;
  /** A line under the table, e.g. "3 of 120 entities". */
  footer?: string;
}

export interface MessageView {
  kind: 'message';
  tone: 'success' | 'info' | 'warning';
  text: string;
}

export interface StackView {
  kind: 'stack';
  views: readonly View[];
}

export const MISSING = '—';

/**
 * Text from the server may hold anything: escape sequences in a catalog title must not move the
 * cursor or recolour the user's terminal.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const sanitize = (text: string) => text.replace(CONTROL, '');
