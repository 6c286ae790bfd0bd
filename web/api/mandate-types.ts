/**
 * Mandates, moves and verdicts as the HTTP API answers with them (server:
 * src/core/mandate, src/http/schemas/mandate-schemas.ts). Every clause and
 * verdict names the directive cable it rests on, where the reader may read it.
 */

/** Best first (PRODUCT.md §Move). */
export const VERDICTS = ['WITHIN', 'NEEDS_AUTHORITY', 'LINKAGE_UNMET', 'RED_LINE', 'UNMANDATED'] as const;
export type VerdictCode = (typeof VERDICTS)[number];

/** How bad a verdict is, as the server ranks it for a report's worst: a red line is the worst. */
export function severityOf(verdict: VerdictCode): number {
  return { WITHIN: 0, NEEDS_AUTHORITY: 1, LINKAGE_UNMET: 2, UNMANDATED: 3, RED_LINE: 4 }[verdict];
}

export const DECISION_RULES = ['unanimity', 'majority', 'two-thirds'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

export const MOVE_TYPES = ['proposal', 'concession', 'acceptance', 'rejection', 'agreement'] as const;
export type MoveType = (typeof MOVE_TYPES)[number];

export type Direction = 'more-is-better' | 'less-is-better';

/** A cable cited by a clause or a verdict, shown by its registry number. */
export interface CitedCable {
  id: string;
  number: string;
}

export interface Verdict {
  verdict: VerdictCode;
  clause: { kind: 'red-line' | 'linkage' | 'authority' | 'ladder' | 'no-mandate'; id: string | null };
  directive: CitedCable | null;
  explanation: string;
  /** Every cable cited is one the reader may read: a verdict is computed from what they may read. */
  cites: CitedCable[];
}

export interface CategoricalPosition {
  id: string;
  label: string;
}

export interface NumericPosition extends CategoricalPosition {
  min: number;
  max: number;
  unit: string;
  direction: Direction;
}

export type Position = CategoricalPosition | NumericPosition;

export function isNumeric(position: Position): position is NumericPosition {
  return 'unit' in position;
}

export type Condition =
  | { type: 'their-move'; issue: string; party?: string }
  | { type: 'agreement'; issue: string }
  | { type: 'any'; of: Condition[] }
  | { type: 'all'; of: Condition[] };

export type RedLineRule =
  | { type: 'forbid-positions'; positions: string[] }
  | { type: 'numeric-bound'; bound: number; unit: string; direction: Direction }
  | { type: 'participation'; party: string; issues: string[] }
  | { type: 'keep-participation' }
  | { type: 'decision-rule'; forbids: DecisionRule[] };

export const RED_LINE_TYPES = [
  'forbid-positions',
  'numeric-bound',
  'participation',
  'keep-participation',
  'decision-rule',
] as const satisfies readonly RedLineRule['type'][];

export interface RedLine {
  id: string;
  description: string;
  rule: RedLineRule;
}

export interface Linkage {
  id: string;
  description: string;
  positions?: string[];
  condition: Condition;
}

/** One change a directive makes to a mandate. */
export type MandateChange =
  | { op: 'set-ladder'; ladder: Position[]; authority?: string }
  | { op: 'release-next' }
  | { op: 'release-to'; position: string }
  | { op: 'withdraw-authority'; position?: string }
  | { op: 'add-red-line'; redLine: RedLine }
  | { op: 'remove-red-line'; id: string }
  | { op: 'add-linkage'; linkage: Linkage }
  | { op: 'remove-linkage'; id: string };

export type ChangeOp = MandateChange['op'];

export interface MandateAmendment {
  type: 'mandate-amendment';
  conference: string;
  issue: string;
  changes: MandateChange[];
  effectiveAt?: string;
}

export interface MandateView {
  issue: string;
  ladder: Position[];
  /** Index of the highest step the delegation may take alone; -1: none. */
  authority: number;
  ladderFrom: CitedCable | null;
  authorityFrom: CitedCable | null;
  redLines: { clause: RedLine; directive: CitedCable | null }[];
  linkages: { clause: Linkage; directive: CitedCable | null }[];
  directives: CitedCable[];
}

export interface Issue {
  id: string;
  title: string;
  participants?: string[];
  decision: DecisionRule;
}

export interface ConferencePlan {
  ourParty: string;
  principals: string[];
  parties: { id: string; name: string; head?: string }[];
  issues: Issue[];
  sessions: { id: string; date: string; place: string; participants: string[]; agenda: string[] }[];
}

export interface Conference {
  id: string;
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
  plan: ConferencePlan | null;
}

export interface MandatesResponse {
  at: string;
  plan: ConferencePlan;
  mandates: { issue: Issue; mandate: MandateView | null }[];
}

export interface HistoryEntry {
  directive: CitedCable;
  registeredAt: string;
  effectiveAt: string;
  changes: MandateChange[];
}

export interface MandateResponse {
  at: string;
  issue: Issue;
  mandate: MandateView | null;
  history: HistoryEntry[];
}

export interface Move {
  issue: string;
  side: 'ours' | 'theirs';
  type: MoveType;
  party?: string;
  session?: string;
  position?: string;
  value?: number;
  unit?: string;
  participation?: { party: string; issues: string[] }[];
  decisionRule?: DecisionRule;
  summary: string;
}

export interface MovesPayload {
  type: 'moves';
  conference: string;
  moves: Move[];
}

/** A move of a report as its reader sees it: ours carry a verdict. */
export interface ReportedMove {
  idx: number;
  move: Move;
  verdict: Verdict | null;
  /** More than 1: the verdict was re-evaluated after the report. */
  evaluations: number;
}

export interface CheckResponse {
  verdict: Verdict;
  mandate: MandateView | null;
}

export interface ReevaluateResponse {
  changed: { report: CitedCable | null; idx: number; was: Verdict; now: Verdict }[];
}

export interface Alert {
  /** The report's id and the move's place in it: an alert's own key for this reader. */
  id: string;
  report: CitedCable;
  idx: number;
  verdict: VerdictCode;
  /** Index into the directory's precedences: 0 is the most urgent. */
  precedenceRank: number;
  createdAt: string;
  seenAt: string | null;
}

export interface AlertsResponse {
  alerts: Alert[];
  unseen: number;
}

/** The SSE `alert` event: a move outside the mandate in a report the reader may read. */
export interface AlertEvent {
  report: CitedCable;
  idx: number;
  verdict: VerdictCode;
  precedence: string;
  subject: string;
}
