import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import {
  EXAMPLE_ENTRIES,
  openTestServices,
  type TestServices,
} from '../../../tests/support/open-test-services.js';
import { registryStateOf } from '../../../tests/support/registry-state.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { DomainError } from '../../core/index.js';
import { logIn } from '../accounts/authenticate.js';
import { registerCable } from '../cables/register-cable.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import type { Services } from '../services.js';
import { type ExportRecord, exportRegistry } from './export-registry.js';
import { importRegistry } from './import-registry.js';

async function exportLines(services: Services): Promise<string[]> {
  const lines: string[] = [];
  for await (const record of exportRegistry(services, 'poskrebyshev')) lines.push(JSON.stringify(record));
  return lines;
}

async function* linesOf(lines: readonly string[]) {
  yield* lines;
}

/** An export without the moment it was taken, to compare two exports of the same registry. */
const withoutTimestamp = (lines: string[]) =>
  lines.map((line) => {
    const record = JSON.parse(line) as ExportRecord;
    return record.type === 'header' ? { ...record, exportedAt: null } : record;
  });

describe('importing a registry export', { timeout: SLOW }, () => {
  let source: TestServices;
  let exported: string[];
  const targets: TestServices[] = [];
  /** A new, empty registry file under the source's master key, as an operator restoring would make. */
  const newTarget = async () => {
    const target = await openTestServices('empty', { keyFile: source.keyFile });
    targets.push(target);
    return target;
  };
  beforeAll(async () => {
    source = await openTestServices('london-1945');
    exported = await exportLines(source.services);
  }, SLOW);
  afterEach(async () => {
    for (const target of targets.splice(0)) await target.cleanup();
  });
  afterAll(() => source?.cleanup());

  /** The export with one cable record changed, and that record's line number and registry number. */
  const tampered = (index: number, change: (cable: Record<string, unknown>) => void) => {
    const lines = [...exported];
    const cableLines = lines.flatMap((line, i) => (line.startsWith('{"type":"cable"') ? [i] : []));
    const at = cableLines[index]!;
    const record = JSON.parse(lines[at]!) as { cable: Record<string, unknown> };
    change(record.cable);
    lines[at] = JSON.stringify(record);
    return { lines, lineNumber: at + 1, number: record.cable.number as string };
  };

  it('starts with a header naming the format and the number of cables', () => {
    expect(JSON.parse(exported[0]!)).toMatchObject({
      type: 'header',
      format: 'plenipo-registry',
      cables: EXAMPLE_ENTRIES,
    });
    expect(exported.filter((line) => line.startsWith('{"type":"cable"'))).toHaveLength(EXAMPLE_ENTRIES);
  });

  it('into a new file gives an identical registry that verifies', async () => {
    const target = await newTarget();
    const progress: number[] = [];
    const result = await importRegistry(target.services, linesOf(exported), (done) => progress.push(done));
    expect(result).toEqual({ cables: EXAMPLE_ENTRIES });
    expect(progress.at(-1)).toBe(EXAMPLE_ENTRIES);
    expect(await verifyRegistry(target.services)).toEqual({
      checked: EXAMPLE_ENTRIES,
      total: EXAMPLE_ENTRIES,
      fault: null,
    });
    expect(await registryStateOf(target.services)).toEqual(await registryStateOf(source.services));
    expect(withoutTimestamp(await exportLines(target.services))).toEqual(withoutTimestamp(exported));
  });

  it('keeps the people able to log in and to sign new cables that chain on', async () => {
    const target = await newTarget();
    await importRegistry(target.services, linesOf(exported));
    const { person } = await logIn(target.services, { login: 'molotov', password: 'demo' });
    expect(person.id).toBe('molotov');
    const next = await registerCable(target.services, 'molotov', aCable({ to: ['stalin'] }));
    expect(next.number).toBe('LONTO/MR4CCX 0016');
    expect(await verifyRegistry(target.services)).toMatchObject({
      checked: EXAMPLE_ENTRIES + 1,
      fault: null,
    });
  });

  it('refuses a tampered cable at its line, naming it, and imports nothing', async () => {
    const { lines, lineNumber, number } = tampered(41, (cable) => {
      cable.body = `${cable.body} One sentence more.`;
    });
    const target = await newTarget();
    const error = await importRegistry(target.services, linesOf(lines)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid-input', field: `line ${lineNumber}` });
    expect((error as DomainError).message).toContain(number);
    expect((await registryStateOf(target.services)).count).toBe(0);
    expect(await target.services.store.directory.people()).toEqual([]);
    expect(await verifyRegistry(target.services)).toMatchObject({ checked: 0, fault: null });
  });

  for (const [what, line] of [
    ['a record of a type it does not know', '{"type":"mandate-note","text":"from a later plenipo"}'],
    ['a malformed record', '{"type":"cable","cable":'],
  ] as const) {
    it(`stops at ${what} after the cables, naming its line, and imports nothing`, async () => {
      const lines = [...exported];
      const at = lines.findIndex((l) => l.startsWith('{"type":"verdict"'));
      lines.splice(at, 0, line);
      const target = await newTarget();
      await expect(importRegistry(target.services, linesOf(lines))).rejects.toMatchObject({
        code: 'invalid-input',
        field: `line ${at + 1}`,
      });
      expect((await registryStateOf(target.services)).count).toBe(0);
      expect(await target.services.store.directory.people()).toEqual([]);
      expect(await target.services.store.heads.serverKey()).toBeNull();
      // Nothing stays in the way of importing the sound export next.
      await importRegistry(target.services, linesOf(exported));
      expect((await verifyRegistry(target.services)).fault).toBeNull();
    });
  }

  it('refuses a cable whose readers were widened in the export', async () => {
    const { lines, lineNumber, number } = tampered(55, (cable) => {
      cable.readers = [...(cable.readers as string[]), 'molotov'].sort();
    });
    const target = await newTarget();
    await expect(importRegistry(target.services, linesOf(lines))).rejects.toMatchObject({
      field: `line ${lineNumber}`,
      message: expect.stringContaining(number),
    });
  });

  it('refuses an export with a cable left out, at the cable after the gap', async () => {
    const lines = [...exported];
    const gap = lines.findIndex((line) => line.includes('"number":"CEN/63CVPT 0005"'));
    const [removed] = lines.splice(gap, 1);
    expect(removed).toBeDefined();
    const target = await newTarget();
    await expect(importRegistry(target.services, linesOf(lines))).rejects.toMatchObject({
      field: `line ${gap + 1}`,
      message: expect.stringContaining('CEN/63CVPT 0006'),
    });
  });

  it('refuses an export cut short, rather than import fewer cables than its header promises', async () => {
    const target = await newTarget();
    await expect(
      importRegistry(
        target.services,
        linesOf(exported.slice(0, exported.findLastIndex((line) => line.startsWith('{"type":"cable"')) - 2)),
      ),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect((await registryStateOf(target.services)).count).toBe(0);
  });

  it('refuses a file that does not start with an export header', async () => {
    const target = await newTarget();
    await expect(importRegistry(target.services, linesOf(exported.slice(1)))).rejects.toMatchObject({
      field: 'line 1',
    });
    await expect(
      importRegistry(target.services, linesOf([exported[0]!, 'not json at all'])),
    ).rejects.toMatchObject({ field: 'line 2' });
  });

  it('refuses to import into a registry that is not empty', async () => {
    await expect(importRegistry(source.services, linesOf(exported))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await registryStateOf(source.services)).count).toBe(EXAMPLE_ENTRIES);
  });
});
