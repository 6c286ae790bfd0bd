import { createRootRoute, createRoute, createRouter, Link, Outlet, redirect } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { AlertToasts } from '../components/alert-toasts.js';
import { PageHeading, requestHeadingFocus } from '../components/page-heading.js';
import { GlobalShortcuts } from '../components/shortcut-sheet.js';
import { SiteHeader } from '../components/site-header.js';
import { InboxScene } from '../scenes/inbox-scene.js';
import { auditSearch } from './audit-search.js';
import {
  composeSearch,
  deadlineSearch,
  inboxSearch,
  mandateSearch,
  parseSearch,
  searchFilters,
  stringifySearch,
} from './route-search.js';
import { usePageTitle } from './use-page-title.js';

// Only the inbox is in the first bundle: the other pages load when first opened.
const CableScene = lazy(() => import('../scenes/cable-scene.js').then((m) => ({ default: m.CableScene })));
const ComposeScene = lazy(() =>
  import('../scenes/compose-scene.js').then((m) => ({ default: m.ComposeScene })),
);
const SearchScene = lazy(() => import('../scenes/search-scene.js').then((m) => ({ default: m.SearchScene })));
const OverviewScene = lazy(() =>
  import('../scenes/overview-scene.js').then((m) => ({ default: m.OverviewScene })),
);
const MandatesScene = lazy(() =>
  import('../scenes/mandates-scene.js').then((m) => ({ default: m.MandatesScene })),
);
const MandateScene = lazy(() =>
  import('../scenes/mandate-scene.js').then((m) => ({ default: m.MandateScene })),
);
const SessionsScene = lazy(() =>
  import('../scenes/sessions-scene.js').then((m) => ({ default: m.SessionsScene })),
);
const SessionScene = lazy(() =>
  import('../scenes/session-scene.js').then((m) => ({ default: m.SessionScene })),
);
const MapOverviewScene = lazy(() =>
  import('../scenes/map-overview-scene.js').then((m) => ({ default: m.MapOverviewScene })),
);
const IssueMapScene = lazy(() =>
  import('../scenes/issue-map-scene.js').then((m) => ({ default: m.IssueMapScene })),
);

// The registry clerk's and the secretariat's desk (issue 10): the organisation and conferences as setup entries.
const PeopleScene = lazy(() =>
  import('../scenes/organisation/people-scene.js').then((m) => ({ default: m.PeopleScene })),
);
const PersonScene = lazy(() =>
  import('../scenes/organisation/person-scene.js').then((m) => ({ default: m.PersonScene })),
);
const PostsScene = lazy(() =>
  import('../scenes/organisation/posts-scene.js').then((m) => ({ default: m.PostsScene })),
);
const GroupsScene = lazy(() =>
  import('../scenes/organisation/groups-scene.js').then((m) => ({ default: m.GroupsScene })),
);
const ClassificationScene = lazy(() =>
  import('../scenes/organisation/classification-scene.js').then((m) => ({ default: m.ClassificationScene })),
);
const ConferencesScene = lazy(() =>
  import('../scenes/organisation/conferences-scene.js').then((m) => ({ default: m.ConferencesScene })),
);
const ConferenceScene = lazy(() =>
  import('../scenes/organisation/conference-scene.js').then((m) => ({ default: m.ConferenceScene })),
);
const DigestScene = lazy(() => import('../scenes/digest-scene.js').then((m) => ({ default: m.DigestScene })));
const DeadlinesScene = lazy(() =>
  import('../scenes/deadlines-scene.js').then((m) => ({ default: m.DeadlinesScene })),
);

const DelegationScene = lazy(() =>
  import('../scenes/delegation-scene.js').then((m) => ({ default: m.DelegationScene })),
);

// The registry clerk's desk (issue 16): the audit log, verification and backups, for auditors.
const AuditScene = lazy(() =>
  import('../scenes/registry/audit-scene.js').then((m) => ({ default: m.AuditScene })),
);
const VerificationScene = lazy(() =>
  import('../scenes/registry/verification-scene.js').then((m) => ({ default: m.VerificationScene })),
);
const BackupsScene = lazy(() =>
  import('../scenes/registry/backups-scene.js').then((m) => ({ default: m.BackupsScene })),
);

const rootRoute = createRootRoute({
  component: () => (
    <>
      <SiteHeader />
      <AlertToasts />
      <GlobalShortcuts />
      <div id="content" tabIndex={-1}>
        <Suspense fallback={<main className="muted">Loading…</main>}>
          <Outlet />
        </Suspense>
      </div>
    </>
  ),
  notFoundComponent: NoSuchPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/inbox', replace: true });
  },
});

const inboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'inbox',
  validateSearch: inboxSearch,
  component: function Inbox() {
    const search = inboxRoute.useSearch();
    return <InboxScene key={search.box ?? 'in'} search={search} />;
  },
});

const cableRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'cable/$ref',
  component: function Cable() {
    const { ref } = cableRoute.useParams();
    return <CableScene key={ref} cableRef={ref} />;
  },
});

const composeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'compose',
  validateSearch: composeSearch,
  component: function Compose() {
    const search = composeRoute.useSearch();
    return <ComposeScene key={JSON.stringify(search)} {...search} />;
  },
});

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'search',
  validateSearch: searchFilters,
  component: function Search() {
    return <SearchScene filters={searchRoute.useSearch()} />;
  },
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'overview',
  component: OverviewScene,
});

const mandatesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'mandates',
  validateSearch: mandateSearch,
  component: function Mandates() {
    const { conference = null, at = null } = mandatesRoute.useSearch();
    return <MandatesScene conference={conference} at={at} />;
  },
});

const mandateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'mandates/$issue',
  validateSearch: mandateSearch,
  component: function Mandate() {
    const { issue } = mandateRoute.useParams();
    const { conference = null, at = null } = mandateRoute.useSearch();
    return <MandateScene key={issue} conference={conference} issue={issue} at={at} />;
  },
});

// The record and the negotiation map (issue 13); `?conference=` as on the mandate pages.
const recordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'record',
  validateSearch: mandateSearch,
  component: function Record() {
    const { conference = null } = recordRoute.useSearch();
    return <SessionsScene conference={conference} />;
  },
});

const sessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'record/$session',
  validateSearch: mandateSearch,
  component: function Session() {
    const { session } = sessionRoute.useParams();
    const { conference = null } = sessionRoute.useSearch();
    return <SessionScene key={session} conference={conference} session={session} />;
  },
});

const mapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'map',
  validateSearch: mandateSearch,
  component: function MapOverview() {
    const { conference = null } = mapRoute.useSearch();
    return <MapOverviewScene key={conference} conference={conference} />;
  },
});

const issueMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'map/$issue',
  validateSearch: mandateSearch,
  component: function IssueMap() {
    const { issue } = issueMapRoute.useParams();
    const { conference = null } = issueMapRoute.useSearch();
    return <IssueMapScene key={issue} conference={conference} issue={issue} />;
  },
});

const organisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation',
  beforeLoad: () => {
    throw redirect({ to: '/organisation/conferences', replace: true });
  },
});
const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/people',
  component: () => <PeopleScene />,
});
const postsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/posts',
  component: () => <PostsScene />,
});
const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/groups',
  component: () => <GroupsScene />,
});
const classificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/classification',
  component: () => <ClassificationScene />,
});
const conferencesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/conferences',
  component: () => <ConferencesScene />,
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/people/$id',
  component: function Person() {
    const { id } = personRoute.useParams();
    return <PersonScene key={id} id={id} />;
  },
});
const conferenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organisation/conferences/$id',
  component: function Conference() {
    const { id } = conferenceRoute.useParams();
    return <ConferenceScene key={id} id={id} />;
  },
});
const deadlinesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'deadlines',
  validateSearch: deadlineSearch,
  component: function Deadlines() {
    const { conference = null, person = null } = deadlinesRoute.useSearch();
    return <DeadlinesScene conference={conference} person={person} />;
  },
});

const delegationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'delegation',
  component: () => <DelegationScene />,
});

const registryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'registry',
  beforeLoad: () => {
    throw redirect({ to: '/registry/audit', replace: true });
  },
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'registry/audit',
  validateSearch: auditSearch,
  component: function Audit() {
    return <AuditScene search={auditRoute.useSearch()} />;
  },
});
const verificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'registry/verification',
  component: () => <VerificationScene />,
});
const backupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'registry/backups',
  component: () => <BackupsScene />,
});
const CircularScene = lazy(() =>
  import('../scenes/circular-scene.js').then((m) => ({ default: m.CircularScene })),
);
const circularRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'circular/$ref',
  component: function Circular() {
    const { ref } = circularRoute.useParams();
    return <CircularScene key={ref} reference={ref} />;
  },
});
const digestRoute = createRoute({ getParentRoute: () => rootRoute, path: 'digest', component: DigestScene });
const VettingScene = lazy(() =>
  import('../scenes/vetting-scene.js').then((m) => ({ default: m.VettingScene })),
);
const vettingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'vetting/$ref',
  component: function Vetting() {
    const { ref } = vettingRoute.useParams();
    return <VettingScene key={ref} reference={ref} />;
  },
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  inboxRoute,
  cableRoute,
  composeRoute,
  searchRoute,
  overviewRoute,
  mandatesRoute,
  mandateRoute,
  recordRoute,
  sessionRoute,
  mapRoute,
  issueMapRoute,
  organisationRoute,
  peopleRoute,
  personRoute,
  postsRoute,
  groupsRoute,
  classificationRoute,
  conferencesRoute,
  conferenceRoute,
  deadlinesRoute,
  delegationRoute,
  registryRoute,
  auditRoute,
  verificationRoute,
  backupsRoute,
  digestRoute,
  circularRoute,
  vettingRoute,
]);

/** The UI's pages by URL; every page can be bookmarked and opened directly. */
export function createAppRouter() {
  const router = createRouter({
    routeTree,
    parseSearch,
    stringifySearch,
    scrollRestoration: true,
  });
  // A move to another page (not a change of its query, like a search typed again) takes the focus to its heading.
  router.subscribe('onResolved', ({ fromLocation, pathChanged }) => {
    if (fromLocation && pathChanged) requestHeadingFocus();
  });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

function NoSuchPage() {
  usePageTitle('No such page');
  return (
    <main>
      <PageHeading>No such page</PageHeading>
      <p>
        <Link to="/inbox">Go to the inbox</Link>
      </p>
    </main>
  );
}
