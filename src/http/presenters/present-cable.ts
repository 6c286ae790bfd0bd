import { type Cable, HANDLING_TARGET_MINUTES, hasCaption } from '../../core/index.js';
import type { CableSummary, CableView } from '../schemas/cable-schemas.js';

/** Names to show for authors, looked up once per request. */
export type NameOf = (personId: string) => string;

/** The fields of a cable a list shows, whitelisted one by one. */
export function presentSummary(cable: Cable, read: boolean, nameOf: NameOf): CableSummary {
  return {
    id: cable.id,
    number: cable.number,
    seq: cable.seq,
    registeredAt: cable.registeredAt,
    author: { id: cable.author, name: nameOf(cable.author) },
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
    read,
  };
}

/**
 * A whole cable. READ-OUT means shown, never copied through the API
 * (PRODUCT.md §Cable): the web UI shows the body to a signed-in reader, but a
 * client holding an API token (scripts, the CLI) gets it withheld.
 */
export function presentView(
  cable: Cable,
  links: { inReplyTo: { id: string; number: string } | null; refs: { id: string; number: string }[] },
  options: { read: boolean; viaApiToken: boolean; nameOf: NameOf },
): CableView {
  const withhold = options.viaApiToken && hasCaption(cable, 'READ-OUT');
  return {
    ...presentSummary(cable, options.read, options.nameOf),
    body: withhold ? null : cable.body,
    withheld: withhold ? 'READ-OUT' : null,
    inReplyTo: links.inReplyTo,
    refs: links.refs,
    readers: cable.readers,
    signature: cable.signature,
    hash: cable.hash,
    prevHash: cable.prevHash,
    handlingTargetMinutes: HANDLING_TARGET_MINUTES[cable.precedence],
  };
}
