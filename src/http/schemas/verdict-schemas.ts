import { z } from 'zod';
import { CLAUSE_KINDS, VERDICTS } from '../../core/index.js';

const CitedCableSchema = z.object({ id: z.string(), number: z.string() });

/** A verdict's code, deciding clause and explanation, without its citations. */
const VerdictInBriefSchema = z.object({
  verdict: z.enum(VERDICTS),
  clause: z.object({ kind: z.enum(CLAUSE_KINDS), id: z.string().nullable() }),
  explanation: z.string(),
});

/**
 * A verdict as shown: computed from the directives and reports its viewer may
 * read (issue 12), so it cites only cables they may read.
 */
export const VerdictSchema = z.object({
  verdict: z.enum(VERDICTS),
  clause: z.object({ kind: z.enum(CLAUSE_KINDS), id: z.string().nullable() }),
  directive: CitedCableSchema.nullable(),
  explanation: z.string(),
  cites: z.array(CitedCableSchema),
  /** For a move the principal ratified after the fact: the verdict it had against the mandate. */
  original: VerdictInBriefSchema.optional(),
  /** On an issue of several dimensions: the one whose mandate decided the verdict. */
  dimension: z.string().optional(),
  /** On an issue of several dimensions: the verdict on each the move states a position on. */
  dimensions: z.array(z.object({ dimension: z.string(), verdict: VerdictInBriefSchema })).optional(),
});
export type PresentedVerdict = z.infer<typeof VerdictSchema>;
