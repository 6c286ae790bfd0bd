import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cable } from '../../src/core/index.js';
import { viewDeadlines } from '../../src/services/deadlines/view-deadlines.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { openServices } from '../../src/services/open-services.js';
import type { Services } from '../../src/services/services.js';
import { loadScenario } from '../load-scenario.js';
import { bargainingScenario } from './index.js';

let dir: string;
let services: Services;
const reports = new Map<string, Cable>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenipo-bargaining-'));
  services = await openServices(join(dir, 'plenipo.db'));
  const scenario = bargainingScenario();
  await loadScenario(services, scenario);
  const cables: Cable[] = [];
  for await (const batch of services.store.registry.scan(100))
    for (const scanned of batch) if (scanned.cable!.kind !== 'setup') cables.push(scanned.cable!);
  for (const [i, cable] of scenario.cables.entries()) reports.set(cable.key, cables[i]!);
});

afterAll(async () => {
  await services?.store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const verdictsOf = async (key: string) =>
  (await services.store.mandates.verdictsOf([reports.get(key)!.seq])).map((v) => [v.idx, v.verdict.verdict]);

describe('the bargaining example, set up from its YAML file alone', () => {
  it('gives the wage concession within authority WITHIN, and the four-year term without a cost-of-living clause LINKAGE_UNMET', async () => {
    expect(await verdictsOf('T-02')).toEqual([
      [0, 'WITHIN'],
      [1, 'LINKAGE_UNMET'],
    ]);
  });

  it('asks the executive for authority when the team goes below 4.5%', async () => {
    expect(await verdictsOf('T-03')).toEqual([[1, 'NEEDS_AUTHORITY']]);
  });

  it('keeps the research analyst, cleared INTERNAL only, out of the CONFIDENTIAL mandate sent to the team', () => {
    const mandate = reports.get('E-01')!;
    expect(mandate.to).toEqual(['team']);
    expect(mandate.readers).toContain('reyes');
    expect(mandate.readers).not.toContain('chen');
  });

  it('runs against the strike vote: the board’s answer is due before it, warned of a week and a day ahead', async () => {
    const at = (now: string) =>
      viewDeadlines({ ...services, now: () => now }, 'okafor', { conference: 'contract-2027' });
    const [before] = await at('2027-03-10T00:00:00Z');
    expect(before).toMatchObject({
      stored: { deadline: { id: 'board-answer-before-strike-vote', actors: ['okafor'] } },
      status: { state: 'open', dueAt: '2027-03-20T00:00:00.000Z' },
    });
    expect((await at('2027-03-20T00:00:00Z'))[0]!.status.state).toBe('lapsed');
  });

  it('verifies, organisation entries included', async () => {
    expect((await verifyRegistry(services)).fault).toBeNull();
  });
});
