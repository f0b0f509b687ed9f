/**
 * The name of the service token a device login mints: `cli-<who>-<date>`, e.g. `cli-jane-2026-11-22`
 * for `user:default/jane`, within the 1–64 characters of `[A-Za-z0-9._-]` service tokens allow.
 */
export function cliTokenName(subject: string, date: Date): string {
  const who = (subject.split(/[:/]/).pop() ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  const day = date.toISOString().slice(0, 10);
  return `cli-${(who || 'user').slice(0, 64 - 'cli--'.length - day.length)}-${day}`;
}
