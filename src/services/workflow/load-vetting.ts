import {
  type AnswersOnRecord,
  type Cable,
  type EditAnswersPayload,
  invalidInput,
  notFound,
  type ReviewOnRecord,
  type ReviewPayload,
  type VettingPayload,
  type VettingStatus,
  vettingStatus,
} from '../../core/index.js';
import { threadOf } from '../cables/read-cable.js';
import type { Services } from '../services.js';

/** A draft under vetting as one reader may see it: the draft, the reviews and answers they may read, the status. */
export interface VettingTrail {
  draft: Cable;
  vetting: VettingPayload;
  reviews: (ReviewOnRecord & { number: string })[];
  answers: (AnswersOnRecord & { number: string; author: string })[];
  status: VettingStatus;
}

/**
 * The vetting trail of a draft in `reader`'s scope: built only from cables
 * they may read. A draft they may not read is refused exactly as a missing
 * one; a cable that is no draft under vetting is refused naming `field`.
 */
export async function loadVetting(
  services: Services,
  reader: string,
  reference: string,
  field = 'draft',
): Promise<VettingTrail> {
  const delivered = await services.store.registry.readable(reader, reference);
  if (!delivered) {
    if (field === 'draft') throw notFound('cable');
    throw invalidInput(field, `no cable '${reference}' that you may read`);
  }
  const draft = delivered.cable;
  if (draft.payload?.type !== 'vetting')
    throw invalidInput(field, `${draft.number} is not a draft under vetting`);
  const vetting = draft.payload as unknown as VettingPayload;
  const thread = (await threadOf(services, reader, draft.seq)).map((entry) => entry.cable);
  const reviews = thread
    .filter((cable) => cable.payload?.type === 'review' && cable.payload.draft === draft.id)
    .filter((cable) => vetting.reviewers.includes(cable.author))
    .map((cable) => ({
      cable: cable.id,
      number: cable.number,
      reviewer: cable.author,
      registeredAt: cable.registeredAt,
      review: cable.payload as unknown as ReviewPayload,
    }));
  const answers = thread
    .filter((cable) => cable.payload?.type === 'edit-answers' && cable.payload.draft === draft.id)
    .filter((cable) => cable.author === draft.author)
    .map((cable) => ({
      cable: cable.id,
      number: cable.number,
      author: cable.author,
      registeredAt: cable.registeredAt,
      answers: (cable.payload as unknown as EditAnswersPayload).answers,
    }));
  const status = vettingStatus(vetting.reviewers, vetting.rule, reviews, answers);
  return { draft, vetting, reviews, answers, status };
}
