import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../../tests/support/open-test-services.js';
import { SLOW } from '../../../../tests/support/timeouts.js';
import { type Bundle, type Cable, DomainError } from '../../../core/index.js';
import { registerCable } from '../../cables/register-cable.js';
import { bundleCables } from './bundle-cables.js';
import { verifyBundle } from './verify-bundle.js';

/** The bundle's text with its `nth` occurrence of `from` changed to `to`: one byte changed in the file. */
function changed(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`no ${from} in the bundle`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** One base64 character of `value` swapped for another. */
function oneCharOff(value: string, at = 10): string {
  const swapped = value[at] === 'A' ? 'B' : 'A';
  return value.slice(0, at) + swapped + value.slice(at + 1);
}

describe('a verifiable bundle', { timeout: SLOW }, () => {
  let registry: TestServices;
  let directive: Cable;
  let reply: Cable;
  let bundle: Bundle;
  let text: string;
  beforeAll(async () => {
    registry = await openTestServices('london-1945');
    const { services } = registry;
    directive = await registerCable(
      services,
      'stalin',
      aCable({
        to: ['molotov'],
        kind: 'directive',
        subject: 'На совещании министров',
        issues: ['censorship'],
      }),
    );
    reply = await registerCable(
      services,
      'molotov',
      aCable({
        to: ['stalin'],
        kind: 'reply',
        inReplyTo: directive.id,
        body: 'Указания получены и будут выполнены.',
      }),
    );
    bundle = await bundleCables(services, 'molotov', { thread: directive.number });
    text = JSON.stringify(bundle, null, 2);
  }, SLOW);
  afterAll(() => registry?.cleanup());

  it('holds the thread its reader asked for, and is accepted offline against the server key', async () => {
    expect(bundle.cables.map(({ cable }) => cable.number)).toEqual([directive.number, reply.number]);
    const check = verifyBundle(text, bundle.serverKey);
    expect(check.faults).toEqual([]);
    expect(check.verified).toEqual([directive.number, reply.number]);
  });

  it('is rejected naming the cable when one byte of its text is changed', () => {
    const check = verifyBundle(changed(text, 'будут', 'буду_'));
    expect(check.faults).toHaveLength(1);
    expect(check.faults[0]).toMatchObject({ cable: reply.number, fault: 'signature' });
    expect(check.verified).toEqual([directive.number]);
  });

  it('is rejected naming the cable when one byte of its signature is changed', () => {
    const check = verifyBundle(changed(text, reply.signature, oneCharOff(reply.signature)));
    expect(check.faults).toEqual([expect.objectContaining({ cable: reply.number, fault: 'signature' })]);
  });

  it('is rejected naming the cable when what the registry added to it is changed', () => {
    const check = verifyBundle(
      changed(text, directive.registeredAt, directive.registeredAt.replace(/.$/, 'X')),
    );
    expect(check.faults).toEqual([expect.objectContaining({ cable: directive.number, fault: 'text' })]);
  });

  it('is rejected naming the head when one byte of the signed head is changed', () => {
    const check = verifyBundle(changed(text, bundle.head.signature, oneCharOff(bundle.head.signature)));
    expect(check.faults).toEqual([expect.objectContaining({ cable: null, fault: 'head' })]);
    expect(check.verified).toEqual([]);
  });

  it("is rejected when the tree's root is changed, or when it is signed by a key other than the registry's", () => {
    const tree = verifyBundle(changed(text, bundle.tree.root, oneCharOff(bundle.tree.root, 3)));
    expect(tree.faults).toEqual([expect.objectContaining({ fault: 'tree' })]);
    const otherKey = verifyBundle(text, oneCharOff(bundle.serverKey));
    expect(otherKey.faults).toEqual([expect.objectContaining({ fault: 'head' })]);
  });

  it('holds only what its reader may read: a cable they may not read is refused as a missing one', async () => {
    const { services } = registry;
    const refused = await bundleCables(services, 'beria', { cable: directive.number }).catch(
      (error) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.code).toBe('not-found');
    const missing = await bundleCables(services, 'beria', { cable: 'LONTO 9999' }).catch((error) => error);
    expect(missing.message).toBe(refused.message);
    const issue = await bundleCables(services, 'beria', { issue: 'censorship' }).catch((error) => error);
    if (issue instanceof DomainError) expect(issue.code).toBe('not-found');
    else for (const { cable } of issue.cables) expect(cable.readers).toContain('beria');
  });

  it('names the field when the query names nothing to bundle', async () => {
    const refused = await bundleCables(registry.services, 'molotov', {}).catch((error) => error);
    expect(refused).toMatchObject({ code: 'invalid-input', field: 'cable' });
  });
});
