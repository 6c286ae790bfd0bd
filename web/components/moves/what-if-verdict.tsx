import type { WhatIf } from '../../hooks/use-what-if.js';
import { VerdictExplanation } from '../verdict-explanation.js';

/** Beside one of our moves before it is sent: the verdict it would get if reported now. */
export function WhatIfVerdict({ whatIf }: { whatIf: WhatIf }) {
  const shown = whatIf.status === 'done' ? whatIf.result : whatIf.status === 'checking' ? whatIf.last : null;
  return (
    <section
      className={`what-if${whatIf.status === 'checking' ? ' checking' : ''}`}
      aria-label="What if this move were reported now"
      aria-live="polite"
      aria-busy={whatIf.status === 'checking'}
      data-testid="what-if"
      data-status={whatIf.status}
    >
      <h3>What if it were reported now</h3>
      {whatIf.status === 'idle' && (
        <p className="muted">Choose the issue to see the verdict this move would get.</p>
      )}
      {whatIf.status === 'failed' && <p className="muted">Cannot check yet: {whatIf.error.message}</p>}
      {shown && <VerdictExplanation verdict={shown.verdict} />}
      {whatIf.status === 'checking' && !shown && <p className="muted">Checking…</p>}
    </section>
  );
}
