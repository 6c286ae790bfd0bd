import type { Verdict } from '../api/schema.js';
import { CitedCableLink } from './cited-cable-link.js';
import { VerdictBadge } from './verdict-badge.js';

const CLAUSE_NAMES: Record<Verdict['clause']['kind'], string> = {
  'red-line': 'red line',
  linkage: 'linkage',
  authority: 'authority',
  ladder: 'ladder step',
  'no-mandate': 'no mandate',
  ratification: 'ratified after the fact',
};

/**
 * Why a move got its verdict (PRODUCT.md §Non-negotiables: explainable): the
 * sentence, the clause that decided, and the directive it rests on.
 */
export function VerdictExplanation({ verdict, reevaluated }: { verdict: Verdict; reevaluated?: boolean }) {
  const others = verdict.cites.filter((cite) => cite.id !== verdict.directive?.id);
  return (
    <div className="verdict-explanation" data-testid="verdict" data-verdict={verdict.verdict}>
      <p className="verdict-line">
        <VerdictBadge verdict={verdict.verdict} prefix="Verdict:" />
        {reevaluated && <span className="badge reevaluated">re-evaluated</span>}
        <span>{verdict.explanation}</span>
      </p>
      {verdict.original && (
        <p className="verdict-line" data-testid="original-verdict">
          <VerdictBadge verdict={verdict.original.verdict} prefix="Against the mandate:" />
          <span>{verdict.original.explanation}</span>
        </p>
      )}
      <dl className="verdict-basis">
        <div>
          <dt>Clause</dt>
          <dd>
            {CLAUSE_NAMES[verdict.clause.kind]}
            {verdict.clause.id && <code> {verdict.clause.id}</code>}
          </dd>
        </div>
        {verdict.clause.kind !== 'no-mandate' && (
          <div>
            <dt>Rests on</dt>
            <dd>
              <CitedCableLink cable={verdict.directive} />
            </dd>
          </div>
        )}
        {others.length > 0 && (
          <div>
            <dt>Also cites</dt>
            <dd className="cites">
              {others.map((cite) => (
                <CitedCableLink key={cite.id} cable={cite} />
              ))}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
