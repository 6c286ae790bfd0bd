import { type Cable, HANDLING_TARGET_MINUTES, hasCaption } from '../../core/index.js';
import type { CableSummary, CableView } from '../schemas/cable-schemas.js';

/** Names to show for authors, looked up once per request. */
export type NameOf = (personId: string) => string;

/**
 * Whether the viewer is an auditor, who alone is shown the chain's internals:
 * a cable's position counts every cable before it, and its hashes link it to
 * cables the viewer may not read (issue 12, finding 2).
 */
export interface Viewer {
  auditor: boolean;
}

/** The fields of a cable a list shows, whitelisted one by one. */
export function presentSummary(cable: Cable, read: boolean, nameOf: NameOf, viewer: Viewer): CableSummary {
  return {
    id: cable.id,
    number: cable.number,
    ...(viewer.auditor ? { seq: cable.seq } : {}),
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
  options: { read: boolean; viaApiToken: boolean; nameOf: NameOf; viewer: Viewer },
): CableView {
  const withhold = options.viaApiToken && hasCaption(cable, 'READ-OUT');
  return {
    ...presentSummary(cable, options.read, options.nameOf, options.viewer),
    body: withhold ? null : cable.body,
    withheld: withhold ? 'READ-OUT' : null,
    inReplyTo: links.inReplyTo,
    refs: links.refs,
    readers: cable.readers,
    signature: cable.signature,
    ...(options.viewer.auditor ? { hash: cable.hash, prevHash: cable.prevHash } : {}),
    handlingTargetMinutes: HANDLING_TARGET_MINUTES[cable.precedence],
  };
}
