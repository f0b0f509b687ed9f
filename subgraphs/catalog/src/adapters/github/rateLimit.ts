/**
 * GitHub's rate limits as its REST API documents them: a 403 or 429 with `x-ratelimit-remaining: 0`
 * (wait until `x-ratelimit-reset`, epoch seconds) or with `retry-after` (seconds; secondary limits).
 * A secondary limit without either header means waiting at least a minute.
 */
export interface RateLimit {
  until: Date;
  message: string;
}

interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const SECONDARY_WAIT_MS = 60_000;

export function rateLimitOf(error: unknown, now = Date.now()): RateLimit | undefined {
  const failure = error as HttpFailure;
  if (failure?.status !== 403 && failure?.status !== 429) return undefined;
  const headers = failure.response?.headers ?? {};
  const message = (failure.message ?? '').split(' - https://')[0] ?? '';
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
    return { until: new Date(now + retryAfter * 1000), message };
  }
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const until = Number.isFinite(reset) ? reset * 1000 : now + SECONDARY_WAIT_MS;
    return { until: new Date(Math.max(until, now)), message };
  }
  if (failure.status === 429 || /secondary rate limit/i.test(message)) {
    return { until: new Date(now + SECONDARY_WAIT_MS), message };
  }
  return undefined;
}
