import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cable } from '../../src/core/index.js';
import { recordRelease } from '../../src/services/archive/release/record-release.js';
import { withdrawRelease } from '../../src/services/archive/release/withdraw-release.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import type { Services } from '../../src/services/services.js';
import { aCable } from '../support/a-cable.js';
import type { TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';
import { DIALECTS, titleOf } from './dialects.js';

const BEFORE = '2027-12-15T00:00:00.000Z';
const DURING = '2029-06-01T00:00:00.000Z';
const AFTER = '2031-06-01T00:00:00.000Z';

/**
 * Issue 15's release tables on both stores: the grants and redactions a
 * release writes, and the reader's access they widen from their date and a
 * withdrawal narrows from its own, on every list the store serves.
 */
for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skipped !== null)(
    `releases in the store on ${titleOf(dialect)}`,
    { timeout: SLOW },
    () => {
      let registry: TestServices;
      let services: Services;
      let secret: Cable;
      let reply: Cable;
      beforeAll(async () => {
        registry = await dialect.open();
        services = { ...registry.services, now: () => '2027-12-01T09:00:00.000Z' };
        const toGusev = await registerCable(
          services,
          'molotov',
          aCable({ to: ['gusev'], body: 'Hello Gusev.' }),
        );
        secret = await registerCable(
          services,
          'molotov',
          aCable({
            to: ['stalin'],
            inReplyTo: toGusev.id,
            subject: 'On the Balkans',
            body: 'Tell nobody of Zanzibar; the rest may be read.',
          }),
        );
        reply = toGusev;
        await recordRelease(
          services,
          { operator: true },
          {
            scope: { cables: [secret.number] },
            audience: { people: ['gusev'] },
            from: '2028-01-01',
            redactions: [{ cable: secret.number, passage: 'Tell nobody of Zanzibar', reason: 'a place' }],
          },
        );
      }, SLOW);
      afterAll(() => registry?.cleanup());

      const store = () => services.store.registry;
      const numbers = (cables: { cable: Cable }[]) => cables.map(({ cable }) => cable.number);

      it('keeps the grant and the redaction, and verify finds them as the chain says', async () => {
        const rows = await services.store.releases.rows();
        expect(rows.grants).toEqual([
          expect.objectContaining({
            cableSeq: secret.seq,
            reader: 'gusev',
            fromAt: '2028-01-01T00:00:00.000Z',
          }),
        ]);
        expect(rows.redactions).toEqual([
          expect.objectContaining({ cableSeq: secret.seq, start: 0, end: 23 }),
        ]);
        expect((await verifyRegistry(services, () => {}, { workers: 0 })).fault).toBeNull();
      });

      it('widens no one before the release’s date, nor a caller that gives no date', async () => {
        expect(await store().readable('gusev', secret.number, BEFORE)).toBeNull();
        expect(await store().readable('gusev', secret.number)).toBeNull();
        expect(numbers(await store().thread('gusev', reply.seq, 10, BEFORE))).toEqual([reply.number]);
      });

      it('from its date, opens, lists, threads, exports and finds the released text, never the struck one', async () => {
        const opened = await store().readable('gusev', secret.number, DURING);
        expect(opened?.cable.body).toBe('[…] [struck: a place]; the rest may be read.');
        expect(opened?.cable.payload).toBeNull();
        expect(opened?.cable.readers).toEqual([]);
        const inbox = await store().inbox('gusev', { box: 'in', limit: 10, offset: 0 }, DURING);
        expect(numbers(inbox.cables)).toContain(secret.number);
        expect(inbox.total).toBe(2);
        expect(numbers(await store().thread('gusev', reply.seq, 10, DURING))).toEqual([
          reply.number,
          secret.number,
        ]);
        expect(numbers(await store().readableAfter('gusev', 0, 10, DURING))).toContain(secret.number);
        const query = { text: '', limit: 10, offset: 0 };
        const listed = await store().search('gusev', { ...query, author: 'molotov' }, DURING);
        expect(listed.hits.find((hit) => hit.cable.number === secret.number)?.snippet).not.toContain(
          'Zanzibar',
        );
        expect((await store().search('gusev', { ...query, text: 'Zanzibar' }, DURING)).total).toBe(0);
      });

      it('finds a release without redactions by its words, and narrows again from a withdrawal', async () => {
        const whole = await recordRelease(
          services,
          { operator: true },
          { scope: { cables: [secret.number] }, audience: { public: true }, from: '2029-01-01' },
        );
        // The public release is the later one: its text, whole, is what Gusev now reads.
        expect((await store().readable('gusev', secret.number, DURING))?.cable.body).toContain('Zanzibar');
        const found = await store().search('beria', { text: 'Zanzibar', limit: 10, offset: 0 }, DURING);
        expect(numbers(found.hits)).toEqual([secret.number]);
        await withdrawRelease(services, { operator: true }, whole.entry.number, {
          from: '2030-01-01',
          reason: 'released in error',
        });
        expect(await store().readable('beria', secret.number, AFTER)).toBeNull();
        expect((await store().readable('gusev', secret.number, AFTER))?.cable.body).not.toContain('Zanzibar');
        expect((await verifyRegistry(services, () => {}, { workers: 0 })).fault).toBeNull();
      });
    },
  );
}
