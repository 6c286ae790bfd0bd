import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { registryStateOf } from '../../../tests/support/registry-state.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { MAX_SETUP_CHANGES } from '../../core/index.js';
import { applySetupDocument } from './apply-setup-document.js';
import { OPERATOR } from './authority.js';
import { organisationState } from './organisation-state.js';

const postsDocument = (count: number) => ({
  posts: Array.from({ length: count }, (_, i) => ({ id: `post${i}`, name: `Post ${i}` })),
});

/**
 * A setup entry is read back through a bound on its changes, so an entry past
 * it would be registered and then break every later reading of the
 * organisation: such a document is refused before anything is written.
 */
describe('the number of changes one setup entry holds', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeEach(async () => {
    registry = await openTestServices('london-organisation');
  }, SLOW);
  afterEach(() => registry?.cleanup());

  it('a document one change past the bound is refused naming that change, and nothing is registered', async () => {
    const { services } = registry;
    const before = await registryStateOf(services);
    const refused = await applySetupDocument(services, OPERATOR, postsDocument(MAX_SETUP_CHANGES + 1)).then(
      () => null,
      (error: { code?: string; field?: string; message?: string }) => error,
    );
    expect(refused).toMatchObject({ code: 'invalid-input', field: `posts[${MAX_SETUP_CHANGES}]` });
    expect(refused?.message).toMatch(/at most 5000/);
    expect(await registryStateOf(services)).toEqual(before);
    expect(Object.keys((await organisationState(services.store)).posts)).not.toContain('post0');
  });
});
