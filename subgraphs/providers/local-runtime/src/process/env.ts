/**
 * What an app or a build inherits from Pave's own environment: enough to find programs and a home,
 * nothing else — Pave's database URL, identity key or tokens must never reach an app.
 */
const INHERITED = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SHELL'];

export function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}
