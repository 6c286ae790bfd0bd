import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { answerOf, client } from '../api/client.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { formatUtc } from '../format/date-time.js';
import { cableLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/** A circular's table for its author: each mission, and when it acknowledged; a chase for the missing ones. */
export function CircularScene({ reference }: { reference: string }) {
  usePageTitle('Circular');
  const queryClient = useQueryClient();
  const key = ['circular', reference];
  const table = useQuery({
    queryKey: key,
    queryFn: () =>
      answerOf(client.GET('/api/circulars/{ref}/acknowledgements', { params: { path: { ref: reference } } })),
  });
  const chase = useMutation({
    mutationFn: () =>
      answerOf(client.POST('/api/circulars/{ref}/chase', { params: { path: { ref: reference } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const missing = table.data?.rows.filter((row) => row.acknowledgedAt === null).length ?? 0;
  return (
    <main className="circular-scene">
      <PageHeading>Circular</PageHeading>
      {table.error && <ErrorNote message={table.error.message} />}
      {table.data && (
        <>
          <p>
            <Link {...cableLink(table.data.cable.number)}>{table.data.cable.number}</Link>{' '}
            {table.data.cable.subject}
          </p>
          <table>
            <caption>
              Acknowledged by {table.data.rows.length - missing} of {table.data.rows.length}
            </caption>
            <thead>
              <tr>
                <th scope="col">Addressee</th>
                <th scope="col">Post</th>
                <th scope="col">Acknowledged</th>
              </tr>
            </thead>
            <tbody>
              {table.data.rows.map((row) => (
                <tr key={row.person}>
                  <td>{row.name}</td>
                  <td>{row.post ?? '—'}</td>
                  <td>{row.acknowledgedAt ? formatUtc(row.acknowledgedAt) : 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" disabled={missing === 0 || chase.isPending} onClick={() => chase.mutate()}>
            Chase the {missing} missing
          </button>
          {chase.error && <ErrorNote message={chase.error.message} />}
        </>
      )}
    </main>
  );
}
