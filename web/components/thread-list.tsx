import { Link } from '@tanstack/react-router';
import type { CableSummary } from '../api/schema.js';
import { cableLink } from '../router/links.js';
import { AuthorName } from './author-name.js';
import { CableTime } from './cable-time.js';
import { PrecedenceBadge } from './precedence-badge.js';
import { RegistryNumber } from './registry-number.js';
import { VerdictBadge } from './verdict-badge.js';

/** The cables linked to this one (replies and references), the open one marked. */
export function ThreadList({ thread, currentId }: { thread: readonly CableSummary[]; currentId: string }) {
  return (
    <nav className="thread" aria-label="Thread">
      <h2>Thread</h2>
      {thread.length === 0 ? (
        <p className="muted">No linked cables.</p>
      ) : (
        <ol>
          {thread.map((cable) => (
            <li
              key={cable.id}
              className={cable.id === currentId ? 'current' : cable.read ? 'read' : 'unread'}
            >
              <Link {...cableLink(cable.id)} aria-current={cable.id === currentId ? 'page' : undefined}>
                <RegistryNumber number={cable.number} /> <PrecedenceBadge precedence={cable.precedence} />
                {cable.verdict && <VerdictBadge verdict={cable.verdict} prefix="Worst verdict:" />}
                <span className="thread-subject">{cable.subject}</span>
              </Link>
              <span className="thread-meta">
                <AuthorName cable={cable} /> · <CableTime at={cable.registeredAt} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
