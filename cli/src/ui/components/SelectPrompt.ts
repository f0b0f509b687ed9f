import { Box, Text, useInput } from 'ink';
import { createElement as h, useState } from 'react';
import { sanitize } from '../../output/views.ts';

export interface SelectPromptProps {
  question: string;
  labels: readonly string[];
  onSubmit(index: number): void;
}

/** Up/down (or j/k) to move, Enter to pick. Once picked it shows the answer only. */
export function SelectPrompt({ question, labels, onSubmit }: SelectPromptProps) {
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  useInput(
    (input, key) => {
      if (key.upArrow || input === 'k') setIndex((i) => (i - 1 + labels.length) % labels.length);
      if (key.downArrow || input === 'j') setIndex((i) => (i + 1) % labels.length);
      if (key.return) {
        setPicked(index);
        onSubmit(index);
      }
    },
    { isActive: picked === undefined },
  );
  const prompt = h(Text, { bold: true }, h(Text, { color: 'green' }, '? '), question);
  if (picked !== undefined) {
    return h(Text, null, prompt, ' ', h(Text, { color: 'cyan' }, sanitize(labels[picked] ?? '')));
  }
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, null, prompt, h(Text, { dimColor: true }, ' (↑/↓, Enter)')),
    ...labels.map((label, i) =>
      h(
        Text,
        { key: label, color: i === index ? 'cyan' : undefined },
        i === index ? '❯ ' : '  ',
        sanitize(label),
      ),
    ),
  );
}
