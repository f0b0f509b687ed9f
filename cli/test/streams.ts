import { PassThrough, Readable } from 'node:stream';
import type { Streams } from '../src/output/terminal.ts';

/** Streams that collect what pave writes, for tests that call main() or a Terminal directly. */
export function captureStreams(options: { tty?: boolean; stdin?: string } = {}) {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]) as Readable & {
    isTTY?: boolean;
  };
  if (options.tty) {
    stdout.isTTY = true;
    stderr.isTTY = true;
    stdin.isTTY = true;
    stdout.columns = 100;
  }
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const streams: Streams = { stdout, stderr, stdin };
  return { streams, stdout: () => out, stderr: () => err };
}
