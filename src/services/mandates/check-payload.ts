import {
  type CableDraft,
  type CablePayload,
  type ConferencePlan,
  DeadlinesPayloadSchema,
  DomainError,
  invalidInput,
  issueOf,
  type MandateAmendment,
  MandateAmendmentSchema,
  type MovesPayload,
  MovesPayloadSchema,
  projectMandate,
  RecordPayloadSchema,
} from '../../core/index.js';
import { checkDeadlines } from '../deadlines/check-deadlines.js';
import { checkDigestPayload, checkPressItemPayload } from '../digest/check-digest-payloads.js';
import { planOf } from '../organisation/organisation-state.js';
import { fieldPath } from '../parse-input.js';
import { checkRecord } from '../record/check-record.js';
import type { Services } from '../services.js';
import { checkWorkflowPayload, WORKFLOW_PAYLOAD_KINDS } from '../workflow/check-workflow-payload.js';
import { checkRatifications } from './check-ratifications.js';
import { registryScope, scopeOf } from './reader-scope.js';

/** The payload types a cable may carry, and the kind of cable each belongs to (null: any kind). */
const KIND_OF_PAYLOAD = {
  'mandate-amendment': 'directive',
  moves: 'report',
  record: 'record',
  deadlines: null,
  digest: 'digest',
  'press-item': 'note',
  ...WORKFLOW_PAYLOAD_KINDS,
} as const;

/**
 * Checks a draft's payload before anything is signed: a directive's amendment
 * must name a known issue of a planned conference, come from one of its
 * principals (mandates change only by the principal's directive), and apply
 * cleanly to the mandate it amends; a report's moves must name issues and
 * sessions of the conference. Returns the payload as parsed; throws
 * `invalid-input` naming the field otherwise.
 */
export async function checkPayload(
  services: Services,
  author: string,
  draft: CableDraft,
): Promise<CablePayload | null> {
  if (!draft.payload) return null;
  const type = draft.payload.type as keyof typeof KIND_OF_PAYLOAD;
  const kind = KIND_OF_PAYLOAD[type];
  if (kind === undefined)
    throw invalidInput(
      'payload.type',
      `'${draft.payload.type}' is not a payload type (${Object.keys(KIND_OF_PAYLOAD).join(', ')})`,
    );
  if (kind !== null && draft.kind !== kind)
    throw invalidInput('kind', `a ${type} payload travels in a ${kind} cable, not a ${draft.kind}`);
  if (type === 'digest') return checkDigestPayload(author, draft);
  if (type === 'press-item') {
    const groups = await services.store.directory.groups();
    return checkPressItemPayload(draft, (id) => groups.some((group) => group.id === id));
  }
  if (type in WORKFLOW_PAYLOAD_KINDS) {
    if (kind === null && draft.kind === 'draft')
      throw invalidInput('kind', 'a final text is not itself a draft');
    return checkWorkflowPayload(services, author, draft);
  }
  if (type === 'record') {
    const record = parsed(RecordPayloadSchema, draft.payload);
    return checkRecord(record, await planFor(services, draft, record.conference));
  }
  if (type === 'deadlines') {
    // Deadlines travel in any cable: a directive's ratification window, a query's "reply within five days".
    const payload = parsed(DeadlinesPayloadSchema, draft.payload);
    await checkDeadlines(services, await planFor(services, draft, payload.conference), payload.deadlines);
    return payload as unknown as CablePayload;
  }
  return type === 'mandate-amendment' ? checkAmendment(services, author, draft) : checkMoves(services, draft);
}

/**
 * A move happened neither in the future nor before its conference opened
 * (issue 11): its `occurredAt`, when given, lies between the conference's
 * first day and now.
 */
async function checkOccurredAt(services: Services, conference: string, moves: MovesPayload['moves']) {
  const opened = (await services.store.directory.conferences()).find((c) => c.id === conference)?.startsOn;
  const now = Date.parse(services.now());
  moves.forEach((move, i) => {
    if (move.occurredAt === undefined) return;
    const at = Date.parse(move.occurredAt);
    const field = `payload.moves[${i}].occurredAt`;
    if (at > now) throw invalidInput(field, 'a move cannot have happened in the future');
    if (opened !== undefined && at < Date.parse(`${opened.slice(0, 10)}T00:00:00Z`))
      throw invalidInput(field, `a move cannot have happened before the conference opened on ${opened}`);
  });
}

async function planFor(services: Services, draft: CableDraft, conference: string): Promise<ConferencePlan> {
  if (draft.conference !== undefined && draft.conference !== conference) {
    throw invalidInput(
      'payload.conference',
      `the payload names '${conference}' but the cable '${draft.conference}'`,
    );
  }
  const plan = await planOf(services.store, conference);
  if (!plan)
    throw invalidInput(
      'payload.conference',
      `the conference '${conference}' has no plan of issues and parties`,
    );
  return plan;
}

function parsed<T>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw invalidInput(fieldPath(['payload', ...issue.path]), issue.message);
}

async function checkAmendment(services: Services, author: string, draft: CableDraft): Promise<CablePayload> {
  const asSent: MandateAmendment = parsed(MandateAmendmentSchema, draft.payload);
  const plan = await planFor(services, draft, asSent.conference);
  if (!issueOf(plan, asSent.issue)) {
    throw invalidInput(
      'payload.issue',
      `'${asSent.issue}' is not an issue of the conference '${asSent.conference}'`,
    );
  }
  checkDimensionOf(plan, asSent.issue, asSent.dimension, 'payload.dimension');
  if (!plan.principals.includes(author)) {
    throw new DomainError(
      'forbidden',
      `Only a principal of ${asSent.conference} (${plan.principals.join(', ')}) may amend a mandate.`,
      'payload',
    );
  }
  const amendment = await checkRatifications(services, author, asSent);
  // Applying the amendment to the mandate as it stands, and as it stood when it takes effect, throws if it
  // cannot apply: first to the mandate as its author knows it, so what the refusal says rests on directives
  // they may read; then to the whole mandate, which every verdict of the registry's record is given against.
  const now = services.now();
  for (const scope of [scopeOf(services, author), registryScope(services)]) {
    const directives = await scope.directives(amendment.conference);
    const proposed = [...directives, { cable: 'this directive', registeredAt: now, amendment }];
    try {
      const { issue, dimension, effectiveAt } = amendment;
      projectMandate(issue, proposed, now, dimension);
      if (effectiveAt) projectMandate(issue, proposed, effectiveAt, dimension);
    } catch (error) {
      if (scope.reader !== null) throw error;
      throw invalidInput('payload.changes', 'the amendment does not apply to the mandate as it stands');
    }
  }
  return amendment as unknown as CablePayload;
}

async function checkMoves(services: Services, draft: CableDraft): Promise<CablePayload> {
  const payload = parsed(MovesPayloadSchema, draft.payload);
  const plan = await planFor(services, draft, payload.conference);
  const parties = new Set(plan.parties.map((party) => party.id));
  const sessions = new Set(plan.sessions.map((session) => session.id));
  payload.moves.forEach((move, i) => {
    const field = `payload.moves[${i}]`;
    if (!issueOf(plan, move.issue))
      throw invalidInput(`${field}.issue`, `'${move.issue}' is not an issue of the conference`);
    if (move.party && !parties.has(move.party))
      throw invalidInput(`${field}.party`, `'${move.party}' is not a party`);
    if (move.session && !sessions.has(move.session))
      throw invalidInput(`${field}.session`, `no session '${move.session}'`);
    move.dimensions?.forEach((on, j) => {
      const at = `${field}.dimensions[${j}].dimension`;
      checkDimensionOf(plan, move.issue, on.dimension, at);
      if (move.dimensions!.findIndex((other) => other.dimension === on.dimension) !== j)
        throw invalidInput(at, `the move states a position on '${on.dimension}' twice`);
    });
    move.participation?.forEach((entry, j) => {
      if (!parties.has(entry.party))
        throw invalidInput(`${field}.participation[${j}].party`, `'${entry.party}' is not a party`);
    });
  });
  await checkOccurredAt(services, payload.conference, payload.moves);
  return payload as unknown as CablePayload;
}

/** A dimension named on an issue must be one the plan gives it (issue 11); an issue of one term has none. */
function checkDimensionOf(plan: ConferencePlan, issue: string, dimension: string | undefined, field: string) {
  if (dimension === undefined) return;
  const dimensions = issueOf(plan, issue)?.dimensions ?? [];
  if (!dimensions.some((candidate) => candidate.id === dimension))
    throw invalidInput(
      field,
      dimensions.length === 0
        ? `'${issue}' is negotiated as one term, with no dimensions`
        : `'${dimension}' is not a dimension of '${issue}' (${dimensions.map((d) => d.id).join(', ')})`,
    );
}
