import { Box, Text } from 'ink';
import { createElement as h } from 'react';
import { MISSING, sanitize, type TableColumn, type TableView } from '../../output/views.ts';

const GAP = 2;

function Cell({
  column,
  value,
  width,
}: {
  column: TableColumn;
  value: string | null | undefined;
  width?: number;
}) {
  const text = sanitize(value ?? MISSING).replace(/\s*\n\s*/g, ' ');
  const missing = value == null || value === '';
  return h(
    Box,
    width === undefined ? { flexGrow: 1, flexShrink: 1 } : { width, flexShrink: 0 },
    h(
      Text,
      {
        wrap: 'truncate-end',
        color: column.style === 'ref' && !missing ? 'cyan' : undefined,
        dimColor: column.style === 'dim' || missing,
      },
      missing ? MISSING : text,
    ),
  );
}

/** Columns sized to their content; the last one takes what is left and is cut with … when too long. */
export function Table({ view }: { view: TableView }) {
  const title = view.title ? h(Text, { bold: true }, sanitize(view.title)) : null;
  if (view.rows.length === 0) {
    return h(Box, { flexDirection: 'column' }, title, h(Text, { dimColor: true }, view.empty));
  }
  const widths = view.columns.map(
    (column, i) =>
      Math.max(column.header.length, ...view.rows.map((row) => (row[i] ?? MISSING).length)) + GAP,
  );
  const last = view.columns.length - 1;
  return h(
    Box,
    { flexDirection: 'column' },
    title,
    h(
      Box,
      null,
      ...view.columns.map((column, i) =>
        h(
          Box,
          i === last
            ? { key: column.header, flexGrow: 1 }
            : { key: column.header, width: widths[i], flexShrink: 0 },
          h(Text, { bold: true }, column.header.toUpperCase()),
        ),
      ),
    ),
    ...view.rows.map((row, r) =>
      h(
        Box,
        { key: `row-${r}` },
        ...view.columns.map((column, i) =>
          h(Cell, { key: column.header, column, value: row[i], width: i === last ? undefined : widths[i] }),
        ),
      ),
    ),
    view.footer ? h(Text, { dimColor: true }, view.footer) : null,
  );
}
