import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { BROWSER_TIMEOUT, servedBrowserForFile } from '../support/served-browser.js';

/**
 * An ordinary reader downloads from a cable's page the PDF of the cable and
 * the verifiable bundle of its thread; `plenipo verify-bundle` accepts the
 * bundle as downloaded and rejects it, naming the cable, with one byte
 * changed. The built server (dist/) with the London 1945 example, through
 * Debian's Chromium: run `npm run build` first.
 */

const served = servedBrowserForFile();
const dir = mkdtempSync(join(tmpdir(), 'plenipo-downloads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("downloads from a cable's page", { timeout: BROWSER_TIMEOUT }, () => {
  test('Molotov downloads the PDF of a cable and the bundle of its thread, and the bundle verifies', async () => {
    const page = await served.signIn('molotov');
    const number = await page.evaluate(async () => {
      const inbox = await (await fetch('/api/inbox?limit=50')).json();
      return (inbox.cables as { number: string; captions: string[] }[]).find(
        (cable) => !cable.captions.includes('READ-OUT'),
      )!.number;
    });
    await page.goto(`${served.baseUrl}/#/cable/${encodeURIComponent(number)}`);
    await page.getByRole('link', { name: 'PDF of this cable' }).waitFor();

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF of this cable' }).click(),
    ]);
    const pdfFile = join(dir, pdf.suggestedFilename());
    await pdf.saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' })).toContain(
      number,
    );

    const [bundle] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Verifiable bundle of the thread' }).click(),
    ]);
    const bundleFile = join(dir, bundle.suggestedFilename());
    await bundle.saveAs(bundleFile);
    const accepted = await runCli(['verify-bundle', bundleFile]);
    expect(accepted.stdout).toContain('OK:');
    expect(accepted.code).toBe(0);

    const text = readFileSync(bundleFile, 'utf8');
    const parsed = JSON.parse(text) as { cables: { cable: { number: string; subject: string } }[] };
    const first = parsed.cables[0]!.cable;
    const at = text.indexOf(JSON.stringify(first.subject));
    const tampered = join(dir, 'tampered.json');
    // One byte of the subject, inside its quotes, changed to another letter.
    const byte = text[at + 1] === 'X' ? 'Y' : 'X';
    writeFileSync(tampered, text.slice(0, at + 1) + byte + text.slice(at + 2));
    const rejected = await runCli(['verify-bundle', tampered]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain(`FAILED ${first.number}`);
    await page.context().close();
  });
});
