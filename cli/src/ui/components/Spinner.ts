import { Text, useAnimation } from 'ink';
import { createElement as h, type ReactNode } from 'react';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function Spinner({ label }: { label: ReactNode }) {
  const { frame } = useAnimation({ interval: 80 });
  return h(Text, null, h(Text, { color: 'cyan' }, FRAMES[frame % FRAMES.length]), ' ', label);
}
