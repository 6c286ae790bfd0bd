import { Fragment } from 'react';
import type { MandateView } from '../../api/schema.js';
import { CitedCableLink } from '../cited-cable-link.js';
import { describePosition } from './describe-mandate.js';

/**
 * The ladder as steps, opening first. Steps up to the authority the delegation
 * may take alone; the rest need authority. The authority line sits between.
 */
export function MandateLadder({ mandate }: { mandate: MandateView }) {
  const { ladder, authority } = mandate;
  const limit = ladder[authority];
  return (
    <section className="mandate-section" aria-labelledby="ladder-heading">
      <h2 id="ladder-heading">Ladder</h2>
      {ladder.length === 0 ? (
        <p className="muted">No ladder has been set.</p>
      ) : (
        <>
          <p className="muted">
            Drawn by <CitedCableLink cable={mandate.ladderFrom} />
          </p>
          <ol className="ladder" data-testid="ladder">
            {ladder.map((step, i) => {
              const alone = i <= authority;
              return (
                <Fragment key={step.id}>
                  {i === authority + 1 && (
                    <li className="authority-rule" aria-hidden="true">
                      authority line: above it the delegation may move alone
                    </li>
                  )}
                  <li
                    className={`step ${alone ? 'released' : 'held'}`}
                    data-testid="ladder-step"
                    data-step={step.id}
                  >
                    <span className="step-number">{i + 1}</span>
                    <span className="step-label">
                      {describePosition(step)} <code className="muted">{step.id}</code>
                    </span>
                    <span className={`step-status ${alone ? 'released' : 'held'}`}>
                      {alone ? 'may move alone' : 'needs authority'}
                    </span>
                  </li>
                </Fragment>
              );
            })}
          </ol>
          <p className="authority-line" data-testid="authority-line">
            <strong>Authority:</strong>{' '}
            {limit
              ? `the delegation may move alone up to step ${authority + 1}, ‘${limit.label}’`
              : 'the delegation may not move alone at all, not even to the opening'}
            {' — '}
            <CitedCableLink cable={mandate.authorityFrom} />
          </p>
        </>
      )}
    </section>
  );
}
