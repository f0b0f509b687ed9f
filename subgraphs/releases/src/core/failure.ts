/** What a failed release records: a reason a developer can act on and the step that failed. */
export function describeFailure(error: unknown): { reason: string; code: string } {
  const err = error as { message?: string; code?: unknown; extensions?: { code?: unknown } };
  const code =
    typeof err.extensions?.code === 'string'
      ? err.extensions.code
      : typeof err.code === 'string' && /^[A-Z_]+$/.test(err.code)
        ? err.code
        : 'FAILED';
  const reason = (err.message ?? String(error)).trim() || 'The release failed.';
  return { reason: reason.length > 1000 ? `${reason.slice(0, 997)}...` : reason, code };
}
