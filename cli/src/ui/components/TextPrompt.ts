import { Text, useInput } from 'ink';
import { createElement as h, useState } from 'react';
import { sanitize } from '../../output/views.ts';

export interface TextPromptProps {
  question: string;
  /** Dimmed after the question, e.g. `(type orders-prod to confirm)` or `(y/N)`. */
  hint?: string;
  /** Answer on the first key (y/n) instead of waiting for Enter. */
  singleKey?: boolean;
  /** Typed characters are shown as `*`. */
  mask?: boolean;
  onSubmit(answer: string): void;
}

/** One line of input: printable keys append, Backspace deletes, Enter submits. */
export function TextPrompt({ question, hint, singleKey, mask, onSubmit }: TextPromptProps) {
  const [value, setValue] = useState('');
  const [done, setDone] = useState(false);
  const submit = (answer: string) => {
    setValue(answer);
    setDone(true);
    onSubmit(answer);
  };
  useInput(
    (input, key) => {
      if (key.return) return submit(value);
      if (key.backspace || key.delete) return setValue((v) => v.slice(0, -1));
      if (key.ctrl || key.meta || key.escape || !input) return;
      if (singleKey) return submit(input);
      setValue((v) => v + input);
    },
    { isActive: !done },
  );
  const shown = sanitize(mask ? '*'.repeat(value.length) : value);
  return h(
    Text,
    null,
    h(Text, { bold: true }, h(Text, { color: 'green' }, '? '), question),
    hint && !done ? h(Text, { dimColor: true }, ` ${hint}`) : null,
    ' ',
    h(Text, { color: 'cyan' }, shown),
  );
}
