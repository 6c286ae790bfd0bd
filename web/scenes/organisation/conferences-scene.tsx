import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Organisation } from '../../api/setup-api.js';
import { FormField } from '../../components/form-field.js';
import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { SetupForm } from '../../components/setup/setup-form.js';
import { TextField } from '../../components/text-field.js';

/** Conferences, each with its plan; the secretariat keeps them as well as the registry clerk. */
export function ConferencesScene() {
  return (
    <OrganisationPage title="Conferences">
      {(organisation) => (
        <>
          <ConferenceList organisation={organisation} />
          <NewConference />
        </>
      )}
    </OrganisationPage>
  );
}

function ConferenceList({ organisation }: { organisation: Organisation }) {
  const conferences = Object.values(organisation.conferences);
  if (conferences.length === 0) return <p className="muted">No conferences yet.</p>;
  return (
    <ul className="setup-list" data-testid="conferences">
      {conferences.map((conference) => (
        <li key={conference.id}>
          <Link to="/organisation/conferences/$id" params={{ id: conference.id }}>
            {conference.name}
          </Link>{' '}
          <span className="muted">
            {conference.place}, {conference.startsOn.slice(0, 10)} to {conference.endsOn.slice(0, 10)};{' '}
            {conference.plan
              ? `${conference.plan.parties.length} parties, ${conference.plan.issues.length} issues, ${conference.plan.sessions.length} sessions`
              : 'no plan yet'}
          </span>
        </li>
      ))}
    </ul>
  );
}

const EMPTY = { id: '', name: '', place: '', startsOn: '', endsOn: '' };

function NewConference() {
  const [conference, setConference] = useState(EMPTY);
  const set = (fields: Partial<typeof EMPTY>) => setConference({ ...conference, ...fields });
  return (
    <SetupForm
      title="New conference"
      headingLevel={2}
      submitLabel="Create conference"
      changes={() => [{ op: 'conference.create', ...conference }]}
      onRecorded={() => setConference(EMPTY)}
    >
      {(errors) => (
        <>
          <TextField
            label="Conference id"
            name="id"
            hint="lower-case letters, digits and dashes"
            isRequired
            value={conference.id}
            onChange={(id) => set({ id })}
          />
          <TextField
            label="Conference name"
            name="name"
            isRequired
            value={conference.name}
            onChange={(name) => set({ name })}
          />
          <TextField
            label="Place"
            name="place"
            value={conference.place}
            onChange={(place) => set({ place })}
          />
          <FormField label="Starts on" htmlFor="conference-starts" field="startsOn" error={errors.startsOn}>
            <input
              id="conference-starts"
              type="date"
              required
              value={conference.startsOn}
              onChange={(e) => set({ startsOn: e.target.value })}
            />
          </FormField>
          <FormField label="Ends on" htmlFor="conference-ends" field="endsOn" error={errors.endsOn}>
            <input
              id="conference-ends"
              type="date"
              required
              value={conference.endsOn}
              onChange={(e) => set({ endsOn: e.target.value })}
            />
          </FormField>
        </>
      )}
    </SetupForm>
  );
}
