/** `2026-11-22 02:40:25Z`: when something happened, to the second, in UTC. */
export const shortTime = (iso: string | null | undefined) =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}Z` : undefined;
