import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { CableSummary } from '../api/schema.js';
import { cableLink } from '../router/links.js';
import { AuthorName } from './author-name.js';
import { CableTime } from './cable-time.js';
import { CaptionBadges } from './caption-badges.js';
import { ClassificationLabel } from './classification-banner.js';
import { PrecedenceBadge } from './precedence-badge.js';
import { RegistryNumber } from './registry-number.js';
import { VerdictBadge } from './verdict-badge.js';

interface CableTableProps<T extends CableSummary> {
  cables: readonly T[];
  caption: string;
  /** Ids of cables that just arrived live: highlighted briefly. */
  fresh?: ReadonlySet<string>;
  /** Extra content under a row's subject, e.g. a search snippet. */
  detail?: (cable: T) => ReactNode;
  /** An issue's title for its id; the id itself when none is known. */
  issueTitle?: (id: string) => string;
  /** The row shown in the preview, if any. */
  selectedId?: string | null;
  /** A row's subject link took the focus (by click, Tab or j/k): its cable is the one selected. */
  onSelect?: (cable: T) => void;
}

/**
 * A list of cables, two dense lines a row: who and what on the first, the
 * registry number, kind, verdict and handling on the second. Only unread rows
 * are bold; a name or subject too long for its column ends in an ellipsis and
 * is whole in its title.
 */
export function CableTable<T extends CableSummary>({
  cables,
  caption,
  fresh,
  detail,
  issueTitle = (id) => id,
  selectedId,
  onSelect,
}: CableTableProps<T>) {
  return (
    <table className="cable-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Precedence</th>
          <th scope="col">From</th>
          <th scope="col">Subject</th>
          <th scope="col">Issues</th>
          <th scope="col">Registered</th>
        </tr>
      </thead>
      <tbody>
        {cables.map((cable) => (
          <tr
            key={cable.id}
            data-testid="cable-row"
            data-cable-id={cable.id}
            aria-selected={onSelect ? cable.id === selectedId : undefined}
            className={[
              cable.read ? 'read' : 'unread',
              fresh?.has(cable.id) ? 'fresh' : '',
              cable.id === selectedId ? 'selected' : '',
            ].join(' ')}
          >
            <td className="precedence-cell">
              <PrecedenceBadge precedence={cable.precedence} />
            </td>
            <td className="from-cell" title={cable.author.name}>
              <AuthorName cable={cable} />
            </td>
            <td className="subject-cell">
              <Link
                {...cableLink(cable.id)}
                className="subject"
                title={cable.subject}
                onFocus={onSelect ? () => onSelect(cable) : undefined}
              >
                {cable.subject}
              </Link>
              {!cable.read && <span className="visually-hidden"> (unread)</span>}
              <span className="row-meta">
                <RegistryNumber number={cable.number} /> <span className="kind">{cable.kind}</span>
                {cable.verdict && <VerdictBadge verdict={cable.verdict} prefix="Worst verdict:" />}
                <ClassificationLabel classification={cable.classification} />
                <CaptionBadges captions={cable.captions} />
              </span>
              {detail?.(cable)}
            </td>
            <td className="issues-cell">
              {cable.issues.length > 0 && (
                <ul className="issue-tags">
                  {cable.issues.map((issue) => (
                    <li key={issue}>{issueTitle(issue)}</li>
                  ))}
                </ul>
              )}
            </td>
            <td className="time-cell">
              <CableTime at={cable.registeredAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
