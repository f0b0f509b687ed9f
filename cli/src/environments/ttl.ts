import { UsageError } from '../errors.ts';

const UNITS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** `90s`, `30m`, `2h`, `7d` or a number of seconds, as seconds. */
export function parseTtl(text: string, flag = '--ttl'): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!match) {
    throw new UsageError(
      `${flag}: "${text}" is not a duration.`,
      'A number and a unit: 90s, 30m, 2h or 7d (up to 90 days).',
    );
  }
  return Number(match[1]) * UNITS[(match[2] || 's') as keyof typeof UNITS];
}

/** How long until `iso`, roughly: `in 1 h 59 min`, `in 3 d`, `expired`. */
export function timeLeft(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds < 60) return `in ${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `in ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `in ${Math.floor(hours / 24)} d`;
}
