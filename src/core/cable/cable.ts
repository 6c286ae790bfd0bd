import type { CableKind, Caption, Precedence } from './vocabulary.js';

/** Any JSON object: each kind of payload is validated by its own module (mandate amendments, moves). */
export type CablePayload = { readonly type: string } & Readonly<Record<string, unknown>>;

/**
 * The part of a cable its author signs. It names the cable's id, so a
 * signature can never be lifted onto another cable, and its addressing as
 * written, so changing who it went to breaks the signature.
 */
export interface SignedEnvelope {
  id: string;
  series: string;
  author: string;
  alias: string | null;
  to: string[];
  info: string[];
  exclude: string[];
  via: string | null;
  precedence: Precedence;
  classification: string;
  captions: Caption[];
  kind: CableKind;
  subject: string;
  issues: string[];
  conference: string | null;
  /** Cable id of the cable answered. */
  inReplyTo: string | null;
  /** Cable ids referred to. */
  refs: string[];
  body: string;
  /**
   * Structured content a kind of cable carries beside its text: a directive's
   * amendment of a mandate, a report's moves. Signed and chained with the rest.
   */
  payload: CablePayload | null;
}

/**
 * A registered cable: the signed envelope plus what the registry added. The
 * chain hash covers all of it and the previous head (PRODUCT.md §Registry).
 */
export interface Cable extends SignedEnvelope {
  /** Position in the registry's single chain, from 1, without gaps. */
  seq: number;
  /** Registry number, e.g. `LONTO 0007`. */
  number: string;
  seriesSeq: number;
  /** ISO 8601 UTC. */
  registeredAt: string;
  /** Everyone who may read the cable, fixed at registration, sorted. */
  readers: string[];
  /** Author's Ed25519 signature over the canonical signed envelope, base64. */
  signature: string;
  prevHash: string;
  hash: string;
}

export function hasCaption(cable: Pick<SignedEnvelope, 'captions'>, caption: Caption): boolean {
  return cable.captions.includes(caption);
}
