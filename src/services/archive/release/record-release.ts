import {
  type Cable,
  hashOfStruck,
  instantOf,
  invalidInput,
  PUBLIC_READER,
  type Redaction,
  type ReleasePayload,
  type ReleaseRequest,
  ReleaseRequestSchema,
  rangeProblem,
  releaseRowsOf,
} from '../../../core/index.js';
import { recordAudit } from '../../integrity/record-audit.js';
import { sha256Hex } from '../../keyring.js';
import { directorySnapshot } from '../../organisation/directory-snapshot.js';
import { parseInput } from '../../parse-input.js';
import type { Services } from '../../services.js';
import { appendReleaseEntry, type ReleaseAuthority, requireArchivist } from './release-entry.js';
import { releasedScope } from './released-scope.js';

/** Cables named in a release entry's text; the payload names them all. */
const LISTED = 100;

/**
 * Releases cables to new readers (issue 15): authorize (an archivist) →
 * validate → resolve the scope to cables and the audience to readers at the
 * release's date → check and hash each redaction → sign and chain the release
 * entry → project its grants and redactions → audit. Bad input is refused
 * naming the field, and nothing is registered.
 */
export async function recordRelease(services: Services, authority: ReleaseAuthority, input: unknown) {
  const author = await requireArchivist(services, authority);
  const request = parseInput(ReleaseRequestSchema, input);
  const cables = await releasedScope(services, request.scope);
  const readers = await readersOf(services, request);
  const redactions = redactionsOf(request, cables);
  const payload: ReleasePayload = {
    type: 'release',
    scope: request.scope,
    audience: request.audience,
    readers,
    cables: cables.map((cable) => cable.id),
    from: request.from,
    redactions,
    note: request.note,
  };
  const entry = await appendReleaseEntry(
    services,
    author,
    `Release of ${cables.length} cable${cables.length === 1 ? '' : 's'} to ${audienceOf(request)} from ${request.from}`,
    describe(payload, cables),
    payload,
  );
  const seqOf = new Map(cables.map((cable) => [cable.id, cable.seq]));
  await services.store.releases.add(releaseRowsOf([{ seq: entry.seq, id: entry.id, payload }], seqOf));
  await recordAudit(services, 'operator' in authority ? null : author, 'release.record', entry.number, {
    cables: cables.length,
    readers,
    from: request.from,
    redactions: redactions.length,
  });
  return { entry, cables: cables.length, readers, redactions };
}

/** The people a release widens cables to, groups resolved as they stood at its date, and `*` for the public. */
async function readersOf(services: Services, request: ReleaseRequest): Promise<string[]> {
  const directory = await directorySnapshot(services.store);
  const readers = new Set<string>();
  request.audience.people.forEach((id, i) => {
    const person = directory.aliases.get(id) ?? id;
    if (!directory.personById.has(person))
      throw invalidInput(`audience.people[${i}]`, `no person is called '${id}'`);
    readers.add(person);
  });
  const organisation = directory.at(instantOf(request.from));
  request.audience.groups.forEach((id, i) => {
    if (!directory.groups.some((group) => group.id === id))
      throw invalidInput(`audience.groups[${i}]`, `no group is called '${id}'`);
    for (const member of organisation.groups.get(id) ?? []) readers.add(member);
  });
  if (request.audience.public) readers.add(PUBLIC_READER);
  if (readers.size === 0)
    throw invalidInput('audience', 'must name the public, a person or a group with members');
  return [...readers].sort();
}

/** Each redaction as the entry signs it: a range within its cable's body, its reason, the hash of what it strikes. */
function redactionsOf(request: ReleaseRequest, cables: readonly Cable[]): Redaction[] {
  const byReference = new Map<string, Cable>();
  for (const cable of cables) byReference.set(cable.id, cable).set(cable.number, cable);
  const redactions = request.redactions.map((asked, i) => {
    const cable = byReference.get(asked.cable);
    if (!cable)
      throw invalidInput(`redactions[${i}].cable`, `'${asked.cable}' is not among the cables released`);
    const { start, end } = rangeOf(asked, cable.body, i);
    const problem = rangeProblem(cable.body, [{ start, end }]);
    if (problem) throw invalidInput(`redactions[${i}].end`, problem);
    const hash = hashOfStruck(cable.body, start, end, sha256Hex);
    return { cable: cable.id, start, end, reason: asked.reason, hash };
  });
  for (const cable of cables) {
    const own = redactions.filter((redaction) => redaction.cable === cable.id);
    const problem = rangeProblem(cable.body, own);
    if (problem) throw invalidInput('redactions', `${cable.number}: ${problem}`);
  }
  return redactions;
}

function rangeOf(asked: ReleaseRequest['redactions'][number], body: string, i: number) {
  if (asked.passage !== undefined) {
    if (asked.start !== undefined || asked.end !== undefined)
      throw invalidInput(`redactions[${i}].passage`, 'give either a passage or start and end, not both');
    const at = body.indexOf(asked.passage);
    if (at < 0) throw invalidInput(`redactions[${i}].passage`, 'is not in the cable');
    const start = [...body.slice(0, at)].length;
    return { start, end: start + [...asked.passage].length };
  }
  if (asked.start === undefined || asked.end === undefined)
    throw invalidInput(`redactions[${i}].start`, 'give a passage, or start and end');
  return { start: asked.start, end: asked.end };
}

function audienceOf(request: ReleaseRequest): string {
  const { audience } = request;
  const parts = [
    ...(audience.public ? ['the public'] : []),
    ...audience.groups.map((group) => `the group ${group}`),
    ...audience.people,
  ];
  return parts.join(', ');
}

function describe(payload: ReleasePayload, cables: readonly Cable[]): string {
  const lines = [
    `Released from ${payload.from} to ${payload.readers.join(', ')}:`,
    ...cables.slice(0, LISTED).map((cable) => `  ${cable.number}`),
    ...(cables.length > LISTED ? [`  and ${cables.length - LISTED} more (listed in the payload)`] : []),
  ];
  for (const redaction of payload.redactions) {
    const number = cables.find((cable) => cable.id === redaction.cable)?.number;
    lines.push(`Struck in ${number}, characters ${redaction.start}–${redaction.end}: ${redaction.reason}`);
  }
  if (payload.note) lines.push(payload.note);
  return lines.join('\n');
}
