import canonicalizeModule from 'canonicalize';
import type { Cable, SignedEnvelope } from './cable.js';

// The package is CommonJS whose typings claim an ES default export; under Node's ESM
// interop the module object itself is the function.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/** RFC 8785 canonical JSON of a JSON value: sorted keys, no spaces, one spelling per value. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/**
 * The exact text an author signs: the signed envelope in RFC 8785 canonical
 * JSON, so the same cable always yields the same bytes on any machine.
 */
export function canonicalSignedEnvelope(cable: SignedEnvelope): string {
  const envelope: SignedEnvelope = {
    id: cable.id,
    series: cable.series,
    author: cable.author,
    alias: cable.alias,
    to: cable.to,
    info: cable.info,
    exclude: cable.exclude,
    via: cable.via,
    precedence: cable.precedence,
    classification: cable.classification,
    captions: cable.captions,
    kind: cable.kind,
    subject: cable.subject,
    issues: cable.issues,
    conference: cable.conference,
    inReplyTo: cable.inReplyTo,
    refs: cable.refs,
    body: cable.body,
    payload: cable.payload,
  };
  return canonicalJson(envelope);
}

/**
 * The exact text the chain hash covers: the signed envelope, the signature,
 * what the registry added, and the previous head. `signedEnvelope`, when the
 * caller already holds the cable's canonical signed envelope, spares computing it again.
 */
export function canonicalChainedEnvelope(
  cable: Omit<Cable, 'hash'>,
  signedEnvelope: string = canonicalSignedEnvelope(cable),
): string {
  const registered = canonicalJson({
    seq: cable.seq,
    number: cable.number,
    seriesSeq: cable.seriesSeq,
    registeredAt: cable.registeredAt,
    readers: cable.readers,
    signature: cable.signature,
    prevHash: cable.prevHash,
  });
  // RFC 8785 sorts "signed" after every other key here, and canonical text is already canonical
  // as a value: so the envelope closes the object verbatim, without being parsed and written again.
  return `${registered.slice(0, -1)},"signed":${signedEnvelope}}`;
}
