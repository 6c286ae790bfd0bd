/**
 * Domain factories for the mandate core's unit tests: the London 1945
 * conference as plenipo holds it, ladder steps, red lines, linkages, the
 * changes a directive makes, directive records and moves at the table. Each
 * gives a valid thing with only the detail a test is about written out
 * (`ourMove({ issue: 'tripolitania', position: 'warship-calls' })`).
 */
import type { ConferencePlan, Issue, Party } from '../conference/conference.js';
import { applyAmendment, type MandateAmendment, type MandateChange } from '../mandate/amendment.js';
import {
  type Condition,
  emptyMandate,
  type Linkage,
  type Mandate,
  type NumericPosition,
  type Position,
  type RedLine,
  type RedLineRule,
} from '../mandate/mandate.js';
import type { Move, RecordedMove } from '../mandate/move.js';
import type { DirectiveRecord } from '../mandate/project-mandate.js';

export const LONDON_CONFERENCE = 'london-1945';

/** The peace treaties the London session was to prepare, in the order of Potsdam. */
export const EUROPEAN_TREATIES = [
  'italy-treaty',
  'rumania-treaty',
  'bulgaria-treaty',
  'hungary-treaty',
  'finland-treaty',
] as const;

export function anIssue(id: string, title: string, overrides: Partial<Issue> = {}): Issue {
  return { id, title, decision: 'unanimity', ...overrides };
}

const LONDON_PARTIES: Party[] = [
  { id: 'ussr', name: 'Union of Soviet Socialist Republics', head: 'Molotov' },
  { id: 'us', name: 'United States', head: 'Byrnes' },
  { id: 'uk', name: 'United Kingdom', head: 'Bevin' },
  { id: 'france', name: 'France', head: 'Bidault' },
  { id: 'china', name: 'China' },
];

/**
 * The Council of Foreign Ministers in London, September 1945. The treaties
 * carry the Potsdam formula as procedural rules: only the signatories of the
 * armistice with a state take part in its treaty (France: Italy only; China: none).
 */
export const LONDON_1945: ConferencePlan = {
  ourParty: 'ussr',
  principals: ['stalin'],
  delegation: ['molotov'],
  parties: LONDON_PARTIES,
  issues: [
    anIssue('italy-treaty', 'Peace treaty with Italy', { participants: ['ussr', 'us', 'uk', 'france'] }),
    anIssue('rumania-treaty', 'Peace treaty with Rumania', { participants: ['ussr', 'us', 'uk'] }),
    anIssue('bulgaria-treaty', 'Peace treaty with Bulgaria', { participants: ['ussr', 'us', 'uk'] }),
    anIssue('hungary-treaty', 'Peace treaty with Hungary', { participants: ['ussr', 'us', 'uk'] }),
    anIssue('finland-treaty', 'Peace treaty with Finland', { participants: ['ussr', 'uk'] }),
    anIssue('procedure-france-china', 'Participation of France and China'),
    anIssue('rumania', 'Recognition of the Rumanian government'),
    anIssue('tripolitania', 'Trusteeship of Tripolitania'),
    anIssue('germany-demilitarization', 'Four-power treaty demilitarising Germany'),
    anIssue('japan-pact', 'Pact against a renewed Japanese aggression'),
    anIssue('japan-control-council', 'Allied Control Council for Japan'),
    anIssue('balkans', 'Governments of the Balkan states'),
    anIssue('peace-conference', 'Convening a peace conference'),
    anIssue('austria-currency', 'Currency of Austria'),
  ],
  sessions: [
    {
      id: 'cfm-1',
      date: '1945-09-11',
      place: 'Lancaster House, London',
      participants: ['ussr', 'us', 'uk', 'france', 'china'],
      agenda: ['procedure-france-china'],
    },
  ],
};

/** A categorical step of a ladder; the label is the id in words unless given. */
export function aStep(id: string, label: string = id.replaceAll('-', ' ')): Position {
  return { id, label };
}

/** A numeric step: by default "10 to 12 billion dollars, more is better". */
export function aNumericStep(
  id: string,
  overrides: Partial<Omit<NumericPosition, 'id'>> = {},
): NumericPosition {
  return {
    id,
    label: id.replaceAll('-', ' '),
    min: 10,
    max: 12,
    unit: 'billion-usd',
    direction: 'more-is-better',
    ...overrides,
  };
}

export function aRedLine(
  id: string,
  rule: RedLineRule,
  description = `never ${id.replaceAll('-', ' ')}`,
): RedLine {
  return { id, description, rule };
}

/** A linkage; with no `positions` it holds back every move but a rejection. */
export function aLinkage(
  id: string,
  condition: Condition,
  overrides: Partial<Omit<Linkage, 'id' | 'condition'>> = {},
): Linkage {
  return { id, description: `only if ${id.replaceAll('-', ' ')}`, condition, ...overrides };
}

/** The other side (or `party`) concedes, accepts or agrees on `issue`. */
export function theyMoveOn(issue: string, party?: string): Condition {
  return party === undefined ? { type: 'their-move', issue } : { type: 'their-move', issue, party };
}

export function agreementOn(issue: string): Condition {
  return { type: 'agreement', issue };
}

export function anyOf(...of: Condition[]): Condition {
  return { type: 'any', of };
}

export function allOf(...of: Condition[]): Condition {
  return { type: 'all', of };
}

// The changes a directive makes, as the principal would write them.
export function setLadder(ladder: Position[], authority?: string): MandateChange {
  return authority === undefined ? { op: 'set-ladder', ladder } : { op: 'set-ladder', ladder, authority };
}
export const releaseNext = (): MandateChange => ({ op: 'release-next' });
export const releaseTo = (position: string): MandateChange => ({ op: 'release-to', position });
export function withdrawAuthority(position?: string): MandateChange {
  return position === undefined ? { op: 'withdraw-authority' } : { op: 'withdraw-authority', position };
}
export const addRedLine = (redLine: RedLine): MandateChange => ({ op: 'add-red-line', redLine });
export const removeRedLine = (id: string): MandateChange => ({ op: 'remove-red-line', id });
export const addLinkage = (linkage: Linkage): MandateChange => ({ op: 'add-linkage', linkage });
export const removeLinkage = (id: string): MandateChange => ({ op: 'remove-linkage', id });

export function anAmendment(
  issue: string,
  changes: MandateChange[],
  overrides: Partial<MandateAmendment> = {},
): MandateAmendment {
  return { type: 'mandate-amendment', conference: LONDON_CONFERENCE, issue, changes, ...overrides };
}

/** A directive cable's amendment as the registry holds it, registered at `registeredAt`. */
export function aDirective(
  cable: string,
  registeredAt: string,
  issue: string,
  changes: MandateChange[],
  overrides: Partial<MandateAmendment> = {},
): DirectiveRecord {
  return { cable, registeredAt, amendment: anAmendment(issue, changes, overrides) };
}

/**
 * The mandate on `issue` after one directive per list of changes, the cables
 * named `dir-1`, `dir-2`, … in order.
 */
export function aMandate(issue: string, ...directives: MandateChange[][]): Mandate {
  return directives.reduce(
    (mandate, changes, index) => applyAmendment(mandate, anAmendment(issue, changes), `dir-${index + 1}`),
    emptyMandate(issue),
  );
}

/** A move of our delegation: by default a proposal of the opening on Tripolitania. */
export function ourMove(overrides: Partial<Move> = {}): Move {
  return {
    issue: 'tripolitania',
    side: 'ours',
    type: 'proposal',
    summary: 'Molotov puts forward the Soviet position',
    ...overrides,
  };
}

/** A move of the other side: by default an American concession. */
export function theirMove(overrides: Partial<Move> = {}): Move {
  return {
    issue: 'balkans',
    side: 'theirs',
    party: 'us',
    type: 'concession',
    summary: 'Byrnes gives way',
    ...overrides,
  };
}

/** A move on record, reported in `cable`. */
export function onRecord(cable: string, move: Move): RecordedMove {
  return { cable, move };
}
