import { z } from 'zod';
import { PRECEDENCES, type Precedence } from '../cable/vocabulary.js';
import { VERDICTS, type VerdictCode } from '../mandate/verdict.js';

/** A cable as a digest names it: enough to find and open it, nothing of its body. */
const DigestCableSchema = z.strictObject({
  id: z.string(),
  number: z.string(),
  precedence: z.enum(PRECEDENCES),
  subject: z.string(),
  registeredAt: z.string(),
});

const DigestDeadlineSchema = z.strictObject({
  id: z.string(),
  description: z.string(),
  cable: z.string(),
  dueAt: z.string(),
});

const DigestPressSchema = z.strictObject({
  cable: z.string(),
  number: z.string(),
  source: z.string(),
  date: z.string(),
  language: z.string(),
  summary: z.string(),
  link: z.string().nullable(),
});

/**
 * A reader's digest (issue 14), as its cable's payload holds it: what came
 * in between `from` and `until` by precedence and by the verdicts it raised,
 * the authority asked of them and not yet answered, deadlines near and
 * lapsed, cables they have not acknowledged, and press items by topic. Every
 * part is drawn from cables the reader may read; `day` is the day of a
 * scheduled digest in the reader's time zone, null for one asked for.
 */
export const DigestPayloadSchema = z.strictObject({
  type: z.literal('digest'),
  reader: z.string(),
  day: z.iso.date().nullable(),
  from: z.string(),
  until: z.string(),
  incoming: z.strictObject({
    total: z.number().int(),
    byPrecedence: z.record(z.enum(PRECEDENCES), z.number().int()),
    byVerdict: z.record(z.enum(VERDICTS), z.number().int()),
    urgent: z.array(DigestCableSchema),
  }),
  authorityRequests: z.array(DigestCableSchema),
  deadlines: z.strictObject({ near: z.array(DigestDeadlineSchema), lapsed: z.array(DigestDeadlineSchema) }),
  unacknowledged: z.strictObject({ total: z.number().int(), cables: z.array(DigestCableSchema) }),
  press: z.array(z.strictObject({ topic: z.string(), items: z.array(DigestPressSchema) })),
});

export type DigestPayload = z.output<typeof DigestPayloadSchema>;
export type DigestCable = z.output<typeof DigestCableSchema>;
export type DigestDeadline = z.output<typeof DigestDeadlineSchema>;
export type DigestPress = z.output<typeof DigestPressSchema> & { topic: string };

/** What one reader's scope yields for a digest: the facts `composeDigest` arranges. */
export interface DigestFacts {
  reader: string;
  day: string | null;
  from: string;
  until: string;
  /** Cables delivered to the reader in the window, not written by them. */
  arrivals: DigestCable[];
  /** How many moves of each verdict were raised to the reader in the window. */
  verdicts: Partial<Record<VerdictCode, number>>;
  authorityRequests: DigestCable[];
  near: DigestDeadline[];
  lapsed: DigestDeadline[];
  unacknowledged: { total: number; cables: DigestCable[] };
  press: DigestPress[];
}

/** How many urgent arrivals a digest names one by one; the rest are counted. */
export const URGENT_LISTED = 20;

/** Arranges a reader's facts into their digest: counts by precedence and verdict, press grouped by topic. */
export function composeDigest(facts: DigestFacts): DigestPayload {
  const byPrecedence = Object.fromEntries(PRECEDENCES.map((p) => [p, 0])) as Record<Precedence, number>;
  for (const cable of facts.arrivals) byPrecedence[cable.precedence] += 1;
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, facts.verdicts[v] ?? 0])) as Record<
    VerdictCode,
    number
  >;
  const urgent = facts.arrivals
    .filter((cable) => cable.precedence === 'FLASH' || cable.precedence === 'IMMEDIATE')
    .slice(0, URGENT_LISTED);
  const topics = new Map<string, DigestPress[]>();
  for (const item of facts.press) topics.set(item.topic, [...(topics.get(item.topic) ?? []), item]);
  return {
    type: 'digest',
    reader: facts.reader,
    day: facts.day,
    from: facts.from,
    until: facts.until,
    incoming: { total: facts.arrivals.length, byPrecedence, byVerdict, urgent },
    authorityRequests: facts.authorityRequests,
    deadlines: { near: facts.near, lapsed: facts.lapsed },
    unacknowledged: facts.unacknowledged,
    press: [...topics.keys()].sort().map((topic) => ({
      topic,
      items: topics.get(topic)!.map(({ topic: _, ...item }) => item),
    })),
  };
}
