import {
  applyEdits,
  type CableDraft,
  type CablePayload,
  DomainError,
  EditAnswersPayloadSchema,
  editFault,
  invalidInput,
  jointText,
  ReviewPayloadSchema,
  VettedPayloadSchema,
  VettingPayloadSchema,
} from '../../core/index.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { loadVetting } from './load-vetting.js';

/** The workflow's payload types (issue 14) and the kind of cable each travels in (null: any but a draft). */
export const WORKFLOW_PAYLOAD_KINDS = {
  vetting: 'draft',
  review: 'edit',
  'edit-answers': 'reply',
  vetted: null,
} as const;

/**
 * Checks a workflow payload before anything is signed: a draft's reviewers
 * are among its action addressees; a review comes from a reviewer, answers
 * the draft, and its edits match the draft's text; answers come from the
 * draft's author and name edits of its reviews; a final text comes from the
 * author, only once the sign-off rule holds, and is the draft with the
 * accepted edits. Returns the payload as it is signed (the trail and a joint
 * cable's signatures are the server's to fill in); throws `invalid-input`
 * naming the field, having changed nothing.
 */
export async function checkWorkflowPayload(
  services: Services,
  author: string,
  draft: CableDraft,
): Promise<CablePayload> {
  const type = draft.payload!.type as keyof typeof WORKFLOW_PAYLOAD_KINDS;
  if (type === 'vetting') return checkVetting(services, draft);
  if (type === 'review') return checkReview(services, author, draft);
  if (type === 'edit-answers') return checkAnswers(services, author, draft);
  return checkFinal(services, author, draft);
}

async function checkVetting(services: Services, draft: CableDraft): Promise<CablePayload> {
  const vetting = parsePayload(VettingPayloadSchema, draft.payload);
  const people = new Set((await services.store.directory.people()).map((person) => person.id));
  vetting.reviewers.forEach((reviewer, i) => {
    if (!people.has(reviewer) || !draft.to.includes(reviewer))
      throw invalidInput(
        `payload.reviewers[${i}]`,
        `'${reviewer}' must be a person among the action addressees`,
      );
  });
  if (new Set(vetting.reviewers).size !== vetting.reviewers.length)
    throw invalidInput('payload.reviewers', 'a reviewer appears twice');
  const { rule } = vetting;
  if (rule.type === 'any' && rule.count > vetting.reviewers.length)
    throw invalidInput('payload.rule.count', `there are only ${vetting.reviewers.length} reviewers`);
  if (rule.type === 'named' && !vetting.reviewers.includes(rule.reviewer))
    throw invalidInput('payload.rule.reviewer', `'${rule.reviewer}' is not among the reviewers`);
  return vetting as unknown as CablePayload;
}

async function checkReview(services: Services, author: string, draft: CableDraft): Promise<CablePayload> {
  const review = parsePayload(ReviewPayloadSchema, draft.payload);
  const trail = await loadVetting(services, author, review.draft, 'payload.draft');
  if (!trail.vetting.reviewers.includes(author))
    throw invalidInput('payload.draft', `you are not among the reviewers of ${trail.draft.number}`);
  if (draft.inReplyTo === undefined || ![trail.draft.id, trail.draft.number].includes(draft.inReplyTo))
    throw invalidInput('inReplyTo', `a review answers its draft, ${trail.draft.number}`);
  if (!draft.to.includes(trail.draft.author))
    throw invalidInput('to', `a review goes to the draft's author, ${trail.draft.author}`);
  if (review.verdict === 'edits' && review.edits.length === 0)
    throw invalidInput('payload.edits', 'a review with edits needs at least one edit');
  if (review.verdict !== 'edits' && review.edits.length > 0)
    throw invalidInput('payload.edits', `a review of '${review.verdict}' carries no edits`);
  review.edits.forEach((edit, i) => {
    const fault = editFault(trail.draft.body, edit);
    if (fault) throw invalidInput(`payload.edits[${i}].${fault.field}`, fault.message);
  });
  const { concurrence: _, ...rest } = review;
  // A signatory's "no objections" to a joint draft is their signature of its text: given here, by their own key.
  const concurrence =
    trail.vetting.joint && review.verdict === 'no-objections'
      ? await signAs(services, author, jointText(trail.draft.subject, trail.draft.body))
      : undefined;
  return {
    ...rest,
    draft: trail.draft.id,
    ...(concurrence ? { concurrence } : {}),
  } as unknown as CablePayload;
}

async function checkAnswers(services: Services, author: string, draft: CableDraft): Promise<CablePayload> {
  const payload = parsePayload(EditAnswersPayloadSchema, draft.payload);
  const trail = await loadVetting(services, author, payload.draft, 'payload.draft');
  if (trail.draft.author !== author)
    throw invalidInput(
      'payload.draft',
      `only the draft's author, ${trail.draft.author}, answers its reviews`,
    );
  const answers = payload.answers.map((answer, i) => {
    const review = trail.reviews.find((r) => r.cable === answer.review || r.number === answer.review);
    if (!review)
      throw invalidInput(
        `payload.answers[${i}].review`,
        `no review of ${trail.draft.number} is '${answer.review}'`,
      );
    if (answer.edit >= review.review.edits.length)
      throw invalidInput(
        `payload.answers[${i}].edit`,
        `${review.number} has ${review.review.edits.length} edits`,
      );
    return { ...answer, review: review.cable };
  });
  return { ...payload, draft: trail.draft.id, answers } as unknown as CablePayload;
}

async function checkFinal(services: Services, author: string, draft: CableDraft): Promise<CablePayload> {
  const payload = parsePayload(VettedPayloadSchema, draft.payload);
  const trail = await loadVetting(services, author, payload.draft, 'payload.draft');
  if (trail.draft.author !== author)
    throw invalidInput(
      'payload.draft',
      `only the draft's author, ${trail.draft.author}, registers its final text`,
    );
  if (!trail.status.holds)
    throw invalidInput('payload.draft', `the sign-off rule of ${trail.draft.number} does not hold yet`);
  let text: string;
  try {
    text = applyEdits(trail.draft.body, trail.status.accepted);
  } catch {
    throw invalidInput('payload.draft', 'two accepted edits overlap; decline one of them');
  }
  if (draft.body !== text) throw invalidInput('body', 'must be the draft with its accepted edits applied');
  const trailIds = [...trail.reviews.map((r) => r.cable), ...trail.answers.map((a) => a.cable)];
  if (!trail.vetting.joint) return { type: 'vetted', draft: trail.draft.id, trail: trailIds };
  if (draft.subject !== trail.draft.subject || text !== trail.draft.body)
    throw invalidInput('body', 'a joint cable carries the text its signatories signed, unchanged');
  const signatures = trail.vetting.reviewers.map((signatory) => {
    const review = trail.reviews.findLast((r) => r.reviewer === signatory);
    return { signatory, signature: review?.review.concurrence ?? '' };
  });
  return { type: 'vetted', draft: trail.draft.id, trail: trailIds, signatures };
}

/** Signs `message` with a person's own key, held sealed by the server. */
async function signAs(services: Services, person: string, message: string): Promise<string> {
  const keys = await services.store.directory.keysOf(person);
  if (!keys) throw new DomainError('unauthenticated', 'The author is not a registered person.');
  return services.keyring.sign(keys.privateKeySealed, message);
}

/** Parses a payload, naming the field at fault under `payload.` as the API sees it. */
function parsePayload<S extends Parameters<typeof parseInput>[0]>(schema: S, payload: unknown) {
  try {
    return parseInput(schema, payload, 'payload');
  } catch (error) {
    if (!(error instanceof DomainError) || !error.field || error.field === 'payload') throw error;
    throw invalidInput(`payload.${error.field}`, error.message.slice(error.field.length + 2));
  }
}
