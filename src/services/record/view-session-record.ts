import {
  type AlignedAccounts,
  alignAccounts,
  composeSessionRecord,
  notFound,
  type RecordAccount,
  type ReportedMove,
  type SessionRecord,
} from '../../core/index.js';
import type { ReaderScope } from '../mandates/reader-scope.js';

async function sessionSources(scope: ReaderScope, conference: string) {
  const plan = await scope.plan(conference);
  if (!plan) throw notFound('conference plan');
  const [accounts, moves] = await Promise.all([scope.accounts(conference), scope.moves(conference)]);
  const authors = new Map<number, string>();
  for (const seq of new Set(moves.map((move) => move.cableSeq))) {
    const report = await scope.cableAt(seq);
    if (report) authors.set(seq, report.author);
  }
  const reported = (session: string): ReportedMove[] =>
    moves
      .filter(({ move, cableSeq }) => move.session === session && authors.has(cableSeq))
      .map(({ cableId, cableSeq, idx, registeredAt, move }) => ({
        cable: cableId,
        idx,
        author: authors.get(cableSeq)!,
        registeredAt,
        move,
      }));
  const told = (session: string): RecordAccount[] =>
    accounts.filter((account) => account.payload.session === session);
  return { plan, reported, told };
}

/**
 * The record of one session as the scope's reader may know it: only the
 * accounts and reports in cables they may read, composed, flagged for what is
 * missing, and the accounts set side by side.
 */
export async function viewSessionRecord(
  scope: ReaderScope,
  conference: string,
  session: string,
  now: string,
): Promise<{ record: SessionRecord; aligned: AlignedAccounts; numbers: Map<string, string> }> {
  const { plan, reported, told } = await sessionSources(scope, conference);
  const planned = plan.sessions.find((candidate) => candidate.id === session);
  if (!planned) throw notFound(`session '${session}' in ${conference}`);
  const accounts = told(session);
  const record = composeSessionRecord(plan, planned, accounts, reported(session), now);
  const numbers = await scope.numbers(record.entries.map((entry) => entry.cable));
  return { record, aligned: alignAccounts(accounts), numbers };
}

/** Every session of the conference with what its record holds and lacks, as the scope's reader knows it. */
export async function listSessionRecords(scope: ReaderScope, conference: string, now: string) {
  const { plan, reported, told } = await sessionSources(scope, conference);
  return plan.sessions.map((session) => {
    const record = composeSessionRecord(plan, session, told(session.id), reported(session.id), now);
    return {
      session,
      accounts: record.accounts.length,
      entries: record.entries.length,
      flags: record.flags,
    };
  });
}
