import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Organisation } from '../../api/setup-api.js';
import { setupQueries } from '../../api/setup-queries.js';
import { useSession } from '../../hooks/use-session.js';
import { usePageTitle } from '../../router/use-page-title.js';
import { ErrorNote } from '../error-note.js';
import { PageHeading } from '../page-heading.js';
import { AuditTrail } from './audit-trail.js';

/**
 * A page of the registry clerk's and the secretariat's desk: its heading, the
 * desk's own navigation, the organisation as the chain makes it, and for
 * administrators the audit trail of the latest setup changes.
 */
export function OrganisationPage({
  title,
  children,
}: {
  title: string;
  children: (organisation: Organisation) => ReactNode;
}) {
  usePageTitle(title);
  const { me } = useSession();
  const organisation = useQuery(setupQueries.organisation());
  const isAdmin = me.roles.includes('admin');
  return (
    <main className="organisation-page">
      <PageHeading>{title}</PageHeading>
      <nav aria-label="Organisation" className="tabs organisation-tabs">
        {isAdmin && (
          <>
            <Link className="box-tab" to="/organisation/people">
              People
            </Link>
            <Link className="box-tab" to="/organisation/posts">
              Posts and series
            </Link>
            <Link className="box-tab" to="/organisation/groups">
              Groups
            </Link>
            <Link className="box-tab" to="/organisation/classification">
              Classification
            </Link>
          </>
        )}
        <Link className="box-tab" to="/organisation/conferences">
          Conferences
        </Link>
      </nav>
      {organisation.isPending && <p className="muted">Loading…</p>}
      <ErrorNote message={organisation.error?.message ?? null} />
      {organisation.data && children(organisation.data)}
      {isAdmin && <AuditTrail />}
    </main>
  );
}
