import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { PlanEditor } from '../../components/setup/plan-editor.js';

/** A conference and its plan: parties, delegation, principals, issues with their rules, sessions. */
export function ConferenceScene({ id }: { id: string }) {
  return (
    <OrganisationPage title="Conference plan">
      {(organisation) => {
        const conference = organisation.conferences[id];
        if (!conference) return <p>No such conference.</p>;
        return (
          <>
            <h2>
              {conference.name} <code>{conference.id}</code>
            </h2>
            <p className="muted">
              {conference.place}, {conference.startsOn.slice(0, 10)} to {conference.endsOn.slice(0, 10)}
            </p>
            <PlanEditor
              key={JSON.stringify(conference.plan)}
              organisation={organisation}
              conference={conference}
            />
          </>
        );
      }}
    </OrganisationPage>
  );
}
