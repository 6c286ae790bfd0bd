import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error.js';
import { answerOf, client } from '../api/client.js';
import type { CableView } from '../api/schema.js';
import { useSession } from '../hooks/use-session.js';
import { CableTime } from './cable-time.js';
import { ErrorNote } from './error-note.js';
import { ScrollRegion } from './scroll-region.js';

const own = (ref: string) => ({
  queryKey: ['acknowledgement', ref, 'own'],
  queryFn: () => answerOf(client.GET('/api/cables/{ref}/acknowledgement', { params: { path: { ref } } })),
});
const table = (ref: string) => ({
  queryKey: ['acknowledgement', ref, 'table'],
  queryFn: () => answerOf(client.GET('/api/cables/{ref}/acknowledgements', { params: { path: { ref } } })),
});

/**
 * An action addressee's explicit acknowledgement of a cable (issue 14), apart
 * from opening it: a button until they have, then when they did.
 */
export function AcknowledgeButton({ cable }: { cable: CableView }) {
  const queryClient = useQueryClient();
  const mine = useQuery(own(cable.id));
  const acknowledge = useMutation({
    mutationFn: () =>
      answerOf(client.POST('/api/cables/{ref}/acknowledgement', { params: { path: { ref: cable.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['acknowledgement', cable.id] }),
  });
  if (!mine.data?.mustAcknowledge) return null;
  if (mine.data.acknowledgedAt)
    return (
      <p className="acknowledged" data-testid="acknowledged">
        You acknowledged it <CableTime at={mine.data.acknowledgedAt} />.
      </p>
    );
  return (
    <div className="acknowledge">
      <button type="button" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
        Acknowledge
      </button>
      {mine.data.acknowledgeBy && (
        <span className="muted">
          {' '}
          due by <CableTime at={mine.data.acknowledgeBy} />
        </span>
      )}
      {acknowledge.error && <ErrorNote message={acknowledge.error.message} />}
    </div>
  );
}

/** When never happened yet. */
function When({ at, never }: { at: string | null; never: string }) {
  return at ? <CableTime at={at} /> : <span className="muted">{never}</span>;
}

/**
 * Per action addressee: delivered, opened, acknowledged and escalated, with
 * times — for the cable's author and the registry clerk only (the server
 * decides; anyone else sees nothing here).
 */
export function AcknowledgementTable({ cable }: { cable: CableView }) {
  const { me, index } = useSession();
  const mayAsk = cable.author.id === me.id || me.isAdmin;
  const rows = useQuery({ ...table(cable.id), enabled: mayAsk, retry: false });
  if (!mayAsk || (rows.error instanceof ApiError && rows.error.status === 403)) return null;
  if (rows.error) return <ErrorNote message={rows.error.message} />;
  if (!rows.data || rows.data.addressees.length === 0) return null;
  const acknowledged = rows.data.addressees.filter((row) => row.acknowledgedAt !== null).length;
  return (
    <section aria-labelledby="acknowledgements-heading" className="acknowledgement-table">
      <h2 id="acknowledgements-heading">Acknowledgements</h2>
      <ScrollRegion label="Acknowledgements per addressee">
        <table>
          <caption>
            Acknowledged by {acknowledged} of {rows.data.addressees.length}
            {rows.data.acknowledgeBy && (
              <>
                , due by <CableTime at={rows.data.acknowledgeBy} />
              </>
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">Addressee</th>
              <th scope="col">Delivered</th>
              <th scope="col">Opened</th>
              <th scope="col">Acknowledged</th>
              <th scope="col">Escalated</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.addressees.map((row) => (
              <tr
                key={row.person}
                data-testid="acknowledgement-row"
                data-person={row.person}
                data-state={row.acknowledgedAt ? 'acknowledged' : row.escalatedAt ? 'escalated' : 'waiting'}
              >
                <th scope="row">{index.nameOf(row.person)}</th>
                <td>
                  <CableTime at={row.deliveredAt} />
                </td>
                <td>
                  <When at={row.openedAt} never="Not opened" />
                </td>
                <td>
                  <When at={row.acknowledgedAt} never="Not yet" />
                </td>
                <td>
                  <When at={row.escalatedAt} never="—" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
