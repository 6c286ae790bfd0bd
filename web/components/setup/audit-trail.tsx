import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { setupQueries } from '../../api/setup-queries.js';
import { useSession } from '../../hooks/use-session.js';
import { CableTime } from '../cable-time.js';

/** The audit log's latest changes to the organisation (actions such as `person.create`), each with its entry. */
export function AuditTrail() {
  const audit = useQuery(setupQueries.audit());
  const { index } = useSession();
  const changes = (audit.data ?? []).filter((entry) => entry.action.includes('.'));
  return (
    <section aria-labelledby="audit-trail" className="audit-trail">
      <h2 id="audit-trail">Audit trail</h2>
      {audit.isPending && <p className="muted">Loading…</p>}
      {audit.data && changes.length === 0 && <p className="muted">No changes recorded yet.</p>}
      <ol data-testid="audit-trail">
        {changes.map((entry) => {
          const number = typeof entry.detail.entry === 'string' ? entry.detail.entry : null;
          return (
            <li key={entry.seq}>
              <CableTime at={entry.at} /> {entry.actor ? index.nameOf(entry.actor) : 'the operator'}:{' '}
              <code>{entry.action}</code> {entry.subject}
              {number && (
                <>
                  {' '}
                  (
                  <Link to="/cable/$ref" params={{ ref: number }} className="registry-number">
                    {number}
                  </Link>
                  )
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
