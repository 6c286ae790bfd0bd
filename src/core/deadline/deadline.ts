import { z } from 'zod';
import { ISSUE_TAG, PARTICIPANT_ID } from '../cable/cable-draft.js';
import { DRAFT_KINDS } from '../cable/vocabulary.js';
import { type Duration, DurationSchema, describeDuration, shiftBy } from './duration.js';

/** What a window runs from: the registration of the cable that sets it, or the first agreement on an issue. */
export const DeadlineEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('registration') }),
  z.strictObject({ type: z.literal('agreement'), issue: ISSUE_TAG }),
]);
export type DeadlineEvent = z.infer<typeof DeadlineEventSchema>;

/** When a deadline falls: a fixed instant, or a window from an event ("seven months from the agreement"). */
export const DueSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('at'), at: z.iso.datetime({ offset: true }) }),
  z.strictObject({ type: z.literal('within'), of: DeadlineEventSchema, within: DurationSchema }),
]);
export type Due = z.infer<typeof DueSchema>;

/**
 * What meets a deadline: a reply to the cable that set it (of a kind, if
 * named), a cable of a kind on an issue (a ratification is an approval on
 * the treaty's issue), both from one who must act; or an agreement reported
 * on an issue.
 */
export const MeetsSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('reply'), kind: z.enum(DRAFT_KINDS).optional() }),
  z.strictObject({ type: z.literal('cable'), kind: z.enum(DRAFT_KINDS), issue: ISSUE_TAG }),
  z.strictObject({ type: z.literal('agreement'), issue: ISSUE_TAG }),
]);
export type Meets = z.infer<typeof MeetsSchema>;

/** A deadline as data (issue 11): when it falls, who must act, what meets it, and when to warn. */
export const DeadlineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a deadline id: lower-case, digits, dashes'),
  description: z.string().min(1).max(300),
  issue: ISSUE_TAG.optional(),
  due: DueSchema,
  meets: MeetsSchema,
  /** The people who must act; they are alerted. */
  actors: z.array(PARTICIPANT_ID).min(1, 'a deadline needs someone who must act').max(20),
  /** Other people alerted, such as the principal who set it. */
  notify: z.array(PARTICIPANT_ID).max(20).optional(),
  /** How long before the deadline to warn, e.g. [{ days: 7 }, { days: 1 }, { hours: 1 }]. */
  warn: z.array(DurationSchema).max(5).optional(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** A cable whose payload sets deadlines and nothing else; any kind of cable may carry one. */
export const DeadlinesPayloadSchema = z.strictObject({
  type: z.literal('deadlines'),
  conference: z.string().min(1).max(64),
  deadlines: z.array(DeadlineSchema).min(1).max(20),
});
export type DeadlinesPayload = z.infer<typeof DeadlinesPayloadSchema>;

export const DEADLINE_STATES = ['pending', 'open', 'met', 'lapsed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** What a reader's cables tell of a deadline: when it was set, when its window's event happened, what could meet it. */
export interface DeadlineFacts {
  setAt: string;
  /** When the window's event happened; null while it has not (or for a fixed instant). */
  eventAt: string | null;
  /** Cables (or reported agreements) of the shape `meets` asks for, each with its author and instant, oldest first. */
  candidates: readonly { cable: string; author: string | null; at: string }[];
}

export interface DeadlineStatus {
  state: DeadlineState;
  /** Null while the window's event has not happened. */
  dueAt: string | null;
  /** The cable that met it (perhaps late, when lapsed). */
  metBy: { cable: string; at: string } | null;
}

/** When a deadline falls, given its facts; null while the event of its window has not happened. */
export function dueAtOf(deadline: Deadline, facts: DeadlineFacts): string | null {
  const { due } = deadline;
  if (due.type === 'at') return new Date(due.at).toISOString();
  const from = due.of.type === 'registration' ? facts.setAt : facts.eventAt;
  return from === null ? null : shiftBy(from, due.within);
}

/**
 * Where a deadline stands at `now`: met if one who must act did what meets it
 * by the deadline; lapsed once the deadline has passed without that; open
 * before; pending while its window has not begun.
 */
export function statusOf(deadline: Deadline, facts: DeadlineFacts, now: string): DeadlineStatus {
  const dueAt = dueAtOf(deadline, facts);
  const found = facts.candidates.find(
    (candidate) =>
      Date.parse(candidate.at) <= Date.parse(now) &&
      (deadline.meets.type === 'agreement' || deadline.actors.includes(candidate.author ?? '')),
  );
  const metBy = found ? { cable: found.cable, at: found.at } : null;
  if (metBy && (dueAt === null || Date.parse(metBy.at) <= Date.parse(dueAt)))
    return { state: 'met', dueAt, metBy };
  if (dueAt === null) return { state: 'pending', dueAt, metBy };
  return { state: Date.parse(now) >= Date.parse(dueAt) ? 'lapsed' : 'open', dueAt, metBy };
}

/** One alert a deadline gives: a warning some time before it, or its lapse. */
export interface DeadlineFiring {
  /** Stable within the deadline: `warning-7-days`, `lapse`. */
  key: string;
  at: string;
  lead: Duration | null;
}

/** Every alert a deadline falling at `dueAt` gives, earliest first: its warnings (those after it was set) and its lapse. */
export function firingsOf(deadline: Deadline, dueAt: string, setAt: string): DeadlineFiring[] {
  const warnings = (deadline.warn ?? [])
    .map((lead) => ({
      key: `warning-${describeDuration(lead).replaceAll(' ', '-')}`,
      at: shiftBy(dueAt, lead, -1),
      lead,
    }))
    .filter((firing) => Date.parse(firing.at) >= Date.parse(setAt));
  const unique = warnings.filter((firing, i) => warnings.findIndex((w) => w.key === firing.key) === i);
  return [...unique, { key: 'lapse', at: dueAt, lead: null }].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
}

/**
 * The alerts due at `now` for a deadline in `status`: the warnings whose time
 * has come while it is still open, and its lapse once lapsed unmet. Each is
 * recorded by its key before it is pushed, so it goes out once.
 */
export function firingsDue(
  deadline: Deadline,
  status: DeadlineStatus,
  setAt: string,
  now: string,
): DeadlineFiring[] {
  if (status.dueAt === null || status.state === 'met' || status.state === 'pending') return [];
  const instant = Date.parse(now);
  return firingsOf(deadline, status.dueAt, setAt).filter((firing) =>
    firing.key === 'lapse'
      ? status.state === 'lapsed'
      : status.state === 'open' && Date.parse(firing.at) <= instant,
  );
}

/** Everyone a deadline alerts: those who must act, then those to notify. */
export function alertedBy(deadline: Deadline): string[] {
  return [...new Set([...deadline.actors, ...(deadline.notify ?? [])])];
}
