import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../../tests/support/open-test-services.js';
import { SLOW } from '../../../../tests/support/timeouts.js';
import type { Cable } from '../../../core/index.js';
import { OPERATOR } from '../../organisation/authority.js';
import { recordSetup } from '../../organisation/record-setup.js';
import { ARCHIVE_REFERENCES, exportTei } from './export-tei.js';
import { recordRelease } from './record-release.js';

// The TEI Consortium's tei_all schema sits in the shared folder beside the repository (CI has it there too);
// TEI_SCHEMA names another copy. It is not copied into the repository.
const SCHEMA =
  process.env.TEI_SCHEMA ?? resolve(import.meta.dirname, '../../../../../shared/schemas/tei/tei_all.rng');
const work = mkdtempSync(join(tmpdir(), 'plenipo-tei-'));

/** Validates a TEI export with libxml2's RELAX NG validator; returns what it reported when invalid. */
function teiProblems(xml: string): string | null {
  const file = join(work, `export-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('TEI export of what the caller may read (issue 15)', { timeout: SLOW }, () => {
  let registry: TestServices;
  let struck: Cable;
  beforeAll(async () => {
    expect(existsSync(SCHEMA), `the TEI schema at ${SCHEMA}`).toBe(true);
    registry = await openTestServices('london-1945');
    const { services } = registry;
    await recordSetup(services, OPERATOR, [{ op: 'person.roles', id: 'poskrebyshev', roles: ['archivist'] }]);
    await services.store.settings.set(
      ARCHIVE_REFERENCES,
      JSON.stringify({ TOLON: 'fond 45, opis 1, delo 12' }),
    );
    for await (const batch of services.store.registry.scan(1000))
      for (const { cable } of batch)
        if (!struck && cable?.series.startsWith('TOLON') && cable.body.length > 10) struck = cable;
    await recordRelease(
      services,
      { archivist: 'poskrebyshev' },
      {
        scope: { series: 'TOLON' },
        audience: { public: true },
        from: '1990-01-01',
        redactions: [{ cable: struck.number, start: 0, end: 6, reason: 'names an informant' }],
      },
    );
  }, SLOW);
  afterAll(() => registry?.cleanup());

  it('gives the public one valid TEI document per released cable, the struck passage a gap', async () => {
    const exported = await exportTei(registry.services, null, { cable: struck.number });
    expect(exported.single).toBe(true);
    const xml = exported.xml as string;
    expect(teiProblems(xml)).toBeNull();
    expect(xml).toContain(`<idno type="registry">${struck.number}</idno>`);
    expect(xml).toContain('<idno type="archive">fond 45, opis 1, delo 12</idno>');
    expect(xml).toContain('<correspAction type="sent">');
    expect(xml).toMatch(/<gap reason="redacted">\s*<desc>names an informant \(SHA-256/);
    expect(xml).not.toContain([...struck.body].slice(0, 6).join(''));
  });

  it('gives the public a valid teiCorpus of the released cables only', async () => {
    const exported = await exportTei(registry.services, null, {});
    const xml = [...(exported.xml as Iterable<string>)].join('');
    expect(teiProblems(xml)).toBeNull();
    expect(xml.match(/<TEI>/g)?.length ?? xml.match(/<TEI[ >]/g)?.length).toBe(exported.count);
    expect(xml).not.toContain('<idno type="registry">LONTO');
  });

  it('gives a reader a valid corpus of their own cables whole, with the released ones', async () => {
    const exported = await exportTei(registry.services, 'molotov', { conference: 'london-1945' });
    const xml = [...(exported.xml as Iterable<string>)].join('');
    expect(teiProblems(xml)).toBeNull();
    expect(exported.count).toBeGreaterThan(0);
  });

  it('refuses a cable the caller may not read exactly as a missing one', async () => {
    const hidden = await exportTei(registry.services, null, { cable: 'NOSUCH 0001' }).catch(
      (e: unknown) => e,
    );
    expect(hidden).toMatchObject({ code: 'invalid-input', field: 'cable' });
  });
});
