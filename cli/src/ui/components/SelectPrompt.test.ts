import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SelectPrompt } from './SelectPrompt.ts';

const DOWN = '\u001b[B';
const UP = '\u001b[A';
const ENTER = '\r';
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('SelectPrompt', () => {
  it('moves with the arrow keys, wraps around, and shows only the answer once picked', async () => {
    const onSubmit = vi.fn();
    const { lastFrame, stdin } = render(
      h(SelectPrompt, {
        question: 'Which component',
        labels: ['component:default/api', 'component:default/web', 'component:default/worker'],
        onSubmit,
      }),
    );
    expect(lastFrame()?.split('\n')).toEqual([
      '? Which component (↑/↓, Enter)',
      '❯ component:default/api',
      '  component:default/web',
      '  component:default/worker',
    ]);
    await tick();
    stdin.write(DOWN);
    await tick();
    expect(lastFrame()).toContain('❯ component:default/web');
    stdin.write(UP);
    await tick();
    stdin.write(UP);
    await tick();
    expect(lastFrame()).toContain('❯ component:default/worker');
    stdin.write(ENTER);
    await tick();
    expect(onSubmit).toHaveBeenCalledWith(2);
    expect(lastFrame()).toBe('? Which component component:default/worker');
  });
});
