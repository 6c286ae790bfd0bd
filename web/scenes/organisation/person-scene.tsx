import { useState } from 'react';
import type { Organisation, OrganisationPerson } from '../../api/setup-api.js';
import { FormField } from '../../components/form-field.js';
import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { PersonAccount } from '../../components/setup/person-account.js';
import { RoleChecks } from '../../components/setup/role-checks.js';
import { SetupForm } from '../../components/setup/setup-form.js';
import { TextField } from '../../components/text-field.js';

/**
 * One person as the chain holds them — posts, clearances and keys over time,
 * aliases, roles — with a form for each change the clerk may make.
 */
export function PersonScene({ id }: { id: string }) {
  return (
    <OrganisationPage title="Person">
      {(organisation) => {
        const person = organisation.people[id];
        if (!person) return <p>No such person.</p>;
        return (
          <>
            <PersonHistory organisation={organisation} person={person} />
            <div className="setup-forms">
              <PersonChanges organisation={organisation} person={person} />
              <PersonAccount id={person.id} ended={person.endedAt !== null} />
            </div>
          </>
        );
      }}
    </OrganisationPage>
  );
}

function PersonHistory({ organisation, person }: { organisation: Organisation; person: OrganisationPerson }) {
  const postName = (post: string) => organisation.posts[post]?.name ?? post;
  return (
    <section aria-labelledby="person-name" data-testid="person">
      <h2 id="person-name">
        {person.name} <code>{person.id}</code>
      </h2>
      <p>{person.title}</p>
      <dl className="setup-facts">
        <dt>Posts</dt>
        <dd>
          {person.posts.map((held) => `${postName(held.value)} from ${held.from.slice(0, 10)}`).join('; ')}
        </dd>
        <dt>Cleared for</dt>
        <dd>{person.clearances.map((held) => `${held.value} from ${held.from.slice(0, 10)}`).join('; ')}</dd>
        <dt>Roles</dt>
        <dd>{person.roles.join(', ') || 'none'}</dd>
        <dt>Aliases</dt>
        <dd>{person.aliases.join(', ') || 'none'}</dd>
        <dt>Signing keys</dt>
        <dd>
          {person.keys.map((key) => (
            <span key={key.fromSeq} className="key">
              <code>{key.publicKey.slice(0, 12)}…</code> from entry {key.fromSeq}{' '}
            </span>
          ))}
        </dd>
        <dt>Since</dt>
        <dd>
          {person.createdAt.slice(0, 10)}
          {person.endedAt && `, left ${person.endedAt.slice(0, 10)}`}
        </dd>
      </dl>
    </section>
  );
}

/** A date typed in a date field as the instant a change takes effect; empty means now. */
const fromDate = (date: string, field: 'from' | 'at') => (date ? { [field]: date } : {});

function PersonChanges({ organisation, person }: { organisation: Organisation; person: OrganisationPerson }) {
  const [names, setNames] = useState({ name: person.name, title: person.title });
  const [move, setMove] = useState({ post: '', from: '' });
  const [roles, setRoles] = useState<string[]>(person.roles);
  const [clearance, setClearance] = useState({ level: '', from: '' });
  const [alias, setAlias] = useState('');
  const [end, setEnd] = useState('');
  const posts = Object.values(organisation.posts).filter((p) => p.closedAt === null);
  const id = person.id;
  return (
    <>
      <SetupForm
        title="Name and title"
        submitLabel="Save name and title"
        changes={() => [{ op: 'person.change', id, ...names }]}
      >
        {() => (
          <>
            <TextField
              label="Full name"
              name="name"
              isRequired
              value={names.name}
              onChange={(name) => setNames({ ...names, name })}
            />
            <TextField
              label="Title"
              name="title"
              value={names.title}
              onChange={(title) => setNames({ ...names, title })}
            />
          </>
        )}
      </SetupForm>
      <SetupForm
        title="Move to another post"
        submitLabel="Move"
        changes={() => [{ op: 'person.move', id, post: move.post, ...fromDate(move.from, 'from') }]}
      >
        {(errors) => (
          <>
            <FormField label="New post" htmlFor="move-post" field="post" error={errors.post}>
              <select
                id="move-post"
                required
                value={move.post}
                onChange={(e) => setMove({ ...move, post: e.target.value })}
              >
                <option value="">Choose a post</option>
                {posts.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label="From" htmlFor="move-from" field="from" error={errors.from} hint="empty: now">
              <input
                id="move-from"
                type="date"
                value={move.from}
                onChange={(e) => setMove({ ...move, from: e.target.value })}
              />
            </FormField>
          </>
        )}
      </SetupForm>
      <SetupForm
        title="Roles"
        submitLabel="Save roles"
        changes={() => [{ op: 'person.roles', id, roles: roles as never }]}
      >
        {(errors) => <RoleChecks roles={roles} onChange={setRoles} error={errors.roles} />}
      </SetupForm>
      <SetupForm
        title="Clearance"
        submitLabel="Clear"
        changes={() => [
          { op: 'person.clearance', id, level: clearance.level, ...fromDate(clearance.from, 'from') },
        ]}
      >
        {(errors) => (
          <>
            <FormField label="Level" htmlFor="clearance-level" field="level" error={errors.level}>
              <select
                id="clearance-level"
                required
                value={clearance.level}
                onChange={(e) => setClearance({ ...clearance, level: e.target.value })}
              >
                <option value="">Choose a level</option>
                {organisation.classifications.map((level) => (
                  <option key={level}>{level}</option>
                ))}
              </select>
            </FormField>
            <FormField
              label="From"
              htmlFor="clearance-from"
              field="from"
              error={errors.from}
              hint="empty: now"
            >
              <input
                id="clearance-from"
                type="date"
                value={clearance.from}
                onChange={(e) => setClearance({ ...clearance, from: e.target.value })}
              />
            </FormField>
          </>
        )}
      </SetupForm>
      <SetupForm
        title="Cipher alias"
        submitLabel="Add alias"
        changes={() => [{ op: 'person.alias', id, alias }]}
        onRecorded={() => setAlias('')}
      >
        {() => (
          <TextField
            label="Alias"
            name="alias"
            hint="an addressable name such as druzhkov"
            isRequired
            value={alias}
            onChange={setAlias}
          />
        )}
      </SetupForm>
      <SetupForm
        title="Signing key"
        submitLabel="Issue a new signing key"
        changes={() => [{ op: 'person.key', id }]}
      >
        {() => (
          <p className="muted">
            The registry makes a new key pair; entries after this one are signed with it.
          </p>
        )}
      </SetupForm>
      {!person.endedAt && (
        <SetupForm
          title="Leaving"
          submitLabel="End this person"
          changes={() => [{ op: 'person.end', id, ...fromDate(end, 'at') }]}
        >
          {(errors) => (
            <FormField label="Leaves on" htmlFor="end-at" field="at" error={errors.at} hint="empty: now">
              <input id="end-at" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
            </FormField>
          )}
        </SetupForm>
      )}
    </>
  );
}
