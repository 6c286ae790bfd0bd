import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { ApiError } from '../api/api-error.js';
import { cableOpened } from '../api/live-cache.js';
import { queries } from '../api/queries.js';
import type { CableView, MandateAmendment } from '../api/schema.js';
import { AcknowledgeButton, AcknowledgementTable } from '../components/acknowledgements.js';
import { AddresseeList } from '../components/addressee-list.js';
import { ArchiveDownloads } from '../components/archive-downloads.js';
import { AuthorName } from '../components/author-name.js';
import { CableBody } from '../components/cable-body.js';
import { CableLinks } from '../components/cable-links.js';
import { CableTime } from '../components/cable-time.js';
import { CaptionBadges } from '../components/caption-badges.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import { DirectiveAmendment } from '../components/directive-amendment.js';
import { ErrorNote } from '../components/error-note.js';
import { describeHandlingTarget } from '../components/handling-target.js';
import { PageHeading } from '../components/page-heading.js';
import { PrecedenceBadge } from '../components/precedence-badge.js';
import { RegistryDetails } from '../components/registry-details.js';
import { RegistryNumber } from '../components/registry-number.js';
import { ReportMoves } from '../components/report-moves.js';
import { ThreadList } from '../components/thread/thread-list.js';
import { VerdictBadge } from '../components/verdict-badge.js';
import { useConferences } from '../hooks/use-conferences.js';
import { useSession } from '../hooks/use-session.js';
import { authorityLink, composeLink, vettingLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';
import { isPrincipal, reportConference } from './authority-draft.js';

/**
 * One cable in full, with its thread; a report with its moves and their
 * verdicts, a directive with its amendment. Opening it marks it read, and its
 * alerts seen (server side).
 */
export function CableScene({ cableRef }: { cableRef: string }) {
  const { alerts, me } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const state = useQuery(queries.cable(cableRef));
  const conferences = useConferences();
  const { opened } = alerts;
  const openedId = state.data?.cable.id ?? null;
  usePageTitle(state.data?.cable.number ?? (state.isError ? 'No such cable' : null));

  useEffect(() => {
    if (!openedId) return;
    cableOpened(client, openedId);
    opened(openedId);
  }, [openedId, client, opened]);

  if (state.isPending) return <main className="muted">Loading…</main>;
  if (state.isError) {
    // A cable the reader may not read looks exactly like one that does not exist (STYLE.md §Errors).
    const notFound = state.error instanceof ApiError && state.error.status === 404;
    return (
      <main>
        <PageHeading>{notFound ? 'No such cable' : 'The cable could not be loaded'}</PageHeading>
        <ErrorNote message={notFound ? `No cable ${cableRef} that you may read.` : state.error.message} />
        <BackButton />
      </main>
    );
  }
  const { cable, thread } = state.data;
  const conference = reportConference(cable);
  // The reader's part in the authority round trip, once the conference's principals are known.
  const principal = conferences.data
    ? isPrincipal(conferences.data.find((c) => c.id === conference)?.plan, me.id)
    : null;
  // A query about a report whose moves need authority: the principal may answer it.
  const asked =
    principal && cable.kind === 'query' && cable.inReplyTo
      ? thread.find(
          (c) =>
            c.id === cable.inReplyTo?.id &&
            (c.verdict === 'NEEDS_AUTHORITY' || c.verdict === 'LINKAGE_UNMET'),
        )
      : undefined;
  const answer = (intent: 'grant-authority' | 'refuse-authority') => () => {
    if (asked) void navigate(authorityLink(intent, { reply: cable.id, about: asked.id }));
  };
  const vetted = vettingOf(cable);
  return (
    <main className="cable-page">
      <article className="cable" aria-labelledby="cable-subject" data-testid="cable">
        <ClassificationBanner classification={cable.classification} />
        <CableHead cable={cable} />
        <CableEnvelope cable={cable} />
        <CableBody cable={cable} />
        {cable.moves && cable.moves.length > 0 && (
          <ReportMoves
            moves={cable.moves}
            conference={conference}
            authority={principal === null ? null : { report: cable.id, principal }}
          />
        )}
        {cable.payload?.type === 'mandate-amendment' && (
          <DirectiveAmendment amendment={cable.payload as MandateAmendment} />
        )}
        {vetted && (
          <p>
            <Link {...vettingLink(vetted)}>The draft's vetting: tracked changes and sign-off</Link>
          </p>
        )}
        <AcknowledgeButton cable={cable} />
        <div className="actions">
          <button type="button" onClick={() => void navigate(composeLink(cable.id))}>
            Reply
          </button>
          {asked && (
            <>
              <button type="button" onClick={answer('grant-authority')}>
                Grant authority
              </button>
              <button type="button" className="secondary" onClick={answer('refuse-authority')}>
                Refuse
              </button>
            </>
          )}
          <BackButton />
        </div>
        <AcknowledgementTable cable={cable} />
        <ArchiveDownloads query={{ cable: cable.number }} what="this cable" />
        <ArchiveDownloads query={{ thread: cable.number }} what="the thread" />
        <RegistryDetails cable={cable} />
        <ClassificationBanner classification={cable.classification} />
      </article>
      <aside>
        <ThreadList thread={thread} currentId={cable.id} />
      </aside>
    </main>
  );
}

/** The draft whose vetting a cable is part of: a draft sent for vetting, a review, the answers, the final text. */
function vettingOf(cable: CableView): string | null {
  const payload = cable.payload as { type?: string; draft?: unknown } | null | undefined;
  if (payload?.type === 'vetting') return cable.id;
  const steps = ['review', 'edit-answers', 'vetted'];
  return steps.includes(payload?.type ?? '') && typeof payload?.draft === 'string' ? payload.draft : null;
}

function CableHead({ cable }: { cable: CableView }) {
  return (
    <header className="cable-head">
      <p className="cable-line">
        <RegistryNumber number={cable.number} />
        <PrecedenceBadge precedence={cable.precedence} />
        <span className="muted">handle {describeHandlingTarget(cable.handlingTargetMinutes)}</span>
        <CaptionBadges captions={cable.captions} />
        <span className="kind">{cable.kind}</span>
        {cable.verdict && <VerdictBadge verdict={cable.verdict} prefix="Worst verdict:" />}
      </p>
      <PageHeading id="cable-subject">{cable.subject}</PageHeading>
    </header>
  );
}

function CableEnvelope({ cable }: { cable: CableView }) {
  const { directory } = useSession();
  const conference = directory.conferences.find((c) => c.id === cable.conference);
  return (
    <dl className="envelope">
      <Entry term="From">
        <AuthorName cable={cable} />
      </Entry>
      <Entry term="Registered">
        <CableTime at={cable.registeredAt} />
      </Entry>
      <Entry term="To">
        <AddresseeList ids={cable.to} />
      </Entry>
      {cable.info.length > 0 && (
        <Entry term="Info">
          <AddresseeList ids={cable.info} />
        </Entry>
      )}
      {cable.exclude.length > 0 && (
        <Entry term="Not to">
          <AddresseeList ids={cable.exclude} />
        </Entry>
      )}
      {cable.via && (
        <Entry term="Via">
          <AddresseeList ids={[cable.via]} />
        </Entry>
      )}
      <Entry term="Classification">{cable.classification}</Entry>
      {cable.issues.length > 0 && <Entry term="Issues">{cable.issues.join(', ')}</Entry>}
      {cable.conference && (
        <Entry term="Conference">
          {conference ? `${conference.name}, ${conference.place}` : cable.conference}
        </Entry>
      )}
      {cable.inReplyTo && (
        <Entry term="In reply to">
          <CableLinks links={[cable.inReplyTo]} />
        </Entry>
      )}
      {cable.refs.length > 0 && (
        <Entry term="Refs">
          <CableLinks links={cable.refs} />
        </Entry>
      )}
    </dl>
  );
}

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="entry">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function BackButton() {
  const router = useRouter();
  const back = () => {
    if (router.history.canGoBack()) router.history.back();
    else void router.navigate({ to: '/inbox' });
  };
  return (
    <button type="button" className="secondary" onClick={back}>
      Back
    </button>
  );
}
