import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { answerOf, client } from '../api/client.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { formatUtc } from '../format/date-time.js';
import { cableLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

const fetchDigests = () => answerOf(client.GET('/api/digests'));
type Digest = Awaited<ReturnType<typeof fetchDigests>>['digests'][number]['digest'];
type Line = Digest['authorityRequests'][number];

const digestsQuery = { queryKey: ['digests'], queryFn: fetchDigests };

/** A list of cables a digest names, each a link to open it. */
function CableLines({ lines, empty }: { lines: readonly Line[]; empty: string }) {
  if (lines.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line.id}>
          <Link {...cableLink(line.number)}>{line.number}</Link> {line.precedence} — {line.subject}
        </li>
      ))}
    </ul>
  );
}

/** One digest, section by section, as its cable holds it; printable as it stands. */
function DigestView({ digest }: { digest: Digest }) {
  const { incoming, deadlines } = digest;
  return (
    <article className="digest">
      <p>
        From {formatUtc(digest.from)} to {formatUtc(digest.until)}
      </p>
      <h3>Came in: {incoming.total}</h3>
      <p>
        {Object.entries(incoming.byPrecedence)
          .map(([precedence, count]) => `${precedence} ${count}`)
          .join(' · ')}
      </p>
      <p>
        Moves raised:{' '}
        {Object.entries(incoming.byVerdict)
          .filter(([, count]) => count > 0)
          .map(([verdict, count]) => `${verdict} ${count}`)
          .join(' · ') || 'none'}
      </p>
      <CableLines lines={incoming.urgent} empty="Nothing urgent came in." />
      <h3>Authority asked of you, not answered</h3>
      <CableLines lines={digest.authorityRequests} empty="None." />
      <h3>Deadlines</h3>
      <ul>
        {[
          ...deadlines.near.map((d) => ({ ...d, what: 'Near' })),
          ...deadlines.lapsed.map((d) => ({ ...d, what: 'Lapsed' })),
        ].map((deadline) => (
          <li key={`${deadline.what}-${deadline.cable}-${deadline.id}`}>
            {deadline.what}: {deadline.description}, due {formatUtc(deadline.dueAt)} ({deadline.cable})
          </li>
        ))}
      </ul>
      <h3>Not yet acknowledged: {digest.unacknowledged.total}</h3>
      <CableLines lines={digest.unacknowledged.cables} empty="None." />
      <h3>Press</h3>
      {digest.press.length === 0 && <p>No press items.</p>}
      {digest.press.map(({ topic, items }) => (
        <section key={topic}>
          <h4>{topic}</h4>
          <ul>
            {items.map((item) => (
              <li key={item.cable}>
                {item.date}, {item.source} ({item.language}): {item.summary}{' '}
                {item.link && <a href={item.link}>source</a>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

/** Your digests: the newest shown whole, one made on demand, and the hour of your daily digest. */
export function DigestScene() {
  usePageTitle('Digest');
  const queryClient = useQueryClient();
  const digests = useQuery(digestsQuery);
  const make = useMutation({
    mutationFn: () => answerOf(client.POST('/api/digests', { body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['digests'] }),
  });
  const [latest, ...earlier] = digests.data?.digests ?? [];
  const schedule = digests.data?.schedule;
  return (
    <main className="digest-scene">
      <PageHeading>Digest</PageHeading>
      <p>
        {schedule?.enabled
          ? `Your daily digest comes at ${String(schedule.hour).padStart(2, '0')}:00, ${schedule.timeZone}.`
          : 'You have no daily digest (set one with plenipo digest --at).'}
      </p>
      <button type="button" onClick={() => make.mutate()} disabled={make.isPending}>
        Make my digest now
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      {make.error && <ErrorNote message={make.error.message} />}
      {digests.error && <ErrorNote message={digests.error.message} />}
      {latest && (
        <>
          <h2>
            <Link {...cableLink(latest.cable.number)}>{latest.cable.number}</Link> {latest.cable.subject}
          </h2>
          <DigestView digest={latest.digest} />
        </>
      )}
      {earlier.length > 0 && (
        <>
          <h2>Earlier digests</h2>
          <ul>
            {earlier.map(({ cable }) => (
              <li key={cable.id}>
                <Link {...cableLink(cable.number)}>{cable.number}</Link> {cable.subject}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
