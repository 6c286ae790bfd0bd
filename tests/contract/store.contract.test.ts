import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySetup, type Verdict } from '../../src/core/index.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import { recordAudit } from '../../src/services/integrity/record-audit.js';
import { verifyAuditLog } from '../../src/services/integrity/verify-audit-log.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { openServices } from '../../src/services/open-services.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import { organisationState } from '../../src/services/organisation/organisation-state.js';
import type { Services } from '../../src/services/services.js';
import { MATCH_END, MATCH_START } from '../../src/store/sqlite/search.js';
import { aCable } from '../support/a-cable.js';
import type { TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';
import { DIALECTS, titleOf } from './dialects.js';
import { allCables, expectOneGapFreeLine } from './expect-one-line.js';

const aVerdict = (verdict: Verdict['verdict']): Verdict => ({
  verdict,
  clause: { kind: 'issue', id: null } as unknown as Verdict['clause'],
  directive: null,
  explanation: `A ${verdict} verdict written for a test.`,
  cites: [],
});

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skipped !== null)(
    `the store contract on ${titleOf(dialect)}`,
    { timeout: SLOW },
    () => {
      let registry: TestServices;
      let services: Services;
      const register = (author: string, fields: Parameters<typeof aCable>[0] = {}) =>
        registerCable(services, author, aCable(fields));

      beforeAll(async () => {
        registry = await dialect.open();
        services = registry.services;
      }, SLOW);
      afterAll(() => registry?.cleanup());

      describe('the registry', () => {
        it('numbers cables gap-free in each series and chains them in one line, even from two processes at once', async () => {
          // A second store on the same registry stands for a second process: it shares no queue or lock in memory.
          // Not on SQLite: better-sqlite3 waits for a lock synchronously, blocking the very thread whose
          // transaction holds it, so two SQLite stores in one process deadlock where two processes would not.
          const other =
            dialect.name === 'postgres' ? await openServices(registry.db, registry.keyFile) : services;
          try {
            await Promise.all([
              ...Array.from({ length: 12 }, (_, i) =>
                registerCable(services, 'stalin', aCable({ subject: `Centre to London ${i}` })),
              ),
              ...Array.from({ length: 12 }, (_, i) =>
                registerCable(other, 'molotov', aCable({ to: ['stalin'], subject: `London to Centre ${i}` })),
              ),
              ...Array.from({ length: 6 }, (_, i) =>
                registerCable(other, 'stalin', aCable({ to: ['three'], subject: `To the Three ${i}` })),
              ),
            ]);
          } finally {
            if (other !== services) await other.store.close();
          }
          const cables = await allCables(services);
          // The organisation's two setup entries come first.
          expect(cables).toHaveLength(32);
          expectOneGapFreeLine(cables);
          expect(new Set(cables.map((cable) => cable.series)).size).toBe(4);
          expect(await services.store.registry.count()).toBe(32);
          expect(await services.store.registry.head()).toEqual({ seq: 32, hash: cables[31]!.hash });
          expect((await verifyRegistry(services)).fault).toBeNull();
        });

        it('gives a cable to its readers by id or registry number, and to nobody else, as if it did not exist', async () => {
          const cable = await register('stalin', {
            to: ['three'],
            exclude: ['molotov'],
            subject: 'Not for Molotov',
          });
          for (const reference of [cable.id, cable.number]) {
            expect((await services.store.registry.readable('beria', reference))?.cable).toEqual(cable);
            expect(await services.store.registry.readable('molotov', reference)).toBeNull();
          }
          expect(await services.store.registry.readable('beria', 'TOLON-999999')).toBeNull();
          expect(await services.store.registry.readable('beria', 'no-such-cable')).toBeNull();
          expect(await services.store.registry.atSeq(cable.seq)).toEqual(cable);
          expect(await services.store.registry.resolveReference(cable.number)).toEqual({
            seq: cable.seq,
            id: cable.id,
            readers: cable.readers,
          });
        });

        it('orders an inbox unread first, then by precedence, then newest, and counts what is unread', async () => {
          const routine = await register('stalin', { to: ['gromyko'], subject: 'Routine for Gromyko' });
          const flash = await register('stalin', { to: ['gromyko'], precedence: 'FLASH', subject: 'Flash' });
          const later = await register('stalin', { to: ['gromyko'], subject: 'Later routine' });
          await register('molotov', { to: ['stalin'], subject: 'Not for Gromyko' });
          const inbox = () => services.store.registry.inbox('gromyko', { box: 'in', limit: 10, offset: 0 });
          const ids = (result: Awaited<ReturnType<typeof inbox>>) => result.cables.map((d) => d.cable.id);
          expect(ids(await inbox())).toEqual([flash.id, later.id, routine.id]);
          expect(await inbox()).toMatchObject({ total: 3, unread: 3 });

          await services.store.registry.markRead('gromyko', flash.seq, '2026-01-01T00:00:00.000Z');
          const afterReading = await inbox();
          expect(ids(afterReading)).toEqual([later.id, routine.id, flash.id]);
          expect(afterReading).toMatchObject({ total: 3, unread: 2 });
          expect(afterReading.cables[2]!.readAt).toBe('2026-01-01T00:00:00.000Z');
          const sent = await services.store.registry.inbox('stalin', { box: 'sent', limit: 2, offset: 1 });
          expect(sent.cables).toHaveLength(2);
          expect(sent.total).toBeGreaterThanOrEqual(3);
        });

        it('threads replies both ways, never through a cable the reader may not read', async () => {
          const first = await register('stalin', { to: ['four'], subject: 'Thread start' });
          const hidden = await register('stalin', {
            to: ['three'],
            exclude: ['molotov'],
            subject: 'Thread middle',
            inReplyTo: first.id,
          });
          const last = await register('stalin', {
            to: ['four'],
            subject: 'Thread end',
            inReplyTo: hidden.id,
          });
          const threadOf = (reader: string, seq: number) =>
            services.store.registry.thread(reader, seq, 50).then((t) => t.map((d) => d.cable.id));
          expect(await threadOf('beria', first.seq)).toEqual([first.id, hidden.id, last.id]);
          expect(await threadOf('beria', last.seq)).toEqual([first.id, hidden.id, last.id]);
          expect(await threadOf('molotov', first.seq)).toEqual([first.id]);
          expect(await threadOf('molotov', last.seq)).toEqual([last.id]);
        });

        it('hands out cables after a position in chain order, only those the reader may read', async () => {
          const after = await services.store.registry.readableAfter('molotov', 0, 1000);
          const seqs = after.map((d) => d.cable.seq);
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
          expect(after.every((d) => d.cable.readers.includes('molotov'))).toBe(true);
        });
      });

      describe('search', () => {
        beforeAll(async () => {
          await register('stalin', {
            to: ['three'],
            exclude: ['molotov'],
            subject: 'Trieste reparations',
            body: 'The question of the Italian colonies and reparations must wait for Tripolitania.',
            issues: ['colonies'],
          });
          await register('stalin', {
            to: ['four'],
            subject: 'Reparations from Italy',
            body: 'Insist on reparations; the Italian colonies come later.',
            issues: ['reparations'],
          });
        });
        const search = (reader: string, text: string, more: Record<string, unknown> = {}) =>
          services.store.registry.search(reader, { text, limit: 20, offset: 0, ...more });

        it('finds words and phrases, all required, and counts only what the reader may read', async () => {
          expect((await search('beria', 'reparations')).total).toBe(2);
          expect((await search('molotov', 'reparations')).total).toBe(1);
          expect((await search('beria', 'Tripolitania reparations')).total).toBe(1);
          expect((await search('molotov', 'Tripolitania')).total).toBe(0);
          expect((await search('beria', '"Italian colonies"')).total).toBe(2);
          expect((await search('beria', '"colonies Italian"')).total).toBe(0);
          expect((await search('beria', 'reparations', { issue: 'colonies' })).total).toBe(1);
          expect((await search('nobody', 'reparations')).total).toBe(0);
        });

        it('reads operators and stray quotes as plain words', async () => {
          for (const text of ['reparations OR NOT', 'reparations & !(', 'colonies" *', "reparations' | :*"]) {
            const result = await search('beria', text);
            expect(result.hits.every((hit) => hit.cable.readers.includes('beria'))).toBe(true);
          }
        });

        it('marks the matched words in the snippet, and pages keep the total', async () => {
          const [hit] = (await search('beria', 'Tripolitania')).hits;
          expect(hit!.snippet).toContain(`${MATCH_START}Tripolitania${MATCH_END}`);
          const first = await search('beria', 'reparations', { limit: 1 });
          const second = await search('beria', 'reparations', { limit: 1, offset: 1 });
          expect([first.total, second.total]).toEqual([2, 2]);
          expect(first.hits[0]!.cable.id).not.toBe(second.hits[0]!.cable.id);
        });

        it('without text, lists the reader’s cables newest first with the filters applied', async () => {
          const everything = await search('beria', '', { limit: 1000 });
          const seqs = everything.hits.map((hit) => hit.cable.seq);
          expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
          expect(everything.total).toBe(seqs.length);
          expect(everything.hits.every((hit) => hit.cable.readers.includes('beria'))).toBe(true);
          expect((await search('beria', '', { issue: 'reparations' })).total).toBe(1);
          expect((await search('beria', '', { author: 'molotov' })).total).toBe(0);
        });
      });

      describe('the directory', () => {
        it('holds the organisation and changes its version on every change', async () => {
          const { directory } = services.store;
          expect((await directory.people()).map((p) => p.id)).toContain('molotov');
          expect((await directory.groups()).map((g) => g.id)).toEqual([
            'delegation',
            'four',
            'missions',
            'three',
          ]);
          expect((await directory.series()).map((s) => s.code)).toContain('TOLON');
          expect(await directory.personByLogin('nobody')).toBeNull();
          const admin = (await directory.people()).find((p) => p.isAdmin);
          expect(admin?.isAdmin).toBe(true);
          const stalin = (await directory.projectedPeople()).find((p) => p.id === 'stalin');
          expect(stalin?.publicKey).toMatch(/^[A-Za-z0-9+/=]+$/);
          const { registry } = services.store;
          const entries = await registry.setupEntries(0);
          expect(entries.length).toBeGreaterThan(0);
          expect(entries.every((entry) => entry.kind === 'setup')).toBe(true);
          expect(await registry.lastSetupSeq()).toBe(entries.at(-1)!.seq);
          // The tables are a projection: writing one state twice, with a post more, adds just that post.
          const state = structuredClone(await organisationState(services.store));
          applySetup(
            state,
            [
              {
                op: 'post.create',
                id: 'paris',
                name: 'Embassy in Paris',
                place: 'Paris',
                zone: 'Europe/Paris',
              },
            ],
            {
              seq: state.throughSeq + 1,
              at: '1946-01-01T00:00:00Z',
              author: 'registry',
            },
          );
          await directory.project(state, new Map());
          expect((await directory.posts()).map((p) => p.id)).toContain('paris');
          expect((await directory.people()).length).toBe(Object.keys(state.people).length);
        });
      });

      describe('the audit log', () => {
        it('chains entries, lists them newest first, and verifies', async () => {
          for (const action of ['cables.export', 'registry.export', 'cables.export'] as const) {
            await recordAudit(services, 'poskrebyshev', action, 'molotov', { n: 1 });
          }
          const list = await services.store.audit.list({
            actor: 'poskrebyshev',
            action: 'cables.export',
            limit: 10,
          });
          expect(list.length).toBeGreaterThanOrEqual(2);
          expect(list[0]!.seq).toBeGreaterThan(list[1]!.seq);
          expect(list[0]!.detail).toEqual({ n: 1 });
          expect((await verifyAuditLog(services, OPERATOR)).fault).toBeNull();
        });
      });

      describe('mandates', () => {
        it('keeps verdict history with one current verdict, and alerts', async () => {
          const { mandates } = services.store;
          const report = await register('molotov', { to: ['stalin'], subject: 'A report' });
          const at = (minute: number) => `2026-01-01T00:0${minute}:00.000Z`;
          await mandates.saveVerdicts(
            [
              {
                cableSeq: report.seq,
                idx: 0,
                evaluatedAt: at(1),
                reason: 'reported',
                verdict: aVerdict('RED_LINE'),
              },
            ],
            [
              {
                personId: 'stalin',
                cableSeq: report.seq,
                idx: 0,
                verdict: 'RED_LINE',
                precedenceRank: 0,
                createdAt: at(1),
              },
            ],
          );
          await mandates.saveVerdicts(
            [
              {
                cableSeq: report.seq,
                idx: 0,
                evaluatedAt: at(2),
                reason: 're-evaluated',
                verdict: aVerdict('WITHIN'),
              },
            ],
            [],
          );
          const history = await mandates.verdictHistory(report.seq, 0);
          expect(history.map((v) => [v.verdict.verdict, v.current])).toEqual([
            ['RED_LINE', false],
            ['WITHIN', true],
          ]);
          expect((await mandates.verdictsOf([report.seq])).map((v) => v.verdict.verdict)).toEqual(['WITHIN']);
          const [alert] = await mandates.alerts('stalin', { unseenOnly: true, limit: 10 });
          expect(alert).toMatchObject({ cableSeq: report.seq, verdict: 'RED_LINE', seenAt: null });
          expect(typeof alert!.id).toBe('number');
          await mandates.markAlertsSeen('stalin', report.seq, at(3));
          expect(await mandates.alerts('stalin', { unseenOnly: true, limit: 10 })).toEqual([]);
          expect(await mandates.movesOf(report.seq)).toEqual([]);
        });
      });

      describe('deadline alerts', () => {
        it('records a batch of alerts in one call, each once, and counts only those it recorded', async () => {
          const { deadlines } = services.store;
          const cable = await register('stalin', { to: ['molotov'], subject: 'A window to act in' });
          const alertOf = (firing: string, personId: string) => ({
            cableSeq: cable.seq,
            idx: 0,
            firing,
            personId,
            dueAt: '2026-02-01T00:00:00.000Z',
            firedAt: '2026-01-25T00:00:00.000Z',
          });
          expect(await deadlines.recordFirings([])).toBe(0);
          expect(await deadlines.recordFiring(alertOf('warning-7-days', 'stalin'))).toBe(true);
          const batch = Array.from({ length: 4100 }, (_, i) => alertOf(`warning-${i}-hours`, 'molotov'));
          // One already fired, one twice in the batch: neither is recorded again.
          batch.push(alertOf('warning-7-days', 'stalin'), alertOf('warning-0-hours', 'molotov'));
          expect(await deadlines.recordFirings(batch)).toBe(4100);
          expect(await deadlines.recordFirings(batch)).toBe(0);
          const after = await deadlines.alertsAfter(0);
          expect(after.filter((alert) => alert.cableSeq === cable.seq)).toHaveLength(4101);
        });
      });

      describe('signed heads, sessions and settings', () => {
        it('keeps the first server key claimed and the heads in signing order', async () => {
          const { heads } = services.store;
          const first = await heads.claimServerKey({ publicKey: 'first', privateKeySealed: 'x' });
          expect(await heads.claimServerKey({ publicKey: 'second', privateKeySealed: 'y' })).toEqual(first);
          const head = await services.store.registry.head();
          const signed = {
            ...head,
            signedAt: '2026-01-01T00:00:00.000Z',
            publicKey: first.publicKey,
            signature: 's',
          };
          await heads.append(signed);
          expect(await heads.latest()).toEqual(signed);
          expect((await heads.list(1))[0]).toEqual(signed);
          expect(await heads.heldAt(head.seq)).toEqual({
            number: (await services.store.registry.atSeq(head.seq))!.number,
            hash: head.hash,
          });
          expect(await heads.heldAt(head.seq + 1)).toBeNull();
        });

        it('ends every session and token of a person, and keeps who is disabled', async () => {
          const { auth } = services.store;
          await auth.createSession('s-beria', 'beria', '2026-01-01', '2026-01-02');
          await auth.createSession('s-gusev', 'gusev', '2026-01-01', '2026-01-02');
          await auth.createApiToken({
            id: 'kb',
            tokenHash: 'hb',
            personId: 'beria',
            name: 'n',
            createdAt: 'c',
          });
          await auth.endCredentialsOf('beria', '2026-01-01T01');
          expect(await auth.liveSession('s-beria', '2026-01-01T02')).toBeNull();
          expect(await auth.liveApiToken('hb')).toBeNull();
          expect(await auth.liveSession('s-gusev', '2026-01-01T02')).not.toBeNull();
          expect(await auth.disablement('beria')).toBeNull();
          await auth.setDisablement('beria', { at: '2026-01-01T01', by: null });
          expect(await auth.disablement('beria')).toEqual({ at: '2026-01-01T01', by: null });
          await auth.setDisablement('beria', null);
          expect(await auth.disablement('beria')).toBeNull();
        });

        it('keeps sessions, API tokens and login guards', async () => {
          const { auth, settings } = services.store;
          await auth.createSession('t1', 'molotov', '2026-01-01', '2026-01-02');
          expect(await auth.liveSession('t1', '2026-01-01T12')).toEqual({
            personId: 'molotov',
            expiresAt: '2026-01-02',
          });
          expect(await auth.liveSession('t1', '2026-01-03')).toBeNull();
          await auth.createApiToken({
            id: 'k',
            tokenHash: 'h',
            personId: 'molotov',
            name: 'n',
            createdAt: 'c',
          });
          expect(await auth.liveApiToken('h')).toEqual({ id: 'k', personId: 'molotov' });
          expect(await auth.revokeApiToken('molotov', 'k', 'r')).toBe(true);
          expect(await auth.revokeApiToken('molotov', 'k', 'r')).toBe(false);
          expect(await auth.liveApiToken('h')).toBeNull();
          await Promise.all(
            Array.from({ length: 8 }, (_, i) =>
              auth.updateLoginGuard('molotov', (guard) => ({
                login: 'molotov',
                failures: [...(guard?.failures ?? []), `f${i}`],
                lockedUntil: null,
              })),
            ),
          );
          expect((await auth.loginGuard('molotov'))?.failures).toHaveLength(8);
          await settings.set('a', '1');
          await settings.set('a', '2');
          expect(await settings.get('a')).toBe('2');
        });
      });

      if (dialect.name === 'postgres') {
        it('refuses a file backup and names pg_dump', async () => {
          await expect(services.store.backup('/tmp/never')).rejects.toThrow(/pg_dump/);
        });
      }
    },
  );
}
