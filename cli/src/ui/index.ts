// Everything Ink: loaded with a dynamic import() by the Terminal, and only on an interactive terminal.
import { type Instance, render, renderToString } from 'ink';
import { createElement as h } from 'react';
import { CliError, EXIT } from '../errors.ts';
import type { LogLine } from '../logs/format.ts';
import type { Choice, Streams } from '../output/terminal.ts';
import type { View } from '../output/views.ts';
import { DeviceLogin, type DeviceLoginProps } from './components/DeviceLogin.ts';
import { LogLines } from './components/LogLines.ts';
import { ReleaseProgress, type ReleaseProgressProps } from './components/ReleaseProgress.ts';
import { SelectPrompt } from './components/SelectPrompt.ts';
import { Spinner } from './components/Spinner.ts';
import { TextPrompt, type TextPromptProps } from './components/TextPrompt.ts';
import { ViewComponent } from './components/ViewComponent.ts';

export function renderViewToString(view: View, columns: number): string {
  return renderToString(h(ViewComponent, { view }), { columns });
}

/**
 * Log lines in colour, as text to write: a tail prints batch after batch and never redraws, so
 * Ink lays them out without owning the terminal. Wide enough never to wrap: the terminal does.
 */
export function renderLogLines(lines: readonly LogLine[]): string {
  return renderToString(h(LogLines, { lines }), { columns: 100_000 });
}

const options = (streams: Streams, output: 'stdout' | 'stderr') => ({
  stdout: streams[output] as NodeJS.WriteStream,
  stderr: streams.stderr as NodeJS.WriteStream,
  stdin: streams.stdin as NodeJS.ReadStream,
  patchConsole: false,
  interactive: true,
});

async function close(instance: Instance, clear: boolean) {
  if (clear) instance.clear();
  instance.unmount();
  await instance.waitUntilExit().catch(() => {});
}

/** A spinner on stderr while `work` runs; it leaves no trace once done. */
export async function withSpinner<T>(label: string, work: () => Promise<T>, streams: Streams): Promise<T> {
  const instance = render(h(Spinner, { label }), { ...options(streams, 'stderr'), exitOnCtrlC: false });
  try {
    return await work();
  } finally {
    await close(instance, true);
  }
}

/** Asks to pick one; Ctrl-C cancels with exit code 130. */
export function selectPrompt<T>(
  question: string,
  choices: readonly Choice<T>[],
  streams: Streams,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let picked = false;
    const instance = render(
      h(SelectPrompt, {
        question,
        labels: choices.map((choice) => choice.label),
        onSubmit: (index) => {
          picked = true;
          // Let Ink draw the answer before it unmounts.
          setImmediate(() => {
            instance.unmount();
            resolve((choices[index] as Choice<T>).value);
          });
        },
      }),
      { ...options(streams, 'stdout'), exitOnCtrlC: true },
    );
    instance.waitUntilExit().then(
      () => picked || reject(new CliError('Cancelled.', { exitCode: EXIT.interrupted })),
      () => picked || reject(new CliError('Cancelled.', { exitCode: EXIT.interrupted })),
    );
  });
}

/** Asks for one line of text; Ctrl-C cancels with exit code 130. */
export function textPrompt(props: Omit<TextPromptProps, 'onSubmit'>, streams: Streams): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let answered = false;
    const instance = render(
      h(TextPrompt, {
        ...props,
        onSubmit: (answer) => {
          answered = true;
          setImmediate(() => {
            instance.unmount();
            resolve(answer);
          });
        },
      }),
      { ...options(streams, 'stdout'), exitOnCtrlC: true },
    );
    const cancelled = () => answered || reject(new CliError('Cancelled.', { exitCode: EXIT.interrupted }));
    instance.waitUntilExit().then(cancelled, cancelled);
  });
}

export interface LiveDeviceLogin {
  update(props: DeviceLoginProps): void;
  close(): Promise<void>;
}

export function showDeviceLogin(props: DeviceLoginProps, streams: Streams): LiveDeviceLogin {
  const instance = render(h(DeviceLogin, props), { ...options(streams, 'stderr'), exitOnCtrlC: false });
  return {
    update: (next) => instance.rerender(h(DeviceLogin, next)),
    close: () => close(instance, false),
  };
}

export interface LiveView<P> {
  update(props: P): void;
  close(): Promise<void>;
}

/** A release on its way, redrawn as it moves; its last frame stays on the screen. */
export function showReleaseProgress(
  props: ReleaseProgressProps,
  streams: Streams,
): LiveView<ReleaseProgressProps> {
  const instance = render(h(ReleaseProgress, props), { ...options(streams, 'stdout'), exitOnCtrlC: false });
  return {
    update: (next) => instance.rerender(h(ReleaseProgress, next)),
    close: () => close(instance, false),
  };
}
