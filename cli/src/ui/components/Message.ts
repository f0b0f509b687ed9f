import { Text } from 'ink';
import { createElement as h } from 'react';
import { type MessageView, sanitize } from '../../output/views.ts';

const TONES = {
  success: { symbol: '✔', color: 'green' },
  info: { symbol: 'ℹ', color: 'blue' },
  warning: { symbol: '!', color: 'yellow' },
} as const;

export function Message({ view }: { view: MessageView }) {
  const tone = TONES[view.tone];
  return h(Text, null, h(Text, { color: tone.color }, `${tone.symbol} `), sanitize(view.text));
}
