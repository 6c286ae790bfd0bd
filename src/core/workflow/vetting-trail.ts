import { diffWords } from 'diff';
import { canonicalJson } from '../cable/canonical-envelope.js';
import type { Edit, EditAnswer, ReviewPayload, SignOffRule } from './vetting-payload.js';

/** A review as the registry holds it: the cable that carries it, who wrote it and when. */
export interface ReviewOnRecord {
  cable: string;
  reviewer: string;
  registeredAt: string;
  review: ReviewPayload;
}

/** An author's answers on record; each names its review by cable id. */
export interface AnswersOnRecord {
  cable: string;
  registeredAt: string;
  answers: EditAnswer[];
}

export const REVIEWER_STATES = ['pending', 'edits-open', 'signed-off', 'refused'] as const;
export type ReviewerState = (typeof REVIEWER_STATES)[number];

/** Where a draft's vetting stands: each reviewer's latest word, the edits accepted, and whether the rule holds. */
export interface VettingStatus {
  reviewers: { reviewer: string; state: ReviewerState; review: string | null }[];
  /** The accepted edits of each reviewer's latest review, in the draft's order. */
  accepted: (Edit & { review: string; index: number })[];
  holds: boolean;
}

/**
 * Why an edit does not fit the text it edits, or null when it does: its range
 * lies within the text, and the text there reads exactly its `original`.
 *
 * @example editFault('Stand firm.', { from: 0, to: 5, original: 'Stand', text: 'Hold', reason: '…' }) // null
 */
export function editFault(body: string, edit: Edit): { field: string; message: string } | null {
  if (edit.to < edit.from) return { field: 'to', message: 'an edit cannot end before it starts' };
  if (edit.to > body.length)
    return { field: 'to', message: `the draft is only ${body.length} characters long` };
  if (body.slice(edit.from, edit.to) !== edit.original)
    return { field: 'original', message: 'does not match the draft text at that range' };
  if (edit.original === '' && edit.text === '')
    return { field: 'text', message: 'an edit must change something' };
  return null;
}

/** The text with the edits applied; throws a RangeError when two of them overlap. */
export function applyEdits(body: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let text = '';
  let at = 0;
  for (const edit of ordered) {
    if (edit.from < at) throw new RangeError('two accepted edits overlap');
    text += body.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return text + body.slice(at);
}

/** Whether the sign-off rule holds for the reviewers who have signed off. */
export function ruleHolds(
  rule: SignOffRule,
  reviewers: readonly string[],
  signedOff: ReadonlySet<string>,
): boolean {
  if (rule.type === 'all') return reviewers.every((reviewer) => signedOff.has(reviewer));
  if (rule.type === 'any') return signedOff.size >= rule.count;
  return signedOff.has(rule.reviewer);
}

/**
 * The vetting of a draft from its reviews and its author's answers: a
 * reviewer's latest review counts; "no objections" signs off, and so do
 * edits once the author has accepted every one of them; a refusal does not.
 */
export function vettingStatus(
  reviewers: readonly string[],
  rule: SignOffRule,
  reviews: readonly ReviewOnRecord[],
  answers: readonly AnswersOnRecord[],
): VettingStatus {
  const decisions = new Map<string, EditAnswer['decision']>();
  for (const entry of answers)
    for (const answer of entry.answers) decisions.set(`${answer.review}#${answer.edit}`, answer.decision);
  const latest = new Map<string, ReviewOnRecord>();
  for (const review of reviews) latest.set(review.reviewer, review);
  const accepted: VettingStatus['accepted'] = [];
  const states = reviewers.map((reviewer) => {
    const review = latest.get(reviewer);
    if (!review) return { reviewer, state: 'pending' as const, review: null };
    const { verdict, edits } = review.review;
    const mine = edits.map((edit, index) => ({ ...edit, review: review.cable, index }));
    const taken = mine.filter((edit) => decisions.get(`${review.cable}#${edit.index}`) === 'accepted');
    accepted.push(...taken);
    const state: ReviewerState =
      verdict === 'refused'
        ? 'refused'
        : verdict === 'no-objections' || taken.length === mine.length
          ? 'signed-off'
          : 'edits-open';
    return { reviewer, state, review: review.cable };
  });
  const signedOff = new Set(states.filter((s) => s.state === 'signed-off').map((s) => s.reviewer));
  return {
    reviewers: states,
    accepted: accepted.sort((a, b) => a.from - b.from),
    holds: ruleHolds(rule, reviewers, signedOff),
  };
}

/** One run of a tracked-changes view: text kept, struck out, or put in. */
export interface TrackedChange {
  change: 'kept' | 'deleted' | 'inserted';
  text: string;
}

/** The changes from one text to another, word by word, as a reader of tracked changes sees them. */
export function trackedChanges(before: string, after: string): TrackedChange[] {
  return diffWords(before, after).map((part) => ({
    change: part.added ? 'inserted' : part.removed ? 'deleted' : 'kept',
    text: part.value,
  }));
}

/** What each signatory of a joint cable signs: its subject and text, and nothing a registry adds. */
export function jointText(subject: string, body: string): string {
  return canonicalJson({ type: 'joint-text', subject, body });
}
