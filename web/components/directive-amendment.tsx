import { Link } from '@tanstack/react-router';
import type { MandateAmendment } from '../api/schema.js';
import { useConferenceNames } from '../hooks/use-conference-names.js';
import { mandateLink } from '../router/links.js';
import { CableTime } from './cable-time.js';
import { ChangeList } from './mandate/change-list.js';

/** A directive's amendment of a mandate: the issue (linking to its mandate) and the changes in words. */
export function DirectiveAmendment({ amendment }: { amendment: MandateAmendment }) {
  const names = useConferenceNames(amendment.conference);
  return (
    <section className="directive-amendment" aria-labelledby="amendment-heading">
      <h2 id="amendment-heading">
        Amends the mandate on{' '}
        <Link {...mandateLink({ conference: amendment.conference, issue: amendment.issue })}>
          {names.issue(amendment.issue)}
        </Link>
      </h2>
      {amendment.effectiveAt && (
        <p className="muted">
          Takes effect from <CableTime at={amendment.effectiveAt} />
        </p>
      )}
      <ChangeList changes={amendment.changes} names={names} />
    </section>
  );
}
