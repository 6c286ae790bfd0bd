import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Organisation } from '../../api/setup-api.js';
import { FormField } from '../../components/form-field.js';
import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { RecordedEntry } from '../../components/setup/recorded-entry.js';
import { SetupForm } from '../../components/setup/setup-form.js';
import { TextField } from '../../components/text-field.js';
import { useSetupEntry } from '../../hooks/use-setup-entry.js';

/**
 * Groups and their memberships over time. A membership is never deleted,
 * only ended, so who could read what at any past instant stays answerable.
 */
export function GroupsScene() {
  return (
    <OrganisationPage title="Groups">
      {(organisation) => (
        <>
          <GroupList organisation={organisation} />
          <div className="setup-forms">
            <NewGroup />
            <NewMembership organisation={organisation} />
          </div>
        </>
      )}
    </OrganisationPage>
  );
}

function GroupList({ organisation }: { organisation: Organisation }) {
  const ending = useSetupEntry();
  const nameOf = (id: string) => organisation.people[id]?.name ?? id;
  const now = Date.now();
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups</h2>
      {Object.values(organisation.groups).length === 0 && <p className="muted">No groups yet.</p>}
      <ul className="setup-list" data-testid="groups">
        {Object.values(organisation.groups).map((group) => {
          const memberships = organisation.memberships.filter((m) => m.group === group.id);
          return (
            <li key={group.id} data-group={group.id}>
              <strong>{group.name}</strong> <code>{group.id}</code>
              {group.description && <span className="muted"> — {group.description}</span>}
              <ul>
                {memberships.map((m) => {
                  const current = m.until === null || Date.parse(m.until) > now;
                  return (
                    <li key={`${m.person}-${m.from}`}>
                      {nameOf(m.person)}, from {m.from.slice(0, 10)}
                      {m.until ? ` until ${m.until.slice(0, 10)}` : ''}{' '}
                      {current && m.until === null && (
                        <Button
                          className="link-button"
                          isDisabled={ending.busy}
                          onPress={() =>
                            ending.record([{ op: 'membership.end', group: group.id, person: m.person }])
                          }
                        >
                          End {nameOf(m.person)}’s membership
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      <RecordedEntry outcome={ending.outcome} done="Membership ended" />
    </section>
  );
}

function NewGroup() {
  const [group, setGroup] = useState({ id: '', name: '', description: '' });
  return (
    <SetupForm
      title="New group"
      submitLabel="Create group"
      changes={() => [{ op: 'group.create', ...group }]}
      onRecorded={() => setGroup({ id: '', name: '', description: '' })}
    >
      {() => (
        <>
          <TextField
            label="Group id"
            name="id"
            hint="lower-case letters, digits and dashes"
            isRequired
            value={group.id}
            onChange={(id) => setGroup({ ...group, id })}
          />
          <TextField
            label="Group name"
            name="name"
            isRequired
            value={group.name}
            onChange={(name) => setGroup({ ...group, name })}
          />
          <TextField
            label="Description"
            name="description"
            value={group.description}
            onChange={(description) => setGroup({ ...group, description })}
          />
        </>
      )}
    </SetupForm>
  );
}

function NewMembership({ organisation }: { organisation: Organisation }) {
  const [membership, setMembership] = useState({ group: '', person: '', from: '' });
  const people = Object.values(organisation.people).filter((p) => p.endedAt === null && p.id !== 'registry');
  return (
    <SetupForm
      title="Add a member"
      submitLabel="Add member"
      changes={() => [
        {
          op: 'membership.start',
          group: membership.group,
          person: membership.person,
          ...(membership.from ? { from: membership.from } : {}),
        },
      ]}
      onRecorded={() => setMembership({ ...membership, person: '' })}
    >
      {(errors) => (
        <>
          <FormField label="Group" htmlFor="member-group" field="group" error={errors.group}>
            <select
              id="member-group"
              required
              value={membership.group}
              onChange={(e) => setMembership({ ...membership, group: e.target.value })}
            >
              <option value="">Choose a group</option>
              {Object.values(organisation.groups).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Member" htmlFor="member-person" field="person" error={errors.person}>
            <select
              id="member-person"
              required
              value={membership.person}
              onChange={(e) => setMembership({ ...membership, person: e.target.value })}
            >
              <option value="">Choose a person</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="From" htmlFor="member-from" field="from" error={errors.from} hint="empty: now">
            <input
              id="member-from"
              type="date"
              value={membership.from}
              onChange={(e) => setMembership({ ...membership, from: e.target.value })}
            />
          </FormField>
        </>
      )}
    </SetupForm>
  );
}
