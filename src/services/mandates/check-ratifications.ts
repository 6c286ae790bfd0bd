import { invalidInput, type MandateAmendment } from '../../core/index.js';
import type { Services } from '../services.js';

/**
 * Each ratification in an amendment names one of our moves on the amended
 * issue, in a report of its conference that the author may read (issue 11):
 * a report they may not read is answered as one that does not exist. Returns
 * the amendment with each report named by its id, so the ratification stays
 * bound to that cable whatever it was called; throws `invalid-input` naming
 * the field otherwise.
 */
export async function checkRatifications(
  services: Services,
  author: string,
  amendment: MandateAmendment,
): Promise<MandateAmendment> {
  const changes: MandateAmendment['changes'] = [];
  for (const [i, change] of amendment.changes.entries()) {
    if (change.op !== 'ratify') {
      changes.push(change);
      continue;
    }
    const field = `payload.changes[${i}]`;
    const found = await services.store.registry.resolveReference(change.report);
    const report = found?.readers.includes(author) ? await services.store.registry.atSeq(found.seq) : null;
    if (report?.payload?.type !== 'moves' || report.payload.conference !== amendment.conference)
      throw invalidInput(
        `${field}.report`,
        `no report of moves at ${amendment.conference} called '${change.report}' that you may read`,
      );
    const move = (await services.store.mandates.movesOf(report.seq)).find(
      (stored) => stored.idx === change.move,
    );
    if (move?.move.side !== 'ours' || move.move.issue !== amendment.issue)
      throw invalidInput(
        `${field}.move`,
        `the report ${report.number} has no move of ours on ${amendment.issue} at place ${change.move}`,
      );
    changes.push({ ...change, report: report.id });
  }
  return { ...amendment, changes };
}
