import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { captureStreams } from '../../test/streams.ts';
import { UsageError } from '../errors.ts';
import { Terminal } from './terminal.ts';

const view = {
  kind: 'table' as const,
  columns: [{ header: 'ref', style: 'ref' as const }, { header: 'title' }],
  rows: [['component:default/a', 'A']],
  empty: 'none',
};

describe('Terminal', () => {
  it('is interactive only on a terminal, outside CI, without --json, with a capable TERM', () => {
    const tty = captureStreams({ tty: true }).streams;
    expect(new Terminal(tty, { json: false, env: {} }).interactive).toBe(true);
    expect(new Terminal(tty, { json: false, env: { CI: 'true' } }).interactive).toBe(false);
    expect(new Terminal(tty, { json: false, env: { CI: '0' } }).interactive).toBe(true);
    expect(new Terminal(tty, { json: true, env: {} }).interactive).toBe(false);
    expect(new Terminal(tty, { json: false, env: { TERM: 'dumb' } }).interactive).toBe(false);
    expect(new Terminal(captureStreams().streams, { json: false, env: {} }).interactive).toBe(false);
  });

  it('never asks when nobody can answer: the choices and the flag go into a usage error', async () => {
    const term = new Terminal(captureStreams().streams, { json: false, env: {} });
    const error = await term
      .choose(
        'Which one',
        [
          { label: 'a', value: 1 },
          { label: 'b', value: 2 },
        ],
        'Use --component.',
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('Which one: a, b.');
    expect(error.hint).toBe('Use --component.');
  });

  it('never confirms on its own off a terminal, and --yes confirms without asking', async () => {
    const term = new Terminal(captureStreams().streams, { json: false, env: {} });
    await expect(term.confirm('Delete orders-prod?', { yes: true, typed: 'orders-prod' })).resolves.toBe(
      undefined,
    );
    const refused = await term.confirm('Delete orders-prod?', { yes: false }).catch((e) => e);
    expect(refused).toBeInstanceOf(UsageError);
    expect(refused.message).toBe('Delete orders-prod? Refusing without a confirmation.');
    expect(refused.hint).toBe('Pass --yes (-y) to confirm.');
  });

  it('turns a question it cannot ask into a usage error naming the flag', async () => {
    const term = new Terminal(captureStreams().streams, { json: false, env: {} });
    const error = await term.ask('Branch to preview', 'Pass --branch BRANCH.').catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('Branch to preview: missing.');
    expect(error.hint).toBe('Pass --branch BRANCH.');
  });

  it('prints views as plain text off a terminal and draws them with Ink on one', async () => {
    const plain = captureStreams();
    await new Terminal(plain.streams, { json: false, env: {} }).show(view);
    expect(plain.stdout()).toBe('REF                  TITLE\ncomponent:default/a  A\n');

    const tty = captureStreams({ tty: true });
    await new Terminal(tty.streams, { json: false, env: {} }).show(view);
    expect(stripVTControlCharacters(tty.stdout())).toBe(
      'REF                  TITLE\ncomponent:default/a  A\n',
    );
  });

  it('prints JSON as one indented document and keeps messages off stdout', () => {
    const io = captureStreams();
    const term = new Terminal(io.streams, { json: true, env: {} });
    term.note('working…');
    term.printJson({ b: 1, a: [true] });
    expect(io.stdout()).toBe('{\n  "b": 1,\n  "a": [\n    true\n  ]\n}\n');
    expect(io.stderr()).toBe('working…\n');
  });
});
