import { Box, Text } from 'ink';
import { createElement as h } from 'react';
import { type DetailsView, MISSING, sanitize } from '../../output/views.ts';

/** Label/value pairs, labels aligned in a dim column. */
export function Details({ view }: { view: DetailsView }) {
  const labelWidth = Math.max(0, ...view.rows.map(([label]) => label.length)) + 2;
  return h(
    Box,
    { flexDirection: 'column' },
    view.title ? h(Text, { bold: true }, sanitize(view.title)) : null,
    ...view.rows.map(([label, value]) =>
      h(
        Box,
        { key: label },
        h(Box, { width: labelWidth, flexShrink: 0 }, h(Text, { dimColor: true }, label)),
        value ? h(Text, { wrap: 'wrap' }, sanitize(value)) : h(Text, { dimColor: true }, MISSING),
      ),
    ),
  );
}
