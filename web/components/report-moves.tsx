import { useNavigate } from '@tanstack/react-router';
import type { Move, ReportedMove } from '../api/schema.js';
import { useConferenceNames } from '../hooks/use-conference-names.js';
import { authorityLink } from '../router/links.js';
import type { AuthorityIntent } from '../router/route-search.js';
import { needsAuthority } from '../scenes/authority-draft.js';
import type { Names } from './mandate/describe-mandate.js';
import { VerdictExplanation } from './verdict-explanation.js';

/**
 * Who reads the report, for the authority round trip: a principal may grant
 * or refuse authority on a move beyond it, anyone else may ask for it.
 */
export interface AuthorityReader {
  report: string;
  principal: boolean;
}

/**
 * The moves a report carries, in the order they happened; each of ours with
 * its verdict against the mandate in force, why, and the directive it rests on.
 * A move that needs authority offers the next step of the round trip, once the
 * reader's part in it is known.
 */
export function ReportMoves({
  moves,
  conference,
  authority,
}: {
  moves: readonly ReportedMove[];
  conference: string | null;
  authority?: AuthorityReader | null;
}) {
  const names = useConferenceNames(conference);
  return (
    <section className="report-moves" aria-labelledby="moves-heading">
      <h2 id="moves-heading">Moves reported</h2>
      <ol>
        {moves.map((reported) => {
          const { idx, move, verdict, evaluations } = reported;
          return (
            <li key={idx} className={`move move-${move.side}`} data-testid="reported-move">
              <p className="move-line">
                <span className="move-side">{move.side === 'ours' ? 'Our' : `${theirs(move, names)}`}</span>{' '}
                <strong>{move.type}</strong> on {names.issue(move.issue)}
                {move.session && <span className="muted"> · session {move.session}</span>}
              </p>
              <p className="move-what">{whatWasPut(move, names)}</p>
              <p className="move-summary">{move.summary}</p>
              {verdict ? (
                <VerdictExplanation verdict={verdict} reevaluated={evaluations > 1} />
              ) : (
                move.side === 'ours' && <p className="muted">No verdict yet.</p>
              )}
              {authority && needsAuthority(reported) && <AuthorityActions reader={authority} idx={idx} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function AuthorityActions({ reader, idx }: { reader: AuthorityReader; idx: number }) {
  const navigate = useNavigate();
  const go = (intent: AuthorityIntent) => () => {
    void navigate(authorityLink(intent, { reply: reader.report, move: idx }));
  };
  return (
    <p className="card-actions authority-actions">
      {reader.principal ? (
        <>
          <button type="button" onClick={go('grant-authority')}>
            Grant authority
          </button>{' '}
          <button type="button" className="secondary" onClick={go('refuse-authority')}>
            Refuse
          </button>
        </>
      ) : (
        <button type="button" onClick={go('ask-authority')}>
          Ask for authority
        </button>
      )}
    </p>
  );
}

function theirs(move: Move, names: Names): string {
  return move.party ? `${names.party(move.party)}’s` : 'Their';
}

/** What was put forward, in the terms the move used. */
export function whatWasPut(move: Move, names: Names): string {
  if (move.position) return `Position: ${names.step(move.position)}`;
  if (move.value !== undefined) return `Value: ${move.value}${move.unit ? ` ${move.unit}` : ''}`;
  if (move.participation)
    return `Participation: ${move.participation
      .map(
        (p) =>
          `${names.party(p.party)} in ${p.issues.map((i) => (i === '*' ? 'every item' : names.issue(i))).join(', ')}`,
      )
      .join('; ')}`;
  if (move.decisionRule) return `Decided by ${move.decisionRule}`;
  return move.side === 'ours' ? 'No position named: the opening' : 'No position named';
}
