import { type DetailsView, MISSING, sanitize, type TableView, type View } from './views.ts';

/** A view as plain text: no colour, no escape codes, columns aligned with spaces. */
export function renderPlain(view: View): string {
  switch (view.kind) {
    case 'details':
      return details(view);
    case 'table':
      return table(view);
    case 'message':
      return sanitize(view.text);
    case 'stack':
      return view.views.map(renderPlain).join('\n\n');
  }
}

const cell = (value: string | null | undefined) => sanitize(value || MISSING).replace(/\s*\n\s*/g, ' ');
const width = (text: string) => [...text].length;

function details(view: DetailsView): string {
  const labelWidth = Math.max(0, ...view.rows.map(([label]) => width(label)));
  const lines = view.rows.map(([label, value]) => `${`${label}:`.padEnd(labelWidth + 1)}  ${cell(value)}`);
  return [...(view.title ? [sanitize(view.title)] : []), ...lines].join('\n');
}

function table(view: TableView): string {
  const title = view.title ? [sanitize(view.title)] : [];
  if (view.rows.length === 0) return [...title, view.empty].join('\n');
  const header = view.columns.map((column) => column.header.toUpperCase());
  const rows = view.rows.map((row) => view.columns.map((_, i) => cell(row[i])));
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => (i === cells.length - 1 ? text : text + ' '.repeat((widths[i] ?? 0) - width(text))))
      .join('  ')
      .trimEnd();
  return [...title, line(header), ...rows.map(line), ...(view.footer ? [view.footer] : [])].join('\n');
}
