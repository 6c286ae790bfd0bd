import {
  audienceSeries,
  type Cable,
  type CableDraft,
  CableDraftSchema,
  canonicalSignedEnvelope,
  classificationRank,
  DomainError,
  invalidInput,
  readersOf,
  type SignedEnvelope,
  standingAudienceOf,
} from '../../core/index.js';
import type { Series } from '../../store/store.js';
import { sha256Hex } from '../keyring.js';
import { checkPayload } from '../mandates/check-payload.js';
import { evaluateReport } from '../mandates/evaluate-moves.js';
import { type DirectorySnapshot, directorySnapshot } from '../organisation/directory-snapshot.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { registrationQueueOf } from './registration-queue.js';

/**
 * Registers a cable written by `author`: validate (with its payload: a
 * directive's amendment, a report's moves) → resolve readers → sign and check
 * the signature → chain → durable commit → publish → give the report's moves
 * their verdicts. Resolves only once the cable is on disk; throws
 * `invalid-input` naming the field, having changed nothing, for anything wrong
 * with the draft.
 */
export async function registerCable(
  services: Services,
  author: string,
  input: unknown,
): Promise<RegisteredCable> {
  const draft = parseInput(CableDraftSchema, input);
  const { store, keyring } = services;
  const now = services.now();
  const directory = await directorySnapshot(store);
  const keys = await store.directory.keysOf(author);
  const post = directory.postOf(author, now);
  if (!directory.at(now).people.has(author) || !keys || !post)
    throw new DomainError('unauthenticated', 'The author is not a registered person.');

  const organisation = directory.at(now);
  const addressed = readersOf(
    {
      author,
      to: draft.to,
      info: draft.info,
      exclude: draft.exclude,
      via: draft.via ?? null,
      captions: draft.captions,
    },
    organisation,
  );
  const { readers, withheld } = clearedReaders(directory, author, draft, addressed, now);
  const series = chooseSeries(directory, post, draft.series, draft.to[0]!, now);
  // Numbered in the series of its own audience unless it goes to the series' standing audience (issue 12).
  const present = [...organisation.people].map((id) => ({ id, postId: directory.postOf(id, now) ?? '' }));
  const standing = standingAudienceOf(series, present);
  const numberedIn = audienceSeries(series.code, readers, standing, sha256Hex);
  if (draft.conference && !directory.conferences.some((c) => c.id === draft.conference)) {
    throw invalidInput('conference', `no conference is called '${draft.conference}'`);
  }
  const payload = await checkPayload(services, author, draft);
  const inReplyTo = draft.inReplyTo
    ? await resolveReadable(services, author, 'inReplyTo', draft.inReplyTo)
    : null;
  const refs = await Promise.all(
    draft.refs.map((ref, i) => resolveReadable(services, author, `refs[${i}]`, ref)),
  );

  const envelope: SignedEnvelope = {
    id: services.newId(),
    series: numberedIn,
    author,
    alias: draft.alias ?? null,
    to: draft.to,
    info: draft.info,
    exclude: draft.exclude,
    via: draft.via ?? null,
    precedence: draft.precedence,
    classification: draft.classification,
    captions: [...new Set(draft.captions)],
    kind: draft.kind,
    subject: draft.subject,
    issues: [...new Set(draft.issues)],
    conference: draft.conference ?? null,
    inReplyTo,
    refs: [...new Set(refs)],
    body: draft.body,
    payload,
  };
  const message = canonicalSignedEnvelope(envelope);
  const signature = keyring.sign(keys.privateKeySealed, message);
  if (!keyring.verify(keys.publicKey, message, signature)) {
    throw new DomainError('registry-broken', `The signing key of ${author} does not match their public key.`);
  }
  const cable = await registrationQueueOf(store).append(
    { envelope, signature, readers },
    message,
    services.now(),
  );
  // The report is on disk; its verdicts follow from the registry before it, so they can always be recomputed.
  // They are given before the push, so a report arrives live with its verdict badge.
  await evaluateReport(services, cable);
  services.bus.publish(cable);
  return withheld.length > 0 ? { ...cable, notCleared: withheld } : cable;
}

/** A cable just registered; `notCleared` names the group members it did not reach for want of clearance. */
export type RegisteredCable = Cable & { notCleared?: string[] };

/**
 * Clearances (PRODUCT.md §Cable: a configurable ordered scheme): the author
 * must be cleared for the cable's level, and so must every person addressed
 * by name (else the draft is refused naming the field); a group's members who
 * are not cleared are left out of its readers, and the author is told who.
 */
function clearedReaders(
  directory: DirectorySnapshot,
  author: string,
  draft: CableDraft,
  readers: string[],
  at: string,
) {
  const scheme = directory.state.classifications;
  const level = classificationRank(scheme, draft.classification);
  const cleared = (id: string) => {
    const clearance = directory.clearanceOf(id, at);
    return clearance !== null && scheme.indexOf(clearance) >= level;
  };
  if (!cleared(author))
    throw invalidInput('classification', `you are not cleared for ${draft.classification}`);
  for (const list of ['to', 'info'] as const) {
    draft[list].forEach((name, index) => {
      const person = directory.aliases.get(name) ?? name;
      if (directory.personById.has(person) && !cleared(person))
        throw invalidInput(`${list}[${index}]`, `'${name}' is not cleared for ${draft.classification}`);
    });
  }
  if (draft.via && !cleared(draft.via))
    throw invalidInput('via', `'${draft.via}' is not cleared for ${draft.classification}`);
  const withheld = readers.filter((reader) => !cleared(reader));
  return { readers: readers.filter(cleared), withheld };
}

/**
 * The series a cable is numbered in (PRODUCT.md §Cable: one series per
 * direction and post): the one named, if the author's post may use it; else,
 * when the first action addressee is a person, the post's series towards that
 * person's post; else the post's general series. A group sits at no one post.
 */
function chooseSeries(
  directory: DirectorySnapshot,
  fromPost: string,
  named: string | undefined,
  firstTo: string,
  at: string,
) {
  const ours = directory.series.filter((series) => series.fromPost === fromPost);
  if (named) {
    const series = ours.find((s) => s.code === named);
    if (!series)
      throw invalidInput('series', `the series '${named}' is not one this author's post registers in`);
    return series;
  }
  const toPost = directory.postOf(directory.aliases.get(firstTo) ?? firstTo, at);
  const series: Series | undefined =
    ours.find((s) => s.toPost !== null && s.toPost === toPost) ?? ours.find((s) => s.toPost === null);
  if (!series) throw invalidInput('series', `no series is set up for cables from the post '${fromPost}'`);
  return series;
}

/** A reference must name a cable the author may read; one they may not is reported exactly like a missing one. */
async function resolveReadable(services: Services, author: string, field: string, reference: string) {
  const found = await services.store.registry.resolveReference(reference);
  if (!found?.readers.includes(author))
    throw invalidInput(field, `no cable '${reference}' that you may read`);
  return found.id;
}
