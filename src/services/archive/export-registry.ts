import type { Cable, EmailChoice, SignedHead } from '../../core/index.js';
import type { DigestClaim, DigestSchedule } from '../../store/digest-store.js';
import type { Alert, ServerKey, StoredVerdict } from '../../store/store.js';
import type { Acknowledgement, Escalation, Reading } from '../../store/workflow-store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { organisationState } from '../organisation/organisation-state.js';
import type { Services } from '../services.js';

export const EXPORT_FORMAT = 'plenipo-registry';
/** Version 2: the organisation travels as the chain's setup entries; secrets, verdicts, alerts and heads beside. */
export const EXPORT_VERSION = 2;

/** The record types of an export, in the order they come; an import refuses any other. */
export const EXPORT_RECORD_TYPES = [
  'header',
  'server-key',
  'secret',
  'cable',
  'verdict',
  'alert',
  'digest-schedule',
  'digest',
  'email-choice',
  'acknowledgement',
  'escalation',
  'reading',
  'head',
] as const;

/**
 * One line of a registry export: the operator's lossless copy. Everything
 * that carries meaning (organisation, plans, directives, moves) is in the
 * cables; beside them come what is not chained — the sealed keys and
 * password hashes, the verdicts as given (re-evaluations included), alerts,
 * and the signed heads — so an import answers every request as the original.
 */
export type ExportRecord =
  | { type: 'header'; format: typeof EXPORT_FORMAT; version: number; exportedAt: string; cables: number }
  | ({ type: 'server-key' } & ServerKey)
  | { type: 'secret'; person: string; passwordHash: string; privateKeySealed: string }
  | { type: 'cable'; cable: Cable }
  | ({ type: 'verdict' } & Omit<StoredVerdict, 'current'>)
  | ({ type: 'alert' } & Alert)
  | ({ type: 'digest-schedule' } & DigestSchedule)
  | ({ type: 'digest' } & DigestClaim)
  | ({ type: 'email-choice'; personId: string } & EmailChoice)
  | ({ type: 'acknowledgement' } & Acknowledgement)
  | ({ type: 'escalation' } & Escalation)
  | ({ type: 'reading' } & Reading)
  | ({ type: 'head' } & SignedHead);

/** Yields the whole registry as export records, cables in chain order. */
export async function* exportRegistry(
  services: Services,
  actor: string,
  onProgress: (exported: number, total: number) => void = () => {},
): AsyncGenerator<ExportRecord> {
  const { store } = services;
  const total = await store.registry.count();
  await recordAudit(services, actor, 'registry.export', null, { cables: total });
  yield {
    type: 'header',
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: services.now(),
    cables: total,
  };
  const serverKey = await store.heads.serverKey();
  if (serverKey) yield { type: 'server-key', ...serverKey };
  for (const id of Object.keys((await organisationState(store)).people).sort()) {
    const keys = await store.directory.keysOf(id);
    const login = await store.directory.personByLogin(id);
    if (keys)
      yield {
        type: 'secret',
        person: id,
        passwordHash: login?.passwordHash ?? '',
        privateKeySealed: keys.privateKeySealed,
      };
  }
  let exported = 0;
  for await (const batch of store.registry.scan(1000)) {
    for (const scanned of batch) {
      if (!scanned.cable) throw new Error(`cable ${scanned.number} is unreadable: run plenipo verify`);
      yield { type: 'cable', cable: scanned.cable };
    }
    exported += batch.length;
    onProgress(exported, total);
  }
  for (const { current: _current, ...verdict } of await store.mandates.allVerdicts())
    yield { type: 'verdict', ...verdict };
  for (const alert of await store.mandates.allAlerts()) yield { type: 'alert', ...alert };
  // Issue 14: each reader's digest hour, the digests given (so none goes out twice), e-mail choices.
  for (const schedule of await store.digests.schedules()) yield { type: 'digest-schedule', ...schedule };
  for (const claim of await store.digests.digestClaims()) yield { type: 'digest', ...claim };
  for (const choice of await store.digests.emailChoices()) yield { type: 'email-choice', ...choice };
  const workflow = await store.workflow.all();
  for (const row of workflow.acknowledgements) yield { type: 'acknowledgement', ...row };
  for (const row of workflow.escalations) yield { type: 'escalation', ...row };
  for (const row of workflow.readings) yield { type: 'reading', ...row };
  for (const head of (await store.heads.list(Number.MAX_SAFE_INTEGER)).reverse())
    yield { type: 'head', ...head };
}
