import { spawn } from 'node:child_process';

/**
 * Opens `url` in the person's browser when there is one to open: macOS `open`, Windows `start`,
 * elsewhere `xdg-open` with a display. Never fails: without a browser the URL is on screen anyway.
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (env.BROWSER === 'none' || env.PAVE_NO_BROWSER) return Promise.resolve(false);
  const command =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : env.DISPLAY || env.WAYLAND_DISPLAY
          ? ['xdg-open', url]
          : undefined;
  if (!command) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const child = spawn(command[0] as string, command.slice(1), { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
