import type { IssueMap } from '../../api/schema.js';

// Each status has its own mark as well as its word, so it reads in black and white.
const MARKS: Record<IssueMap['status'], string> = { open: '○', agreed: '✓', deadlocked: '✕', deferred: '…' };

/** Where an issue stands: open, agreed, deadlocked or deferred. */
export function StatusBadge({ status }: { status: IssueMap['status'] }) {
  return (
    <span className={`status-badge status-${status}`} data-testid="issue-status" data-status={status}>
      <span aria-hidden="true">{MARKS[status]} </span>
      {status}
    </span>
  );
}
