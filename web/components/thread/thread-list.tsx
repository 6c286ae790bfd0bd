import { Link } from '@tanstack/react-router';
import type { ThreadEntry } from '../../api/schema.js';
import { cableLink } from '../../router/links.js';
import { AuthorName } from '../author-name.js';
import { CableTime } from '../cable-time.js';
import { PrecedenceBadge } from '../precedence-badge.js';
import { RegistryNumber } from '../registry-number.js';
import { VerdictBadge } from '../verdict-badge.js';
import { shapeThread } from './shape-thread.js';

/**
 * The conversation the open cable belongs to, as a tree of replies (the open
 * one marked), and apart from it the cables it cites and is cited by. Each
 * part folds away.
 */
export function ThreadList({ thread, currentId }: { thread: readonly ThreadEntry[]; currentId: string }) {
  const shape = shapeThread(thread, currentId);
  const empty = shape.replies.length + shape.refersTo.length + shape.referredBy.length === 0;
  return (
    <nav className="thread" aria-label="Thread">
      <h2>Thread</h2>
      {empty && <p className="muted">No linked cables.</p>}
      {shape.replies.length > 0 && (
        <details open>
          <summary>Conversation ({shape.replies.length})</summary>
          <ol className="reply-tree">
            {shape.replies.map(({ cable, depth }) => (
              <ThreadItem key={cable.id} cable={cable} currentId={currentId} depth={depth} />
            ))}
          </ol>
        </details>
      )}
      <LinkedCables label="Refers to" cables={shape.refersTo} currentId={currentId} />
      <LinkedCables label="Referred to by" cables={shape.referredBy} currentId={currentId} />
    </nav>
  );
}

function LinkedCables({
  label,
  cables,
  currentId,
}: {
  label: string;
  cables: readonly ThreadEntry[];
  currentId: string;
}) {
  if (cables.length === 0) return null;
  return (
    <details open>
      <summary>
        {label} ({cables.length})
      </summary>
      <ul>
        {cables.map((cable) => (
          <ThreadItem key={cable.id} cable={cable} currentId={currentId} depth={0} />
        ))}
      </ul>
    </details>
  );
}

function ThreadItem({ cable, currentId, depth }: { cable: ThreadEntry; currentId: string; depth: number }) {
  const current = cable.id === currentId;
  return (
    <li
      className={current ? 'current' : cable.read ? 'read' : 'unread'}
      style={depth > 0 ? { marginInlineStart: `${Math.min(depth, 6) * 0.9}rem` } : undefined}
    >
      <Link {...cableLink(cable.id)} aria-current={current ? 'page' : undefined}>
        <RegistryNumber number={cable.number} /> <PrecedenceBadge precedence={cable.precedence} />
        {cable.verdict && <VerdictBadge verdict={cable.verdict} prefix="Worst verdict:" />}
        <span className="thread-subject">{cable.subject}</span>
      </Link>
      <span className="thread-meta">
        <AuthorName cable={cable} /> · <CableTime at={cable.registeredAt} />
      </span>
    </li>
  );
}
