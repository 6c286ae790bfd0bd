import { z } from 'zod';
import { CLAUSE_KINDS, VERDICTS } from '../../core/index.js';

const CitedCableSchema = z.object({ id: z.string(), number: z.string() });

/** A verdict as shown: cited cables appear only where the viewer may read them. */
export const VerdictSchema = z.object({
  verdict: z.enum(VERDICTS),
  clause: z.object({ kind: z.enum(CLAUSE_KINDS), id: z.string().nullable() }),
  directive: CitedCableSchema.nullable(),
  explanation: z.string(),
  cites: z.array(CitedCableSchema),
  /** How many cited cables the viewer may not read, so the count is honest without naming them. */
  unreadableCitations: z.number().int(),
});
export type PresentedVerdict = z.infer<typeof VerdictSchema>;
