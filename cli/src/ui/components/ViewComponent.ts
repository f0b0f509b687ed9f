import { Box } from 'ink';
import { createElement as h, type ReactElement } from 'react';
import type { View } from '../../output/views.ts';
import { Details } from './Details.ts';
import { Message } from './Message.ts';
import { Table } from './Table.ts';

/** Draws any view a command produced. */
export function ViewComponent({ view }: { view: View }): ReactElement {
  switch (view.kind) {
    case 'details':
      return h(Details, { view });
    case 'table':
      return h(Table, { view });
    case 'message':
      return h(Message, { view });
    case 'stack':
      return h(
        Box,
        { flexDirection: 'column', gap: 1 },
        ...view.views.map((child, i) => h(ViewComponent, { key: i, view: child })),
      );
  }
}
