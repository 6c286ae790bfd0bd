import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ApiError } from '../api/api-error.js';
import { CableTime } from '../components/cable-time.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { RegisterFinal } from '../components/vetting/register-final.js';
import { ReviewForm } from '../components/vetting/review-form.js';
import { ReviewList } from '../components/vetting/review-list.js';
import { SignOffStatus } from '../components/vetting/sign-off-status.js';
import { vettingQuery } from '../components/vetting/vetting-api.js';
import { useSession } from '../hooks/use-session.js';
import { cableLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/**
 * A draft's vetting (issue 14): its text, the reviews as tracked changes with
 * their reasons, each reviewer's sign-off; a reviewer's own review; the
 * author's answers to the edits and the final text's registration.
 */
export function VettingScene({ reference }: { reference: string }) {
  const { index } = useSession();
  const vetting = useQuery(vettingQuery(reference));
  usePageTitle(vetting.data ? `Vetting of ${vetting.data.draft.number}` : 'Vetting');
  if (vetting.isPending) return <main className="muted">Loading…</main>;
  if (vetting.isError) {
    const missing = vetting.error instanceof ApiError && vetting.error.status === 404;
    return (
      <main>
        <PageHeading>{missing ? 'No such draft' : 'The vetting could not be loaded'}</PageHeading>
        <ErrorNote message={missing ? `No draft ${reference} that you may read.` : vetting.error.message} />
      </main>
    );
  }
  const { draft } = vetting.data;
  return (
    <main className="vetting-scene">
      <PageHeading>Vetting: {draft.subject}</PageHeading>
      <p>
        Draft <Link {...cableLink(draft.number)}>{draft.number}</Link> by {index.nameOf(draft.author)},{' '}
        <CableTime at={draft.registeredAt} />
        {vetting.data.joint && ' — a joint text: its reviewers sign it together'}
      </p>
      <blockquote className="draft-text" aria-label="The draft as sent">
        {draft.body}
      </blockquote>
      <SignOffStatus vetting={vetting.data} />
      <ReviewList vetting={vetting.data} />
      {vetting.data.canReview && <ReviewForm vetting={vetting.data} />}
      <RegisterFinal vetting={vetting.data} />
    </main>
  );
}
