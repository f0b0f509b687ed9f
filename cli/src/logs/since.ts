import { UsageError } from '../errors.ts';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const DURATION = /^(?:\d+[smhdw])+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `--since`: a duration back from `now` (`30s`, `15m`, `1h30m`, `2d`, `1w`) or a moment
 * (`2026-11-22`, `2026-11-22T14:00`, `2026-11-22T14:00:00Z`; without a zone it is UTC).
 */
export function parseSince(text: string, now = new Date()): Date {
  const value = text.trim().toLowerCase();
  if (DURATION.test(value)) {
    let ms = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+)([smhdw])/g)) {
      ms += Number(amount) * (UNIT_MS[unit as string] as number);
    }
    if (ms > 0) return new Date(now.getTime() - ms);
  }
  if (ISO_DATE.test(text.trim())) {
    const iso = text.trim().replace(' ', 'T');
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
    const date = new Date(zoned.includes('T') ? zoned : `${zoned}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError(
    `--since: "${text}" is neither a duration nor a date.`,
    'Like 30s, 15m, 1h30m, 2d, 1w, or 2026-11-22T14:00:00Z.',
  );
}
