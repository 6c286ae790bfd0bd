import { type ConferencePlan, type DecisionRule, issueOf } from '../conference/conference.js';
import type { Decision } from './record-payload.js';

/** Whether a recorded decision holds under the conference's rule for its issue, and why. */
export interface DecisionValidity {
  rule: DecisionRule;
  /** Null when the record cannot tell: no vote was recorded, or the decision was deferred. */
  valid: boolean | null;
  reason: string;
}

/** The parties that take part in deciding an issue: its listed participants, or every party. */
export function decidersOf(plan: ConferencePlan, issue: string): string[] {
  return issueOf(plan, issue)?.participants ?? plan.parties.map((party) => party.id);
}

/** How many votes for an issue's rule asks of `deciders` parties. */
export function votesNeeded(rule: DecisionRule, deciders: number): number {
  if (rule === 'unanimity') return deciders;
  if (rule === 'two-thirds') return Math.ceil((2 * deciders) / 3);
  return Math.floor(deciders / 2) + 1;
}

/**
 * Judges a decision against the procedural rule of its issue (PRODUCT.md
 * §Conference: how decisions are taken is data): a vote cast by a party that
 * does not take part in the issue spoils it; otherwise an adopted decision is
 * valid when the votes for reach the rule's threshold (unanimity: every
 * participant for; majority: more than half; two-thirds: at least two thirds
 * of the participants), and a rejected one when they do not.
 *
 * @example judgeDecision(plan, 'italy-treaty', { procedure: 'vote', outcome: 'adopted',
 *   vote: { for: ['us', 'uk', 'france'], against: ['ussr'], abstaining: [] } })
 *   // → { rule: 'unanimity', valid: false, reason: '3 of 4 for; unanimity needs 4' }
 */
export function judgeDecision(plan: ConferencePlan, issue: string, decision: Decision): DecisionValidity {
  const rule = issueOf(plan, issue)?.decision ?? 'unanimity';
  if (decision.outcome === 'deferred') return { rule, valid: null, reason: 'deferred: nothing was decided' };
  if (!decision.vote) return { rule, valid: null, reason: 'no vote was recorded' };
  const deciders = decidersOf(plan, issue);
  const { vote } = decision;
  const voters = [...vote.for, ...vote.against, ...vote.abstaining];
  const outsider = voters.find((party) => !deciders.includes(party));
  if (outsider)
    return { rule, valid: false, reason: `${outsider} voted but does not take part in deciding ${issue}` };
  const twice = voters.find((party, i) => voters.indexOf(party) !== i);
  if (twice) return { rule, valid: false, reason: `${twice} is recorded as voting twice` };
  const inFavour = vote.for.length;
  const needed = votesNeeded(rule, deciders.length);
  const carried = inFavour >= needed;
  const tally = `${inFavour} of ${deciders.length} for; ${rule} needs ${needed}`;
  if (decision.outcome === 'adopted') return { rule, valid: carried, reason: tally };
  return { rule, valid: !carried, reason: carried ? `${tally}, yet recorded as rejected` : tally };
}
