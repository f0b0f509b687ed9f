import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TextPrompt } from './TextPrompt.ts';

const ENTER = '\r';
const BACKSPACE = '\u007f';
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('TextPrompt', () => {
  it('collects what is typed, honours Backspace, and submits on Enter', async () => {
    const onSubmit = vi.fn();
    const { lastFrame, stdin } = render(
      h(TextPrompt, { question: 'Delete orders-prod?', hint: '(type orders-prod to confirm)', onSubmit }),
    );
    expect(lastFrame()).toBe('? Delete orders-prod? (type orders-prod to confirm)');
    await tick();
    for (const key of ['o', 'r', 'x', BACKSPACE, 'd']) {
      stdin.write(key);
      await tick();
    }
    expect(lastFrame()).toContain('ord');
    stdin.write(ENTER);
    await tick();
    expect(onSubmit).toHaveBeenCalledWith('ord');
    expect(lastFrame()).toBe('? Delete orders-prod? ord');
  });

  it('answers on the first key in single-key mode', async () => {
    const onSubmit = vi.fn();
    const { stdin } = render(
      h(TextPrompt, { question: 'Roll back?', hint: '(y/N)', singleKey: true, onSubmit }),
    );
    await tick();
    stdin.write('y');
    await tick();
    expect(onSubmit).toHaveBeenCalledWith('y');
  });

  it('masks what is typed when asked to', async () => {
    const onSubmit = vi.fn();
    const { lastFrame, stdin } = render(h(TextPrompt, { question: 'Value', mask: true, onSubmit }));
    await tick();
    stdin.write('s3cr3t');
    await tick();
    expect(lastFrame()).toBe('? Value ******');
    expect(lastFrame()).not.toContain('s3cr3t');
  });
});
