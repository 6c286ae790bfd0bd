import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonPlan } from '../../../scenarios/london-1945/plan.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { registryStateOf } from '../../../tests/support/registry-state.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { OPERATOR } from './authority.js';
import { directorySnapshot } from './directory-snapshot.js';
import { recordSetup } from './record-setup.js';

/**
 * Issue 10, "Bad input": a change that would break the registry's meaning is
 * refused naming its field, and the registry is left exactly as it was.
 */
describe('a setup change that would break the registry’s meaning', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const refusedField = async (changes: unknown[]) => {
    const { services } = registry;
    const before = await registryStateOf(services);
    const field = await recordSetup(services, OPERATOR, changes).then(
      () => 'registered',
      (error: { field?: string }) => error.field,
    );
    expect(await registryStateOf(services)).toEqual(before);
    return field;
  };
  const later = new Date(Date.now() + 86_400_000).toISOString();

  it('puts no person in two posts at once', async () => {
    expect(await refusedField([{ op: 'person.move', id: 'gusev', post: 'london', from: later }])).toBe(
      'changes[0].post',
    );
  });

  it('reuses no series code', async () => {
    expect(
      await refusedField([
        { op: 'series.create', code: 'TOLON', name: 'Again', fromPost: 'centre', toPost: 'london' },
      ]),
    ).toBe('changes[0].code');
  });

  it('takes no plan whose issue names an unknown party', async () => {
    const plan = {
      ...londonPlan,
      issues: [{ id: 'italy-treaty', title: 'Peace treaty with Italy', participants: ['ussr', 'atlantis'] }],
      sessions: [],
    };
    expect(await refusedField([{ op: 'conference.plan', id: 'london-1945', plan }])).toBe(
      'changes[0].plan.issues[0].participants',
    );
  });

  it('takes no principal who is not a person', async () => {
    const plan = { ...londonPlan, principals: ['four'] };
    expect(await refusedField([{ op: 'conference.plan', id: 'london-1945', plan }])).toBe(
      'changes[0].plan.principals[0]',
    );
  });

  it('ends no membership before it starts', async () => {
    expect(
      await refusedField([
        { op: 'membership.end', group: 'four', person: 'beria', until: '1945-10-01T00:00:00Z' },
      ]),
    ).toBe('changes[0].until');
  });

  it('applies all of an entry or none of it: a good change before a bad one is not kept', async () => {
    expect(
      await refusedField([
        { op: 'post.create', id: 'paris', name: 'Embassy in Paris', place: 'Paris', zone: 'Europe/Paris' },
        { op: 'series.create', code: 'CEN', name: 'Again', fromPost: 'paris', toPost: null },
      ]),
    ).toBe('changes[1].code');
  });

  it('moves a head of mission from one post to another over time, keeping where he sat before', async () => {
    const { services } = registry;
    const { entry } = await recordSetup(services, OPERATOR, [
      { op: 'person.move', id: 'gromyko', post: 'london', from: later },
    ]);
    expect(entry?.payload).toMatchObject({ type: 'setup' });
    const directory = await directorySnapshot(services.store);
    expect(directory.postOf('gromyko', services.now())).toBe('washington');
    expect(directory.postOf('gromyko', new Date(Date.parse(later) + 1000).toISOString())).toBe('london');
  });
});
