import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevPlatform, SAMPLE_COMPONENT, startDevPlatform } from '../dev/devPlatform.ts';
import { browserTitle, CHROMIUM, hasChromium, skipBrowser } from './chromium.ts';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
const ENTITY_PAGE = '/catalog/default/component/hello-web';
const DEV = `${SAMPLE_COMPONENT}/dev`;
// A made-up secret for this test only; it is revealed on purpose once, then hidden again.
const SECRET = 'e2e-secret-value';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The plugin as a user meets it: the dev app (Backstage's new frontend system, signed in with a
 * Backstage-style user token) in Debian's Chromium, against a live embedded platform that really
 * builds and runs hello-web. No mock between the browser and the platform.
 */
describe.skipIf(skipBrowser)(browserTitle('the Pave tabs in Backstage, in Chromium'), () => {
  let dev: DevPlatform;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

  beforeAll(async () => {
    if (!hasChromium)
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set PAVE_CHROMIUM)`);
    await mkdir(SCREENSHOTS, { recursive: true });
    dev = await startDevPlatform({ appPort: await freePort() });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
  });

  it('sets a variable on the Variables tab, sees the release it makes, then its log lines streaming', {
    timeout: 90_000,
  }, async () => {
    // Variables: add GREETING as a config var and save.
    await page.goto(`${dev.appUrl}${ENTITY_PAGE}/pave-variables`);
    await page.getByRole('table', { name: 'Variables' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Key').fill('GREETING');
    await page.getByRole('checkbox', { name: 'Secret' }).uncheck();
    await page.getByLabel('Value').fill('Hej from the portal');
    await page.getByRole('button', { name: 'Add' }).click();
    // …and a secret in the same save: masked once saved, shown only when revealed.
    await page.getByRole('checkbox', { name: 'Secret' }).check();
    await page.getByLabel('Key').fill('API_TOKEN');
    await page.getByLabel('Value').fill(SECRET);
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('button', { name: 'Save 2 changes' }).click();
    await page.getByText('Version 1 by user:default/jane').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('variable-GREETING').textContent()).toContain('Hej from the portal');
    expect(await page.locator('body').textContent()).not.toContain(SECRET);
    await page.getByRole('button', { name: 'Reveal API_TOKEN' }).click();
    await page.getByTestId('variable-API_TOKEN').filter({ hasText: SECRET }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Hide API_TOKEN' }).click();
    await shot('1-variables');

    // Releases: the config change made v2, followed live until it serves.
    await page.getByRole('tab', { name: 'Releases' }).click();
    const release = page.getByTestId('release-v2');
    await release.waitFor({ timeout: 30_000 });
    expect(await release.textContent()).toContain('Config version 1');
    await page.getByTestId('release-v2').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60_000 });
    expect(await release.textContent()).toContain('v2 (current)');
    await shot('2-releases');

    // The app really runs with it.
    const { data } = await dev.platform.graphql('query($id: ID!) { environment(id: $id) { url } }', {
      id: DEV,
    });
    const url = data.environment.url as string;
    expect(await (await fetch(url)).text()).toContain('Hej from the portal');

    // Logs: lines arrive while the tab is open.
    await page.getByRole('tab', { name: 'Logs' }).click();
    await page.getByRole('log', { name: 'Live log lines' }).waitFor({ timeout: 30_000 });
    const marker = `/from-the-e2e-${Date.now()}`;
    await fetch(`${url}${marker}`);
    await page.getByTestId('log-line').filter({ hasText: marker }).waitFor({ timeout: 30_000 });
    await shot('3-logs');
  });
});
