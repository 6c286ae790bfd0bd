import type { ConferencePlan, Session } from '../conference/conference.js';
import { issueOf } from '../conference/conference.js';
import type { Move } from '../mandate/move.js';
import { type DecisionValidity, decidersOf, judgeDecision } from './judge-decision.js';
import { entryInstant, hasBegun } from './record-entry-time.js';
import type { EntryKind, RecordEntry, RecordPayload, RecordSource } from './record-payload.js';

/** One account of a session: a record cable its reader may read. */
export interface RecordAccount {
  cable: string;
  author: string;
  registeredAt: string;
  payload: RecordPayload;
}

/** A move reported in a cable its reader may read, with the session it names. */
export interface ReportedMove {
  cable: string;
  idx: number;
  author: string;
  registeredAt: string;
  move: Move;
}

/** An entry as the session page shows it: from an account, or a move of a report. */
export interface SessionEntry {
  kind: EntryKind;
  party: string;
  issue: string | null;
  speaker: string | null;
  at: string;
  text: string;
  source: RecordSource | 'report';
  cable: string;
  /** Set when the party does not take part in the issue under the plan's procedural rules. */
  outOfRule: string | null;
  decision: (RecordEntry['decision'] & { validity: DecisionValidity }) | null;
}

export interface Attendee {
  party: string;
  people: string[];
  issues: string[];
  /** What the plan's procedural rules say against this attendance; empty when it holds. */
  problems: string[];
}

export const RECORD_FLAGS = ['no-verbatim-record', 'promised-record-missing', 'no-report-from-us'] as const;
export type RecordFlag = (typeof RECORD_FLAGS)[number];

export interface SessionRecord {
  session: Session;
  agenda: string[];
  participants: Attendee[];
  entries: SessionEntry[];
  accounts: { cable: string; source: RecordSource; party: string; title: string | null; entries: number }[];
  flags: { flag: RecordFlag; detail: string }[];
}

/**
 * Composes the record of one session from the accounts and reported moves
 * its reader may read (PRODUCT.md §Record): the agenda, who sat for each
 * party (checked against who may take part in which item), every entry in
 * time order with its source, each decision judged under the conference's
 * rule, and what is missing: no verbatim record, a promised record not
 * delivered, no report from our delegation. Missing things are flagged only
 * once the session has begun.
 */
export function composeSessionRecord(
  plan: ConferencePlan,
  session: Session,
  accounts: readonly RecordAccount[],
  moves: readonly ReportedMove[],
  now: string,
): SessionRecord {
  const agenda = [...new Set([...session.agenda, ...accounts.flatMap((a) => a.payload.agenda)])];
  const outOfRule = (party: string, issue: string | null) =>
    issue && !decidersOf(plan, issue).includes(party) ? `${party} does not take part in ${issue}` : null;
  const fromAccounts = accounts.flatMap((account) =>
    account.payload.entries.map(
      (entry): SessionEntry => ({
        kind: entry.kind,
        party: entry.party,
        issue: entry.issue ?? null,
        speaker: entry.speaker ?? null,
        at: entryInstant(session.date, entry.at, account.registeredAt),
        text: entry.text,
        source: account.payload.source,
        cable: account.cable,
        outOfRule: outOfRule(entry.party, entry.issue ?? null),
        decision: entry.decision
          ? { ...entry.decision, validity: judgeDecision(plan, entry.issue ?? '', entry.decision) }
          : null,
      }),
    ),
  );
  const fromMoves = moves.map(({ cable, registeredAt, move }): SessionEntry => {
    const party = move.side === 'ours' ? plan.ourParty : (move.party ?? 'their side');
    return {
      kind: move.type === 'proposal' || move.type === 'concession' ? 'proposal' : 'statement',
      party,
      issue: move.issue,
      speaker: null,
      at: entryInstant(session.date, undefined, registeredAt),
      text: move.summary,
      source: 'report',
      cable,
      outOfRule: outOfRule(party, move.issue),
      decision: null,
    };
  });
  const entries = [...fromAccounts, ...fromMoves].sort((a, b) => a.at.localeCompare(b.at));
  return {
    session,
    agenda,
    participants: attendeesOf(plan, session, accounts, agenda),
    entries,
    accounts: accounts.map(({ cable, payload }) => ({
      cable,
      source: payload.source,
      party: payload.party,
      title: payload.title ?? null,
      entries: payload.entries.length,
    })),
    flags: hasBegun(session.date, now) ? flagsOf(plan, accounts, moves, now) : [],
  };
}

function attendeesOf(
  plan: ConferencePlan,
  session: Session,
  accounts: readonly RecordAccount[],
  agenda: readonly string[],
): Attendee[] {
  const byParty = new Map<string, Attendee>();
  for (const party of session.participants)
    byParty.set(party, { party, people: [], issues: [...agenda], problems: [] });
  for (const { party, people, issues } of accounts.flatMap((account) => account.payload.participants)) {
    const known = byParty.get(party) ?? { party, people: [], issues: [...agenda], problems: [] };
    known.people = [...new Set([...known.people, ...people])];
    if (issues) known.issues = [...issues];
    byParty.set(party, known);
  }
  for (const attendee of byParty.values()) {
    if (!session.participants.includes(attendee.party))
      attendee.problems.push(`${attendee.party} is not a participant of this session`);
    for (const issue of attendee.issues)
      if (issueOf(plan, issue) && !decidersOf(plan, issue).includes(attendee.party))
        attendee.problems.push(`${attendee.party} does not take part in ${issue}`);
  }
  return [...byParty.values()];
}

function flagsOf(
  plan: ConferencePlan,
  accounts: readonly RecordAccount[],
  moves: readonly ReportedMove[],
  now: string,
): SessionRecord['flags'] {
  const flags: SessionRecord['flags'] = [];
  const sources = accounts.map(({ payload }) => payload);
  if (!sources.some(({ source }) => source === 'verbatim'))
    flags.push({ flag: 'no-verbatim-record', detail: 'no verbatim record of this session' });
  for (const promise of sources.flatMap(({ promised }) => promised)) {
    const delivered = sources.some(
      ({ source, party }) => source === promise.source && party === promise.party,
    );
    if (!delivered && promise.by < now.slice(0, 10))
      flags.push({
        flag: 'promised-record-missing',
        detail: `${promise.party} promised a ${promise.source} record by ${promise.by}; none has come`,
      });
  }
  const ours = new Set(plan.delegation);
  const reported =
    accounts.some(({ author, payload }) => ours.has(author) || payload.source === 'our-note') ||
    moves.some(({ author }) => ours.has(author));
  if (!reported) flags.push({ flag: 'no-report-from-us', detail: 'no report from our delegation' });
  return flags;
}
