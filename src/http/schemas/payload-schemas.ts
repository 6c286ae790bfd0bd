import { z } from 'zod';
import {
  CableDraftSchema,
  DeadlinesPayloadSchema,
  MandateAmendmentSchema,
  MovesPayloadSchema,
  RecordPayloadSchema,
} from '../../core/index.js';

/**
 * Every payload a cable may carry, told apart by `type` (issue 11: the
 * contract is complete, so a client can be generated): a directive's
 * amendment, a report's moves, a record's account, and deadlines in any cable.
 * The services parse each payload by its type and name the field at fault;
 * this union is what the document says of them.
 */
export const CablePayloadSchema = z.discriminatedUnion('type', [
  MandateAmendmentSchema,
  MovesPayloadSchema,
  RecordPayloadSchema,
  DeadlinesPayloadSchema,
]);

/** A draft as the document describes it: the draft with its payload in full. */
export const CableDraftRequestSchema = CableDraftSchema.extend({ payload: CablePayloadSchema.optional() });
