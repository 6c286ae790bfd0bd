import type { MandateView } from '../../api/schema.js';
import { CitedCableLink } from '../cited-cable-link.js';
import { describeLinkage, describeRule, type Names } from './describe-mandate.js';

/** Red lines and linkages, each with what it says in words and the directive it comes from. */
export function MandateClauses({ mandate, names }: { mandate: MandateView; names: Names }) {
  return (
    <>
      <section className="mandate-section" aria-labelledby="red-lines-heading">
        <h2 id="red-lines-heading">Red lines</h2>
        {mandate.redLines.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="clauses">
            {mandate.redLines.map(({ clause, directive }) => (
              <li key={clause.id} className="clause red-line" data-testid="red-line">
                <p>
                  <strong>{clause.description}</strong> <code className="muted">{clause.id}</code>
                </p>
                <p className="muted">
                  {describeRule(clause.rule, names)} — <CitedCableLink cable={directive} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="mandate-section" aria-labelledby="linkages-heading">
        <h2 id="linkages-heading">Linkages</h2>
        {mandate.linkages.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="clauses">
            {mandate.linkages.map(({ clause, directive }) => (
              <li key={clause.id} className="clause linkage" data-testid="linkage">
                <p>
                  <strong>{clause.description}</strong> <code className="muted">{clause.id}</code>
                </p>
                <p className="muted">
                  {describeLinkage(clause, names)} — <CitedCableLink cable={directive} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
