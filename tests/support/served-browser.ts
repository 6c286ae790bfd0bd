import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launch-chromium.js';
import { REPO, type StartedServer, startServer } from './start-server.js';

/** How long starting the built server with the London example and Chromium may take on a loaded machine. */
export const BROWSER_TIMEOUT = 120_000;

/** The served example and the browser a test file drives, once both are up. */
export interface ServedBrowser {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A new window at `width`×`height`, signed in as `login` with the demo password, its inbox loaded. */
  signIn(login: string, size?: { width: number; height: number }): Promise<Page>;
}

/**
 * Starts the built server (dist/) on a new registry with the London 1945
 * example, and Debian's Chromium, before a file's tests, and stops both after.
 * It builds nothing itself: run `npm run build` first.
 */
export function servedBrowserForFile(): ServedBrowser {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    for (const built of ['dist/web/index.html', 'dist/src/cli/main.js']) {
      if (!existsSync(join(REPO, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` before the browser tests.`);
      }
    }
    server = await startServer();
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, BROWSER_TIMEOUT);
  const served: ServedBrowser = {
    get baseUrl() {
      if (!server) throw new Error('the server is not started yet');
      return server.baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
    async signIn(login, size = { width: 1280, height: 900 }) {
      const page = await (await served.browser.newContext({ viewport: size })).newPage();
      await page.goto(`${served.baseUrl}/`);
      await page.getByLabel('Login').fill(login);
      await page.getByLabel('Password').fill('demo');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      return page;
    },
  };
  return served;
}
