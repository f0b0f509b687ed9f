import { ConfigError, loadConfig, type PaveConfig } from '@pave/subgraph-kit';

/**
 * Runs a Pave process: loads the configuration, starts, and stops cleanly on Ctrl-C or SIGTERM.
 * A configuration error is printed as the one clear message it is, without a stack trace.
 */
export async function runProcess(
  start: (config: PaveConfig) => Promise<{ close(): Promise<void> }>,
  options: { configFile?: string } = {},
): Promise<void> {
  let running: { close(): Promise<void> } | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\nStopping (${signal})…\n`);
    await running?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    const config = await loadConfig({ cwd: process.cwd(), file: options.configFile });
    running = await start(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Pave could not start: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exit(1);
  }
}
