import { DomainError, notFound } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { planOf } from '../organisation/organisation-state.js';
import type { Services } from '../services.js';
import { type ChangedVerdict, reevaluateConference } from './evaluate-moves.js';

/**
 * Re-evaluates a conference's verdicts against every directive known now —
 * the explicit step after a retroactive correction. Only a principal may ask;
 * they hear what changed in the reports they may read, as they know the
 * mandate. The request and its outcome are audited.
 */
export async function reevaluateVerdicts(
  services: Services,
  actor: string,
  conference: string,
): Promise<ChangedVerdict[]> {
  const plan = await planOf(services.store, conference);
  if (!plan) throw notFound('conference plan');
  if (!plan.principals.includes(actor)) {
    throw new DomainError('forbidden', `Only a principal of ${conference} may re-evaluate its verdicts.`);
  }
  const changed = await reevaluateConference(services, actor, conference);
  await recordAudit(services, actor, 'verdicts.reevaluate', conference, { changed: changed.length });
  return changed;
}
