import type { VerdictCode } from '../api/schema.js';

const MEANING: Record<VerdictCode, string> = {
  WITHIN: 'within the mandate',
  NEEDS_AUTHORITY: 'beyond the authority given: needs authority',
  LINKAGE_UNMET: 'held back by a linkage whose condition is not met',
  RED_LINE: 'crosses a red line',
  UNMANDATED: 'no mandate on this issue',
};

/**
 * A verdict on moves against the mandate: WITHIN green, NEEDS_AUTHORITY amber,
 * LINKAGE_UNMET purple, RED_LINE red, UNMANDATED grey (styles.css). The words
 * say it too, so the colour is never the only sign.
 */
export function VerdictBadge({ verdict, prefix }: { verdict: VerdictCode; prefix?: string }) {
  return (
    <span
      className={`badge verdict verdict-${verdict.toLowerCase().replaceAll('_', '-')}`}
      data-verdict={verdict}
      title={MEANING[verdict]}
    >
      {prefix && <span className="visually-hidden">{prefix} </span>}
      {verdict.replaceAll('_', ' ')}
    </span>
  );
}
