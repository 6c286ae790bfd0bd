import { type ReactNode, useEffect } from 'react';
import { api } from '../api/api.js';
import { ApiError } from '../api/api-error.js';
import type { CableView, MandateAmendment } from '../api/schema.js';
import { AddresseeList } from '../components/addressee-list.js';
import { AuthorName } from '../components/author-name.js';
import { CableBody } from '../components/cable-body.js';
import { CableLinks } from '../components/cable-links.js';
import { CableTime } from '../components/cable-time.js';
import { CaptionBadges } from '../components/caption-badges.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import { DirectiveAmendment } from '../components/directive-amendment.js';
import { ErrorNote } from '../components/error-note.js';
import { describeHandlingTarget } from '../components/handling-target.js';
import { PrecedenceBadge } from '../components/precedence-badge.js';
import { RegistryDetails } from '../components/registry-details.js';
import { RegistryNumber } from '../components/registry-number.js';
import { ReportMoves } from '../components/report-moves.js';
import { ThreadList } from '../components/thread-list.js';
import { VerdictBadge } from '../components/verdict-badge.js';
import { authorityHref } from '../hooks/parse-route.js';
import { useAsync } from '../hooks/use-async.js';
import { useConferences } from '../hooks/use-conferences.js';
import { useSession } from '../hooks/use-session.js';
import { isPrincipal, reportConference } from './authority-draft.js';

/**
 * One cable in full, with its thread; a report with its moves and their
 * verdicts, a directive with its amendment. Opening it marks it read, and its
 * alerts seen (server side).
 */
export function CableScene({ cableRef }: { cableRef: string }) {
  const { refreshUnread, alerts, me } = useSession();
  const state = useAsync(() => api.cable(cableRef), [cableRef]);
  const conferences = useConferences();
  const { refresh: refreshAlerts, opened } = alerts;
  const openedId = state.status === 'done' ? state.value.cable.id : null;

  useEffect(() => {
    if (!openedId) return;
    refreshUnread();
    refreshAlerts();
    opened(openedId);
  }, [openedId, refreshUnread, refreshAlerts, opened]);

  if (state.status === 'loading') return <main className="muted">Loading…</main>;
  if (state.status === 'failed') {
    // A cable the reader may not read looks exactly like one that does not exist (STYLE.md §Errors).
    const notFound = state.error instanceof ApiError && state.error.status === 404;
    return (
      <main>
        <ErrorNote message={notFound ? `No cable ${cableRef} that you may read.` : state.error.message} />
        <BackButton />
      </main>
    );
  }
  const { cable, thread } = state.value;
  const conference = reportConference(cable);
  // The reader's part in the authority round trip, once the conference's principals are known.
  const principal =
    conferences.status === 'done'
      ? isPrincipal(conferences.value.find((c) => c.id === conference)?.plan, me.id)
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
    if (asked) window.location.hash = authorityHref(intent, { reply: cable.id, about: asked.id });
  };
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
          <DirectiveAmendment amendment={cable.payload as unknown as MandateAmendment} />
        )}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              window.location.hash = `#/compose?reply=${encodeURIComponent(cable.id)}`;
            }}
          >
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
        <RegistryDetails cable={cable} />
        <ClassificationBanner classification={cable.classification} />
      </article>
      <aside>
        <ThreadList thread={thread} currentId={cable.id} />
      </aside>
    </main>
  );
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
      <h1 id="cable-subject">{cable.subject}</h1>
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
  const back = () => {
    if (window.history.length > 1) window.history.back();
    else window.location.hash = '#/inbox';
  };
  return (
    <button type="button" className="secondary" onClick={back}>
      Back
    </button>
  );
}
