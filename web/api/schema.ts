import type { ConferencePlan, DecisionRule, Issue } from '../../src/core/conference/conference.js';
import type { MandateAmendment, MandateChange } from '../../src/core/mandate/amendment.js';
import type { Linkage, Position, RedLine } from '../../src/core/mandate/mandate.js';
import type { Move, MovesPayload } from '../../src/core/mandate/move.js';
import type { paths } from './openapi.js';

/**
 * The API's shapes under the names the UI uses, all taken from the generated
 * `openapi.d.ts`. Where the document describes a domain object only as "an
 * object" (a mandate's clauses, a cable's payload, a conference's plan), the
 * domain's own types (src/core, type-only: nothing of it is bundled) say what
 * is in it.
 */

type Operation<P extends keyof paths, M extends 'get' | 'post'> = NonNullable<paths[P][M]>;
export type Answer<P extends keyof paths, M extends 'get' | 'post'> =
  Operation<P, M> extends { responses: { 200: { content: { 'application/json': infer T } } } }
    ? T
    : Operation<P, M> extends { responses: { 201: { content: { 'application/json': infer T } } } }
      ? T
      : never;
type Refine<T, With> = Omit<T, keyof With> & With;

export type { Condition, NumericPosition, RedLineRule, Terms } from '../../src/core/mandate/mandate.js';
export type { MoveType } from '../../src/core/mandate/move.js';
export type {
  ConferencePlan,
  DecisionRule,
  Issue,
  Linkage,
  MandateAmendment,
  MandateChange,
  Move,
  MovesPayload,
  Position,
  RedLine,
};
export type ChangeOp = MandateChange['op'];
export type Direction = 'more-is-better' | 'less-is-better';

/** The body of every refusal: a stable code, a sentence, and the input field blamed. */
export type ApiErrorBody = NonNullable<
  paths['/api/me']['get']['responses']['4XX']['content']['application/json']
>;

export type Me = Answer<'/api/me', 'get'>;
export type Person = Me['person'];
export type Directory = Answer<'/api/directory', 'get'>;

export type InboxPage = Answer<'/api/inbox', 'get'>;
export type InboxQuery = NonNullable<Operation<'/api/inbox', 'get'>['parameters']['query']>;
export type Box = NonNullable<NonNullable<Operation<'/api/inbox', 'get'>['parameters']['query']>['box']>;
export type CableSummary = InboxPage['cables'][number];
export type VerdictCode = NonNullable<CableSummary['verdict']>;

type GeneratedCable = Answer<'/api/cables/{ref}', 'get'>['cable'];
export type CableLink = NonNullable<GeneratedCable['inReplyTo']>;
/** A cable cited by a clause or a verdict, shown by its registry number. */
export type CitedCable = CableLink;
type GeneratedReportedMove = NonNullable<GeneratedCable['moves']>[number];
export type Verdict = NonNullable<GeneratedReportedMove['verdict']>;
/** A move of a report as its reader sees it: ours carry a verdict. */
export type ReportedMove = Refine<GeneratedReportedMove, { move: Move }>;
export type CableView = Refine<
  GeneratedCable,
  {
    /** The structured payload as sent: a directive's mandate amendment or a report's moves. */
    payload?: MandateAmendment | MovesPayload | (Record<string, unknown> & { type: string }) | null;
    moves?: ReportedMove[];
  }
>;
export type ThreadEntry = CableWithThread['thread'][number];
export interface CableWithThread {
  cable: CableView;
  thread: Answer<'/api/cables/{ref}', 'get'>['thread'];
}

export type SearchResult = Answer<'/api/search', 'get'>;
export type SearchHit = SearchResult['hits'][number];
export type SearchQuery = NonNullable<Operation<'/api/search', 'get'>['parameters']['query']>;

/** The body of POST /api/cables: empty optional fields are left out. */
export type CableDraft = Refine<
  Operation<'/api/cables', 'post'>['requestBody']['content']['application/json'],
  { payload?: MandateAmendment | MovesPayload }
>;

type GeneratedMandate = NonNullable<
  Answer<'/api/conferences/{conference}/mandates/{issue}', 'get'>['mandate']
>;
/** A mandate as shown: each clause with the directive cable it comes from. */
export type MandateView = Refine<
  GeneratedMandate,
  {
    ladder: Position[];
    redLines: { clause: RedLine; directive: CitedCable | null }[];
    linkages: { clause: Linkage; directive: CitedCable | null }[];
  }
>;

export type Conference = Refine<
  Answer<'/api/conferences', 'get'>['conferences'][number],
  { plan: ConferencePlan | null }
>;

export type MandatesResponse = Refine<
  Answer<'/api/conferences/{conference}/mandates', 'get'>,
  { plan: ConferencePlan; mandates: { issue: Issue; mandate: MandateView | null }[] }
>;

type GeneratedMandateAnswer = Answer<'/api/conferences/{conference}/mandates/{issue}', 'get'>;
export type HistoryEntry = Refine<GeneratedMandateAnswer['history'][number], { changes: MandateChange[] }>;
export type MandateResponse = Refine<
  GeneratedMandateAnswer,
  { issue: Issue; mandate: MandateView | null; history: HistoryEntry[] }
>;

export type CheckResponse = Refine<
  Answer<'/api/conferences/{conference}/check', 'post'>,
  { mandate: MandateView | null }
>;
export type CheckedMove = Operation<'/api/conferences/{conference}/check', 'post'>['requestBody'] extends
  | { content: { 'application/json': { move: infer M } } }
  | undefined
  ? M
  : never;
export type ReevaluateResponse = Answer<'/api/conferences/{conference}/reevaluate', 'post'>;

type GeneratedAlerts = Answer<'/api/alerts', 'get'>;
/** The document types an alert's verdict as any string; it is always a verdict code. */
export type Alert = Refine<GeneratedAlerts['alerts'][number], { verdict: VerdictCode }>;
export type AlertsResponse = Refine<GeneratedAlerts, { alerts: Alert[] }>;

/**
 * The SSE `alert` event (GET /api/events streams events the OpenAPI document
 * does not describe): a move outside the mandate in a report the reader may read.
 */
export interface AlertEvent {
  report: CitedCable;
  idx: number;
  verdict: VerdictCode;
  precedence: string;
  subject: string;
}
export type Instance = Answer<'/api/instance', 'get'>;

/** Issue 13: sessions' records and the negotiation map, each as the reader may know them. */
export type SessionList = Answer<'/api/conferences/{conference}/sessions', 'get'>;
export type SessionRecord = Answer<'/api/conferences/{conference}/sessions/{session}/record', 'get'>;
export type SessionEntry = SessionRecord['entries'][number];
export type AlignedAccounts = SessionRecord['aligned'];
export type RecordFlag = SessionRecord['flags'][number];
export type IssueMap = Answer<'/api/conferences/{conference}/map/{issue}', 'get'>;
export type MapPoint = IssueMap['lines'][number]['points'][number];
export type MapOverview = Answer<'/api/conferences/{conference}/map', 'get'>;

export type Overview = Answer<'/api/overview', 'get'>;
export type DeadlinesResponse = Answer<'/api/conferences/{conference}/deadlines', 'get'>;
export type DeadlineView = DeadlinesResponse['deadlines'][number];
export type DeadlineState = DeadlineView['state'];
export type DeadlineAlert = Answer<'/api/deadline-alerts', 'get'>['alerts'][number];
