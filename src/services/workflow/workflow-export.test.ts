import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { exportRegistry } from '../archive/export-registry.js';
import { importRegistry } from '../archive/import-registry.js';
import { registerCable } from '../cables/register-cable.js';
import { checkJointSignatures } from '../integrity/check-joint-signatures.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import { organisationState } from '../organisation/organisation-state.js';
import type { Services } from '../services.js';
import { acknowledgeCable } from './acknowledge-cable.js';
import { fireEscalations } from './fire-escalations.js';
import { recordReading } from './record-reading.js';
import { registerFinalText } from './register-final-text.js';
import { reviewDraft } from './review-draft.js';
import { vetDraft } from './vet-draft.js';

let source: TestServices;
let target: TestServices;
let now = '2027-11-01T09:00:00.000Z';
let services: Services;

beforeAll(async () => {
  source = await openTestServices('london-organisation');
  services = { ...source.services, now: () => now };
  const draft = await vetDraft(services, 'molotov', {
    reviewers: ['stalin', 'beria'],
    joint: true,
    classification: 'SECRET',
    subject: 'Joint answer to Mr Byrnes',
    body: 'We have no objections to the draft answer on Japan.',
  });
  for (const reviewer of ['stalin', 'beria'])
    await reviewDraft(services, reviewer, draft.id, { verdict: 'no-objections' });
  await registerFinalText(services, 'molotov', draft.id, { to: ['four'], kind: 'reply' });
  const flash = await registerCable(
    services,
    'molotov',
    aCable({ to: ['stalin', 'beria'], precedence: 'FLASH', captions: ['READ-OUT'] }),
  );
  await acknowledgeCable(services, 'stalin', flash.id);
  await recordReading(services, 'stalin', flash.id, { to: 'beria' });
  now = '2027-11-01T09:30:00.000Z';
  await fireEscalations(services);
}, SLOW);
afterAll(async () => {
  await source?.cleanup();
  await target?.cleanup();
});

describe('workflow records in an export', { timeout: SLOW }, () => {
  it('travel through export and import, and the joint cable verifies in the new registry', async () => {
    const lines: string[] = [];
    for await (const record of exportRegistry(source.services, 'poskrebyshev'))
      lines.push(JSON.stringify(record));
    target = await openTestServices('empty', { keyFile: source.keyFile });
    async function* each() {
      yield* lines;
    }
    await importRegistry(target.services, each());
    const before = await source.services.store.workflow.all();
    expect(before.acknowledgements).toHaveLength(1);
    expect(before.escalations).toHaveLength(1);
    expect(before.readings).toHaveLength(1);
    expect(await target.services.store.workflow.all()).toEqual(before);
    expect((await verifyRegistry(target.services, () => {}, { workers: 0 })).fault).toBeNull();
  });

  it("verify names a joint cable whose signatory's signature does not hold", async () => {
    const state = await organisationState(source.services.store);
    expect(await checkJointSignatures(source.services, state)).toBeNull();
    const forged = {
      ...source.services,
      keyring: { verify: () => false } as unknown as Services['keyring'],
    };
    expect(await checkJointSignatures(forged, state)).toMatchObject({ fault: 'bad-signature' });
  });
});
