import type { MandateChange } from '../../api/schema.js';
import { describeChange, describePosition, type Names } from './describe-mandate.js';

/** The changes a directive makes to a mandate, in words; a new ladder lists its steps. */
export function ChangeList({ changes, names }: { changes: readonly MandateChange[]; names: Names }) {
  return (
    <ol className="change-list">
      {changes.map((change, i) => (
        // Changes are positional: a directive's changes never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>
          {describeChange(change, names)}
          {change.op === 'set-ladder' && (
            <ol className="ladder-inline">
              {change.ladder.map((step) => (
                <li key={step.id}>{describePosition(step)}</li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
