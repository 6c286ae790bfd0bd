import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import type { MandateView } from '../api/schema.js';
import { ErrorNote } from '../components/error-note.js';
import { AsOfPicker } from '../components/mandate/as-of-picker.js';
import { ConferencePicker } from '../components/mandate/conference-picker.js';
import { ReevaluateButton } from '../components/mandate/reevaluate-button.js';
import { PageHeading } from '../components/page-heading.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { useSession } from '../hooks/use-session.js';
import { mandateLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/**
 * The mandate panel's index: a conference's issues with the mandate on each,
 * now or as of a date, from the directives the reader may read.
 */
export function MandatesScene({ conference, at }: { conference: string | null; at: string | null }) {
  const { me } = useSession();
  const conferences = useConferences();
  const navigate = useNavigate();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const id = chosen?.plan ? chosen.id : null;
  const mandates = useQuery({ ...queries.mandates(id ?? '', at), enabled: Boolean(id) });
  usePageTitle('Mandates');
  const go = (place: { conference?: string | null; at?: string | null }) => {
    void navigate(mandateLink({ conference: id, at, ...place }));
  };

  if (conferences.isPending) return <main className="muted">Loading…</main>;
  if (conferences.isError) {
    return (
      <main>
        <PageHeading>Mandates</PageHeading>
        <ErrorNote message={conferences.error.message} />
      </main>
    );
  }
  return (
    <main className="mandates">
      <PageHeading>Mandates</PageHeading>
      <div className="toolbar">
        <ConferencePicker
          conferences={conferences.data}
          value={chosen?.id ?? ''}
          onChange={(c) => go({ conference: c })}
        />
        <AsOfPicker at={at} onChange={(date) => go({ at: date })} />
        {chosen?.plan?.principals.includes(me.id) && <ReevaluateButton conference={chosen.id} />}
      </div>
      {!chosen?.plan ? (
        <p className="muted">This conference has no plan of issues yet, so it has no mandates.</p>
      ) : mandates.isPending ? (
        <p className="muted">Loading…</p>
      ) : mandates.isError ? (
        <ErrorNote message={mandates.error.message} />
      ) : (
        mandates.data && (
          <ScrollRegion label="Table of issues">
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
                {mandates.data.mandates.map(({ issue, mandate }) => (
                  <tr key={issue.id} data-testid="mandate-row" data-issue={issue.id}>
                    <th scope="row">
                      <Link {...mandateLink({ conference: chosen.id, issue: issue.id, at })}>
                        {issue.title}
                      </Link>{' '}
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
          </ScrollRegion>
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
