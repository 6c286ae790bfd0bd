import type { QueryClient } from '@tanstack/react-query';
import { queries } from '../api/queries.js';
import type { Directory } from '../api/schema.js';
import type { AuthorityIntent } from '../router/route-search.js';
import { authorityDraft, reportConference } from './authority-draft.js';
import { roleDefaults } from './compose-defaults.js';
import { blankForm, type ComposeForm, replyForm } from './compose-form.js';
import { NO_PAYLOAD, type PayloadForms } from './compose-payload.js';

/** Where compose was opened: blank, as a reply, or for a step of the authority round trip. */
export interface ComposePlace {
  reply: string | null;
  intent: AuthorityIntent | null;
  about: string | null;
  move: number | null;
  directory: Directory;
  meId: string;
}

/**
 * The form compose starts from: a new cable with its writer's defaults, a
 * reply to the cable answered, or the cable prefilled for a step of the
 * authority round trip (with why not, when no move needs authority).
 */
export async function composeStart(
  client: QueryClient,
  place: ComposePlace,
): Promise<{ form: ComposeForm; payload: PayloadForms; problem: Error | null }> {
  if (!place.reply) {
    const plans = await client.fetchQuery(queries.conferences()).catch(() => []);
    return {
      form: { ...blankForm(place.directory), ...roleDefaults(place.directory, plans, place.meId) },
      payload: NO_PAYLOAD,
      problem: null,
    };
  }
  const { cable: answered } = await client.fetchQuery(queries.cable(place.reply));
  const plain = {
    form: replyForm(place.directory, answered, place.meId),
    payload: NO_PAYLOAD,
    problem: null,
  };
  if (!place.intent) return plain;
  const report =
    place.about && place.about !== answered.id
      ? (await client.fetchQuery(queries.cable(place.about))).cable
      : answered;
  const conference = reportConference(report);
  const plan = conference ? await client.fetchQuery(queries.mandates(conference)) : null;
  const draft = plan
    ? authorityDraft({
        intent: place.intent,
        directory: place.directory,
        report,
        answered,
        move: place.move,
        plan: plan.plan,
        mandates: plan.mandates,
      })
    : null;
  // Nothing to prefill: a plain reply, and why.
  if (!draft) return { ...plain, problem: new Error(`No move of ${report.number} needs authority.`) };
  return { form: draft.form, payload: { ...NO_PAYLOAD, directive: draft.directive }, problem: null };
}
