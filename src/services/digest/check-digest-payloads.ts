import { z } from 'zod';
import {
  type CableDraft,
  type CablePayload,
  DigestPayloadSchema,
  invalidInput,
  PressItemPayloadSchema,
  REGISTRY_PRINCIPAL,
} from '../../core/index.js';
import { parseInput } from '../parse-input.js';

/** The payload parsed by `schema`, or `invalid-input` naming `payload.<field>`. */
function parsedPayload<S extends z.ZodType>(schema: S, draft: CableDraft): z.output<S> {
  const wrapped = parseInput(z.object({ payload: schema }), { payload: draft.payload }) as {
    payload: z.output<S>;
  };
  return wrapped.payload;
}

/**
 * A digest is the registry's own cable to one reader (issue 14): only the
 * registry writes one, to that reader alone, so no person can pass off a
 * digest of their own making as the registry's.
 */
export function checkDigestPayload(author: string, draft: CableDraft): CablePayload {
  if (author !== REGISTRY_PRINCIPAL) throw invalidInput('payload.type', 'only the registry writes a digest');
  const digest = parsedPayload(DigestPayloadSchema, draft);
  if (draft.to.length !== 1 || draft.to[0] !== digest.reader || draft.info.length > 0)
    throw invalidInput('to', 'a digest goes to its reader alone');
  return digest as unknown as CablePayload;
}

/** A press item goes to named readers only (issue 14: "its own restricted distribution"), never to a group. */
export function checkPressItemPayload(draft: CableDraft, isGroup: (id: string) => boolean): CablePayload {
  const item = parsedPayload(PressItemPayloadSchema, draft);
  for (const list of ['to', 'info'] as const)
    draft[list].forEach((id, index) => {
      if (isGroup(id))
        throw invalidInput(`${list}[${index}]`, `a press item names its readers, not the group '${id}'`);
    });
  return item as unknown as CablePayload;
}
