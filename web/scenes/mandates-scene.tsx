import { api } from '../api/api.js';
import type { MandateView } from '../api/schema.js';
import { ErrorNote } from '../components/error-note.js';
import { AsOfPicker } from '../components/mandate/as-of-picker.js';
import { ConferencePicker } from '../components/mandate/conference-picker.js';
import { ReevaluateButton } from '../components/mandate/reevaluate-button.js';
import { mandateHref } from '../hooks/parse-route.js';
import { useAsync } from '../hooks/use-async.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { useSession } from '../hooks/use-session.js';

/**
 * The mandate panel's index: a conference's issues with the mandate on each,
 * now or as of a date, from the directives the reader may read.
 */
export function MandatesScene({ conference, at }: { conference: string | null; at: string | null }) {
  const { me } = useSession();
  const conferences = useConferences();
  const chosen = conferences.status === 'done' ? chooseConference(conferences.value, conference) : null;
  const id = chosen?.plan ? chosen.id : null;
  const mandates = useAsync(() => (id ? api.mandates(id, at ?? undefined) : Promise.resolve(null)), [id, at]);
  const go = (place: { conference?: string | null; at?: string | null }) => {
    window.location.hash = mandateHref({ conference: id, at, ...place });
  };

  if (conferences.status === 'loading') return <main className="muted">Loading…</main>;
  if (conferences.status === 'failed') return <ErrorNote message={conferences.error.message} />;
  return (
    <main className="mandates">
      <h1>Mandates</h1>
      <div className="toolbar">
        <ConferencePicker
          conferences={conferences.value}
          value={chosen?.id ?? ''}
          onChange={(c) => go({ conference: c })}
        />
        <AsOfPicker at={at} onChange={(date) => go({ at: date })} />
        {chosen?.plan?.principals.includes(me.id) && <ReevaluateButton conference={chosen.id} />}
      </div>
      {!chosen?.plan ? (
        <p className="muted">This conference has no plan of issues yet, so it has no mandates.</p>
      ) : mandates.status === 'loading' ? (
        <p className="muted">Loading…</p>
      ) : mandates.status === 'failed' ? (
        <ErrorNote message={mandates.error.message} />
      ) : (
        mandates.value && (
          <table className="mandate-table">
            <caption className="visually-hidden">Issues of {chosen.name}</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col">Decided by</th>
                <th scope="col">Ladder</th>
                <th scope="col">May move alone up to</th>
                <th scope="col">Red lines</th>
                <th scope="col">Linkages</th>
              </tr>
            </thead>
            <tbody>
              {mandates.value.mandates.map(({ issue, mandate }) => (
                <tr key={issue.id} data-testid="mandate-row" data-issue={issue.id}>
                  <th scope="row">
                    <a href={mandateHref({ conference: chosen.id, issue: issue.id, at })}>{issue.title}</a>{' '}
                    <code className="muted">{issue.id}</code>
                  </th>
                  <td>{issue.decision}</td>
                  {mandate ? (
                    <MandateCells mandate={mandate} />
                  ) : (
                    <td colSpan={4} className="muted">
                      No mandate
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </main>
  );
}

function MandateCells({ mandate }: { mandate: MandateView }) {
  const limit = mandate.ladder[mandate.authority];
  return (
    <>
      <td>{mandate.ladder.length === 1 ? '1 step' : `${mandate.ladder.length} steps`}</td>
      <td>
        {limit ? (
          `${mandate.authority + 1}. ${limit.label}`
        ) : (
          <span className="muted">not even the opening</span>
        )}
      </td>
      <td>{mandate.redLines.length}</td>
      <td>{mandate.linkages.length}</td>
    </>
  );
}
