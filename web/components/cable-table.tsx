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
}

/** A list of cables, one row each; unread rows in bold. */
export function CableTable<T extends CableSummary>({ cables, caption, fresh, detail }: CableTableProps<T>) {
  return (
    <table className="cable-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Precedence</th>
          <th scope="col">Handling</th>
          <th scope="col">From</th>
          <th scope="col">Subject</th>
          <th scope="col">Registered</th>
        </tr>
      </thead>
      <tbody>
        {cables.map((cable) => (
          <tr
            key={cable.id}
            data-testid="cable-row"
            data-cable-id={cable.id}
            className={[cable.read ? 'read' : 'unread', fresh?.has(cable.id) ? 'fresh' : ''].join(' ')}
          >
            <td>
              <RegistryNumber number={cable.number} />
            </td>
            <td>
              <PrecedenceBadge precedence={cable.precedence} />
            </td>
            <td className="badges">
              <ClassificationLabel classification={cable.classification} />
              <CaptionBadges captions={cable.captions} />
            </td>
            <td>
              <AuthorName cable={cable} />
            </td>
            <td className="subject-cell">
              <span className="kind">{cable.kind}</span>{' '}
              {cable.verdict && (
                <>
                  <VerdictBadge verdict={cable.verdict} prefix="Worst verdict:" />{' '}
                </>
              )}
              <Link {...cableLink(cable.id)} className="subject">
                {cable.subject}
              </Link>
              {!cable.read && <span className="visually-hidden"> (unread)</span>}
              {detail?.(cable)}
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
