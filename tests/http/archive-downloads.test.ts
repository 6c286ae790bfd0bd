import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Cable } from '../../src/core/index.js';
import { verifyBundle } from '../../src/services/archive/bundle/verify-bundle.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;
let all: Cable[];
/** The cable of 6 December 1945: to the Three, not to Molotov, READ-OUT. */
let toTheThree: Cable;
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  all = [];
  for await (const batch of registry.services.store.registry.scan(100)) {
    for (const scanned of batch) all.push(scanned.cable!);
  }
  toTheThree = all.find(
    (cable) => cable.registeredAt.startsWith('1945-12-06') && cable.to.includes('three'),
  )!;
  const aThree = toTheThree.readers.find((reader) => reader !== 'registry' && reader !== toTheThree.author)!;
  for (const person of ['molotov', 'beria', aThree]) sessions[person] = await logInInProcess(app, person);
  sessions.three = sessions[aThree]!;
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

const get = (person: string, url: string) =>
  app.inject({ method: 'GET', url, headers: sessions[person]!.reads });

describe('GET /api/bundle', () => {
  it("gives a conference's cables its reader may read as a bundle that verifies offline", async () => {
    const response = await get('molotov', '/api/bundle?conference=london-1945');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="plenipo-conference-london-1945.json"',
    );
    const bundle = JSON.parse(response.body) as Bundle;
    const expected = all.filter(
      (cable) =>
        cable.conference === 'london-1945' &&
        cable.readers.includes('molotov') &&
        !cable.captions.includes('READ-OUT'),
    );
    expect(bundle.cables.map(({ cable }) => cable.number)).toEqual(expected.map((cable) => cable.number));
    const serverKey = (await registry.services.store.heads.serverKey())!.publicKey;
    const check = verifyBundle(response.body, serverKey);
    expect(check.faults).toEqual([]);
    expect(check.verified).toHaveLength(expected.length);
  });

  it('answers a cable its caller may not read exactly as a missing one', async () => {
    const hidden = await get('molotov', `/api/bundle?cable=${encodeURIComponent(toTheThree.number)}`);
    const missing = await get('molotov', '/api/bundle?cable=NOSUCH%200001');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
  });

  it('leaves a READ-OUT cable out of the bundle of one who may read it, and says so', async () => {
    const response = await get('three', `/api/bundle?cable=${encodeURIComponent(toTheThree.number)}`);
    expect(response.statusCode).toBe(200);
    const bundle = JSON.parse(response.body) as Bundle;
    expect(bundle.cables).toEqual([]);
    expect(bundle.withheld).toEqual([toTheThree.number]);
  });

  it('refuses a query that names nothing, naming the field', async () => {
    const response = await get('molotov', '/api/bundle');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field: 'cable' });
  });
});

/** The PDF's text as pdftotext reads it back, page by page, and its page count as pdfinfo reads it. */
function readBack(pdf: Buffer): { pages: string[]; count: number } {
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-pdf-'));
  try {
    const file = join(dir, 'dossier.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = text.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return { pages, count: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('GET /api/dossier.pdf', () => {
  it('prints a cable in Russian with its banners, number, addressing, page numbers and verification', async () => {
    const cable = await registerCable(
      registry.services,
      'stalin',
      aCable({
        to: ['molotov'],
        classification: 'TOP SECRET',
        precedence: 'IMMEDIATE',
        subject: 'О позиции на совещании',
        body: 'Держитесь твёрдо по вопросу о Румынии и Болгарии.',
      }),
    );
    const response = await get('molotov', `/api/dossier.pdf?cable=${encodeURIComponent(cable.number)}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { pages, count } = readBack(response.rawPayload);
    expect(count).toBe(pages.length);
    const printed = pages.at(-1)!;
    for (const fact of [
      cable.number,
      'О позиции на совещании',
      'Держитесь твёрдо по вопросу о Румынии и Болгарии.',
      'IMMEDIATE',
      `Page ${count} of ${count}`,
      'Signature verified',
      cable.hash,
    ])
      expect(printed).toContain(fact);
    for (const page of pages) expect(page.split('TOP SECRET').length - 1).toBeGreaterThanOrEqual(2);
  });

  it("prints a report's moves with the verdicts its reader sees", async () => {
    const report = all.find((cable) => cable.payload?.type === 'moves' && cable.readers.includes('molotov'))!;
    const response = await get('molotov', `/api/dossier.pdf?cable=${encodeURIComponent(report.number)}`);
    expect(response.statusCode).toBe(200);
    expect(readBack(response.rawPayload).pages.join('\n')).toMatch(/Verdict: [A-Z_]+/);
  });

  it('prints a READ-OUT cable without its text', async () => {
    const response = await get('three', `/api/dossier.pdf?cable=${encodeURIComponent(toTheThree.number)}`);
    expect(response.statusCode).toBe(200);
    const text = readBack(response.rawPayload).pages.join('\n');
    expect(text).toContain('READ-OUT: shown on screen only, never printed.');
    expect(text).not.toContain(toTheThree.body.slice(0, 40));
  });

  it("prints a conference's cables its reader may read, each from a new page, and nothing else", async () => {
    const response = await get('beria', '/api/dossier.pdf?conference=london-1945');
    expect(response.statusCode).toBe(200);
    const { pages } = readBack(response.rawPayload);
    const expected = all.filter(
      (cable) => cable.conference === 'london-1945' && cable.readers.includes('beria'),
    );
    const opened = pages
      .slice(1)
      .filter((page) => expected.some((cable) => page.split('\n').includes(cable.number)));
    expect(opened).toHaveLength(expected.length);
    for (const cable of all.filter((cable) => !cable.readers.includes('beria')))
      expect(pages.join('\n')).not.toContain(cable.number);
  });

  it('answers a cable its caller may not read exactly as a missing one', async () => {
    const hidden = await get('molotov', `/api/dossier.pdf?cable=${encodeURIComponent(toTheThree.number)}`);
    const missing = await get('molotov', '/api/dossier.pdf?cable=NOSUCH%200001');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
  });
});
