import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Organisation, setupApi } from '../../api/setup-api.js';
import { FormField } from '../../components/form-field.js';
import { ScrollRegion } from '../../components/scroll-region.js';
import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { RoleChecks } from '../../components/setup/role-checks.js';
import { SetupForm } from '../../components/setup/setup-form.js';
import { TextField } from '../../components/text-field.js';
import { heldNow } from './held-now.js';

/** Everyone the chain knows, with their post, roles and clearance now; and a form for a new person. */
export function PeopleScene() {
  return (
    <OrganisationPage title="People">
      {(organisation) => (
        <>
          <PeopleTable organisation={organisation} />
          <NewPerson organisation={organisation} />
        </>
      )}
    </OrganisationPage>
  );
}

function PeopleTable({ organisation }: { organisation: Organisation }) {
  const people = Object.values(organisation.people).filter((person) => person.id !== 'registry');
  return (
    <ScrollRegion label="Table of people">
      <table className="setup-table" data-testid="people">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Post now</th>
            <th scope="col">Roles</th>
            <th scope="col">Cleared for</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const post = heldNow(person.posts);
            return (
              <tr key={person.id} data-person={person.id}>
                <td>
                  <Link to="/organisation/people/$id" params={{ id: person.id }}>
                    {person.name}
                  </Link>{' '}
                  <code>{person.id}</code>
                  {person.endedAt && <span className="muted"> (left {person.endedAt.slice(0, 10)})</span>}
                </td>
                <td>{post ? (organisation.posts[post]?.name ?? post) : ''}</td>
                <td>{person.roles.join(', ')}</td>
                <td>{heldNow(person.clearances)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const EMPTY = { id: '', name: '', title: '', post: '', clearance: '', password: '' };

function NewPerson({ organisation }: { organisation: Organisation }) {
  const [person, setPerson] = useState(EMPTY);
  const [roles, setRoles] = useState<string[]>([]);
  const [tooShort, setTooShort] = useState<string | null>(null);
  const posts = Object.values(organisation.posts).filter((p) => p.closedAt === null && p.id !== 'registry');
  const set = (fields: Partial<typeof EMPTY>) => setPerson({ ...person, ...fields });
  const { password, clearance, ...fields } = person;
  return (
    <SetupForm
      title="New person"
      headingLevel={2}
      submitLabel="Create person"
      changes={() => {
        setTooShort(password.length > 0 && password.length < 8 ? 'must be at least 8 characters' : null);
        if (password.length > 0 && password.length < 8) return null;
        return [
          {
            op: 'person.create',
            ...fields,
            roles: roles as never,
            ...(clearance ? { clearance } : {}),
          },
        ];
      }}
      after={password ? () => setupApi.setPassword(person.id, password) : undefined}
      onRecorded={() => {
        setPerson(EMPTY);
        setRoles([]);
      }}
    >
      {(errors) => (
        <>
          <TextField
            label="Login"
            name="id"
            hint="the person’s id: lower-case letters, digits and dashes"
            isRequired
            value={person.id}
            onChange={(id) => set({ id })}
          />
          <TextField
            label="Full name"
            name="name"
            isRequired
            value={person.name}
            onChange={(name) => set({ name })}
          />
          <TextField label="Title" name="title" value={person.title} onChange={(title) => set({ title })} />
          <FormField label="Post" htmlFor="person-post" field="post" error={errors.post}>
            <select
              id="person-post"
              required
              value={person.post}
              onChange={(e) => set({ post: e.target.value })}
            >
              <option value="">Choose a post</option>
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label="Cleared for"
            htmlFor="person-clearance"
            field="clearance"
            error={errors.clearance}
            hint="the highest level unless chosen"
          >
            <select
              id="person-clearance"
              value={person.clearance}
              onChange={(e) => set({ clearance: e.target.value })}
            >
              <option value="">{organisation.classifications.at(-1)} (highest)</option>
              {organisation.classifications.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </FormField>
          <RoleChecks roles={roles} onChange={setRoles} error={errors.roles} />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            hint="at least 8 characters; leave empty to set it later"
            value={person.password}
            error={tooShort}
            onChange={(value) => set({ password: value })}
          />
        </>
      )}
    </SetupForm>
  );
}
