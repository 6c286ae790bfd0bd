import { useState } from 'react';
import { api } from '../../api/api.js';
import type { ReevaluateResponse } from '../../api/schema.js';
import { CitedCableLink } from '../cited-cable-link.js';
import { ErrorNote } from '../error-note.js';
import { VerdictBadge } from '../verdict-badge.js';

/**
 * For a principal: re-evaluate every verdict of the conference against all
 * directives known now (corrections that take effect in the past included),
 * and show what changed. Nothing changes silently.
 */
export function ReevaluateButton({ conference }: { conference: string }) {
  const [result, setResult] = useState<ReevaluateResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.reevaluate(conference));
    } catch (caught) {
      setError((caught as Error).message);
    }
    setBusy(false);
  }
  return (
    <div className="reevaluate" aria-live="polite">
      <button type="button" className="secondary" onClick={run} disabled={busy}>
        {busy ? 'Re-evaluating…' : 'Re-evaluate verdicts'}
      </button>
      <ErrorNote message={error} />
      {result &&
        (result.changed.length === 0 ? (
          <p className="muted">No verdict changed.</p>
        ) : (
          <ul className="reevaluated">
            {result.changed.map((change) => (
              <li key={`${change.report?.id}-${change.idx}`}>
                <CitedCableLink cable={change.report} /> move {change.idx + 1}:{' '}
                <VerdictBadge verdict={change.was.verdict} /> → <VerdictBadge verdict={change.now.verdict} />
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
