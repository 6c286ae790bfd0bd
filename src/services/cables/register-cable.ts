import {
  type Cable,
  CableDraftSchema,
  canonicalSignedEnvelope,
  classificationRank,
  DomainError,
  invalidInput,
  readersOf,
  type SignedEnvelope,
} from '../../core/index.js';
import type { Series } from '../../store/store.js';
import { checkPayload } from '../mandates/check-payload.js';
import { evaluateReport } from '../mandates/evaluate-moves.js';
import { loadClassificationScheme } from '../organisation/classification-scheme.js';
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
export async function registerCable(services: Services, author: string, input: unknown): Promise<Cable> {
  const draft = parseInput(CableDraftSchema, input);
  const { store, keyring } = services;
  const now = services.now();
  const directory = await directorySnapshot(store);
  const person = directory.personById.get(author);
  const keys = await store.directory.keysOf(author);
  if (!person || !keys) throw new DomainError('unauthenticated', 'The author is not a registered person.');

  const readers = readersOf(
    {
      author,
      to: draft.to,
      info: draft.info,
      exclude: draft.exclude,
      via: draft.via ?? null,
      captions: draft.captions,
    },
    directory.at(now),
  );
  classificationRank(await loadClassificationScheme(store), draft.classification);
  const series = chooseSeries(directory, person.postId, draft.series, draft.to[0]!);
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
    series: series.code,
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
  return cable;
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
) {
  const ours = directory.series.filter((series) => series.fromPost === fromPost);
  if (named) {
    const series = ours.find((s) => s.code === named);
    if (!series)
      throw invalidInput('series', `the series '${named}' is not one this author's post registers in`);
    return series;
  }
  const toPost = directory.personById.get(firstTo)?.postId ?? null;
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
