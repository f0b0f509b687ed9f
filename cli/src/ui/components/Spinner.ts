import { Text, useAnimation } from 'ink';
import { createElement as h } from 'react';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function Spinner({ label }: { label: string }) {
  const { frame } = useAnimation({ interval: 80 });
  return h(Text, null, h(Text, { color: 'cyan' }, FRAMES[frame % FRAMES.length]), ` ${label}`);
}
