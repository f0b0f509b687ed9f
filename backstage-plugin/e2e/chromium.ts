import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install chromium`), or another one named by PAVE_CHROMIUM. */
export const CHROMIUM = process.env.PAVE_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * Without Chromium the browser test skips with the reason in its title, except under CI=true,
 * where it runs and fails: CI must not go green without having opened the portal.
 */
export const skipBrowser = !hasChromium && process.env.CI !== 'true';
export const browserTitle = (title: string) =>
  hasChromium
    ? title
    : `${title} (needs Chromium at ${CHROMIUM}: apt-get install chromium, or set PAVE_CHROMIUM)`;
