import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Screenshots of the web UI on the London 1945 example, through Debian's
 * Chromium: `npm run screenshots` writes the six the README shows into
 * docs/screenshots/; `-- --all --out DIR` writes every page for every role at
 * 1440×900 and 390×844 into DIR (kept out of the repository: they are many).
 */

const SCREENS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Every role the example has a person for: principal, delegation head, collegium member, registry clerk. */
const ROLES = ['stalin', 'molotov', 'vyshinsky', 'poskrebyshev'] as const;
/** The registry clerk, who alone reaches the organisation and registry pages. */
const CLERK = 'poskrebyshev';

/** The pages, each reached the way a reader would reach it. */
type Visits = Record<string, (page: Page, base: string) => Promise<void>>;

const PAGES: Visits = {
  inbox: async (page, base) => {
    await page.goto(`${base}/inbox`);
    await page.getByTestId('cable-row').first().waitFor();
  },
  overview: async (page, base) => {
    await page.goto(`${base}/overview`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  },
  cable: async (page, base) => {
    await page.goto(`${base}/inbox`);
    await page.getByTestId('cable-row').first().locator('a.subject').click();
    await page.getByTestId('cable').waitFor();
  },
  compose: async (page, base) => {
    await page.goto(`${base}/compose`);
    await page.getByLabel('Subject').waitFor();
  },
  search: async (page, base) => {
    await page.goto(`${base}/search?q=Tripolitania`);
    await page.getByTestId('search-total').waitFor();
  },
  session: async (page, base) => {
    await page.goto(`${base}/record/s-1945-09-27`);
    await page.getByTestId('accounts').waitFor();
  },
  map: async (page, base) => {
    await page.goto(`${base}/map/procedure-france-china`);
    await page.getByTestId('issue-chart').locator('svg').waitFor();
  },
  mandates: async (page, base) => {
    await page.goto(`${base}/mandates`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  },
  ...headed({
    sent: '/inbox?box=sent',
    delegation: '/delegation',
    sessions: '/record',
    'map-overview': '/map',
    deadlines: '/deadlines',
  }),
};

/** The clerk's desk: the organisation and the registry. */
const CLERK_PAGES = headed({
  people: '/organisation/people',
  person: '/organisation/people/molotov',
  posts: '/organisation/posts',
  groups: '/organisation/groups',
  classification: '/organisation/classification',
  conferences: '/organisation/conferences',
  audit: '/registry/audit',
  verification: '/registry/verification',
  backups: '/registry/backups',
});

/** Pages shown once their heading is there and nothing on them is loading. */
function headed(paths: Record<string, string>): Visits {
  return Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [
      name,
      async (page: Page, base: string) => {
        await page.goto(`${base}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // Until no part of the page still says it is loading (a locator: the page's CSP refuses evaluated strings).
        await page.locator('#content', { hasText: 'Loading…' }).waitFor({ state: 'detached' });
      },
    ]),
  );
}

async function main() {
  const { values } = parseArgs({ options: { all: { type: 'boolean' }, out: { type: 'string' } } });
  const out = values.out ?? join(process.cwd(), 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const data = mkdtempSync(join(tmpdir(), 'plenipo-screens-'));
  const server = await serve(join(data, 'plenipo.db'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    if (values.all) {
      for (const login of ROLES)
        for (const screen of SCREENS)
          for (const name of Object.keys(login === CLERK ? { ...PAGES, ...CLERK_PAGES } : PAGES))
            await shoot(
              browser,
              server.base,
              login,
              screen,
              name,
              join(out, `${login}-${screen.name}-${name}.png`),
            );
    } else {
      const [desktop, phone] = SCREENS;
      await shoot(browser, server.base, 'stalin', desktop, 'overview', join(out, 'overview.png'));
      await shoot(browser, server.base, 'molotov', desktop, 'cable', join(out, 'cable.png'));
      await shoot(browser, server.base, 'molotov', desktop, 'compose', join(out, 'compose.png'));
      await shoot(browser, server.base, 'molotov', phone, 'inbox', join(out, 'phone-inbox.png'));
      const tall = { name: 'desktop', width: 1280, height: 1000 } as const;
      await shoot(browser, server.base, 'molotov', tall, 'session', join(out, 'session.png'), {
        fullPage: true,
      });
      await shoot(browser, server.base, 'molotov', tall, 'map', join(out, 'map.png'), { fullPage: true });
    }
    process.stdout.write(`screenshots written to ${out}\n`);
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  }
}

async function shoot(
  browser: Browser,
  base: string,
  login: string,
  screen: { width: number; height: number },
  name: string,
  file: string,
  options: { fullPage?: boolean } = {},
) {
  const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await (PAGES[name] ?? CLERK_PAGES[name])!(page, base);
  await page.screenshot({ path: file, ...options });
  await context.close();
}

async function serve(db: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['bin/plenipo.js', 'serve', '--db', db, '--port', String(port), '--quiet'],
    {
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${base}/api/instance`)).ok) return { base, child };
    } catch {
      // Not listening yet: the example is still being loaded.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('plenipo serve never answered');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

await main();
