import { type Move, notFound, type Verdict, type VerdictCode, worstOf } from '../../core/index.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';
import { readableNumbers } from './view-mandate.js';

/** The worst current verdict of each report among `seqs`: the inbox badge. Reports without moves of ours are absent. */
export async function worstVerdicts(
  services: Services,
  seqs: readonly number[],
): Promise<Map<number, VerdictCode>> {
  const verdicts = await services.store.mandates.verdictsOf(seqs);
  const codes = new Map<number, VerdictCode[]>();
  for (const stored of verdicts)
    codes.set(stored.cableSeq, [...(codes.get(stored.cableSeq) ?? []), stored.verdict.verdict]);
  return new Map([...codes].map(([seq, list]) => [seq, worstOf(list)!]));
}

export interface MoveWithVerdict {
  idx: number;
  move: Move;
  verdict: Verdict | null;
  evaluations: number;
}

/**
 * The moves a report carries with their current verdicts, for a reader who may
 * read the report, and the registry numbers of the cited cables they may read.
 */
export async function movesOf(services: Services, reader: string, seq: number) {
  const { mandates } = services.store;
  const [moves, current] = await Promise.all([mandates.movesOf(seq), mandates.verdictsOf([seq])]);
  const withVerdicts: MoveWithVerdict[] = [];
  for (const stored of moves) {
    const verdict = current.find((v) => v.idx === stored.idx)?.verdict ?? null;
    const evaluations = verdict ? (await mandates.verdictHistory(seq, stored.idx)).length : 0;
    withVerdicts.push({ idx: stored.idx, move: stored.move, verdict, evaluations });
  }
  const cited = withVerdicts.flatMap(({ verdict }) =>
    verdict ? [...verdict.cites, verdict.directive ?? ''] : [],
  );
  return { moves: withVerdicts, numbers: await readableNumbers(services, reader, cited.filter(Boolean)) };
}

/** Every move reported in a conference, in reports `reader` may read, with current verdicts. */
export async function conferenceMoves(services: Services, reader: string, conference: string) {
  // An unknown conference (a mistyped or hostile id) is a 404, not an empty list.
  if (!(await directorySnapshot(services.store)).conferences.some((c) => c.id === conference)) {
    throw notFound('conference');
  }
  const { mandates } = services.store;
  const all = await mandates.moves(conference);
  const readableSeqs = new Set<number>();
  for (const seq of new Set(all.map((move) => move.cableSeq))) {
    const cable = await services.store.registry.atSeq(seq);
    if (cable?.readers.includes(reader)) readableSeqs.add(seq);
  }
  const visible = all.filter((move) => readableSeqs.has(move.cableSeq));
  const verdicts = await mandates.verdictsOf([...readableSeqs]);
  const moves = [];
  for (const stored of visible) {
    const verdict =
      verdicts.find((v) => v.cableSeq === stored.cableSeq && v.idx === stored.idx)?.verdict ?? null;
    const evaluations = verdict ? (await mandates.verdictHistory(stored.cableSeq, stored.idx)).length : 0;
    moves.push({ ...stored, verdict, evaluations });
  }
  const cited = moves.flatMap(({ verdict, cableId }) => [
    cableId,
    ...(verdict ? [...verdict.cites, verdict.directive ?? ''] : []),
  ]);
  return { moves, numbers: await readableNumbers(services, reader, cited.filter(Boolean)) };
}

/** A person's alerts, newest first, with the registry numbers of the reports (which they may read). */
export async function listAlerts(services: Services, person: string, unseenOnly: boolean) {
  const alerts = await services.store.mandates.alerts(person, { unseenOnly, limit: 200 });
  const unseen = unseenOnly ? alerts.length : alerts.filter((alert) => alert.seenAt === null).length;
  const reports = new Map<number, { id: string; number: string }>();
  for (const seq of new Set(alerts.map((alert) => alert.cableSeq))) {
    const cable = await services.store.registry.atSeq(seq);
    if (cable?.readers.includes(person)) reports.set(seq, { id: cable.id, number: cable.number });
  }
  return {
    alerts: alerts.flatMap((alert) => {
      const report = reports.get(alert.cableSeq);
      return report ? [{ ...alert, report }] : [];
    }),
    unseen,
  };
}
