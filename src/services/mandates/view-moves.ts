import {
  type Cable,
  type Move,
  notFound,
  type Verdict,
  type VerdictCode,
  worstOf,
} from '../../core/index.js';
import type { StoredMove } from '../../store/store.js';
import { horizonOf, isSameVerdict, judgeReport, type Knowledge, knowledgeOf } from './judge-in-scope.js';
import type { Evaluation, ReaderScope } from './reader-scope.js';

export interface MoveWithVerdict {
  idx: number;
  move: Move;
  /** Null for a move of theirs: only ours get a verdict. */
  verdict: Verdict | null;
  /** 1, or more when a re-evaluation changed the verdict as this reader sees it. */
  evaluations: number;
}

/**
 * The moves of readable reports with their verdicts as the scope's reader
 * sees them: against the directives they may read, up to the directives the
 * report's current evaluation considered, with the moves in reports they may
 * read as the record. Reports are cables the reader may read; any other is left out.
 */
export async function movesWithVerdicts(
  scope: ReaderScope,
  reports: readonly Cable[],
  history = false,
): Promise<Map<number, MoveWithVerdict[]>> {
  const viewed = new Map<number, MoveWithVerdict[]>();
  const byConference = new Map<string, Cable[]>();
  for (const cable of reports) {
    const conference = (cable.payload as { conference?: string } | null)?.conference;
    if (cable.payload?.type !== 'moves' || !conference) continue;
    byConference.set(conference, [...(byConference.get(conference) ?? []), cable]);
  }
  for (const [conference, cables] of byConference) {
    const knowledge = await knowledgeOf(scope, conference);
    if (!knowledge) continue;
    const seqs = cables.map((cable) => cable.seq);
    const evaluations = await scope.evaluationsOf(seqs, history);
    for (const seq of seqs) viewed.set(seq, viewOfReport(knowledge, seq, evaluations));
  }
  return viewed;
}

function viewOfReport(knowledge: Knowledge, seq: number, evaluations: readonly Evaluation[]) {
  const moves = knowledge.moves.filter((stored) => stored.cableSeq === seq);
  const ofMove = (idx: number) =>
    evaluations.filter((evaluation) => evaluation.cableSeq === seq && evaluation.idx === idx);
  return moves.map(({ idx, move }): MoveWithVerdict => {
    if (move.side !== 'ours') return { idx, move, verdict: null, evaluations: 0 };
    const given = ofMove(idx);
    const horizons =
      given.length > 0 ? given : [{ cableSeq: seq, reason: 'reported' as const, evaluatedAt: '' }];
    const seen = horizons.map(
      (evaluation) =>
        judgeReport(knowledge, seq, horizonOf(evaluation)).find((judged) => judged.idx === idx)!.verdict,
    );
    const changes = seen.filter((verdict, i) => i > 0 && !isSameVerdict(seen[i - 1]!, verdict)).length;
    return { idx, move, verdict: seen[seen.length - 1]!, evaluations: 1 + changes };
  });
}

/** The worst verdict of each report among `reports` as the scope's reader sees it: the inbox badge. */
export async function worstVerdicts(
  scope: ReaderScope,
  reports: readonly Cable[],
): Promise<Map<number, VerdictCode>> {
  const worst = new Map<number, VerdictCode>();
  for (const [seq, moves] of await movesWithVerdicts(scope, reports)) {
    const code = worstOf(moves.flatMap(({ verdict }) => (verdict ? [verdict.verdict] : [])));
    if (code) worst.set(seq, code);
  }
  return worst;
}

/** Every id a verdict cites or rests on. */
export function citedBy(verdicts: readonly (Verdict | null)[]): string[] {
  return verdicts.flatMap((verdict) =>
    verdict ? [...verdict.cites, ...(verdict.directive ? [verdict.directive] : [])] : [],
  );
}

/**
 * The moves a report carries with their verdicts as the scope's reader sees
 * them, and the registry numbers of the cited cables (all of which they may read).
 */
export async function movesOf(scope: ReaderScope, report: Cable) {
  const moves = (await movesWithVerdicts(scope, [report], true)).get(report.seq) ?? [];
  return { moves, numbers: await scope.numbers(citedBy(moves.map(({ verdict }) => verdict))) };
}

/** Every move reported in a conference, in reports the scope's reader may read, with their verdicts. */
export async function conferenceMoves(
  scope: ReaderScope,
  conference: string,
  conferences: readonly string[],
) {
  // An unknown conference (a mistyped or hostile id) is a 404, not an empty list.
  if (!conferences.includes(conference)) throw notFound('conference');
  const stored = await scope.moves(conference);
  const reports: Cable[] = [];
  for (const seq of new Set(stored.map((move) => move.cableSeq))) {
    const cable = await scope.cableAt(seq);
    if (cable) reports.push(cable);
  }
  const viewed = await movesWithVerdicts(scope, reports, true);
  const moves = stored.map((move: StoredMove) => {
    const seen = viewed.get(move.cableSeq)?.find((entry) => entry.idx === move.idx);
    return { ...move, verdict: seen?.verdict ?? null, evaluations: seen?.evaluations ?? 0 };
  });
  const cited = [...reports.map((cable) => cable.id), ...citedBy(moves.map(({ verdict }) => verdict))];
  return { moves, numbers: await scope.numbers(cited) };
}
