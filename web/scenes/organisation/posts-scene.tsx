import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Organisation } from '../../api/setup-api.js';
import { FormField } from '../../components/form-field.js';
import { ScrollRegion } from '../../components/scroll-region.js';
import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { RecordedEntry } from '../../components/setup/recorded-entry.js';
import { TextField } from '../../components/text-field.js';
import { forgetOnInput, useSetupEntry } from '../../hooks/use-setup-entry.js';

/** Posts (where people sit, with their time zone) and the series each registers cables in. */
export function PostsScene() {
  return (
    <OrganisationPage title="Posts and series">
      {(organisation) => (
        <>
          <PostsSection organisation={organisation} />
          <SeriesSection organisation={organisation} />
        </>
      )}
    </OrganisationPage>
  );
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function PostsSection({ organisation }: { organisation: Organisation }) {
  const [post, setPost] = useState({ id: '', name: '', place: '', zone: browserZone() });
  const setup = useSetupEntry();
  const posts = Object.values(organisation.posts).filter((p) => p.id !== 'registry');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await setup.record([{ op: 'post.create', ...post }]))
      setPost({ ...post, id: '', name: '', place: '' });
  }

  return (
    <section aria-labelledby="posts-heading">
      <h2 id="posts-heading">Posts</h2>
      <ScrollRegion label="Table of posts">
        <table className="setup-table" data-testid="posts">
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Place</th>
              <th scope="col">Time zone</th>
              <th scope="col">Closed</th>
            </tr>
          </thead>
          <tbody>
            {posts.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.name} <code>{p.id}</code>
                </td>
                <td>{p.place}</td>
                <td>{p.zone}</td>
                <td>{p.closedAt ? p.closedAt.slice(0, 10) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Form
        validationBehavior="aria"
        className="setup-form"
        onSubmit={submit}
        validationErrors={setup.outcome.errors}
        {...forgetOnInput(setup.forget)}
        aria-label="New post"
      >
        <h3>New post</h3>
        <TextField
          label="Post id"
          name="id"
          hint="lower-case letters, digits and dashes"
          isRequired
          value={post.id}
          onChange={(id) => setPost({ ...post, id })}
        />
        <TextField
          label="Post name"
          name="name"
          isRequired
          value={post.name}
          onChange={(name) => setPost({ ...post, name })}
        />
        <TextField
          label="Place"
          name="place"
          value={post.place}
          onChange={(place) => setPost({ ...post, place })}
        />
        <TextField
          label="Time zone"
          name="zone"
          hint="an IANA zone such as Europe/London"
          isRequired
          value={post.zone}
          onChange={(zone) => setPost({ ...post, zone })}
        />
        <Button type="submit" isDisabled={setup.busy}>
          Create post
        </Button>
        <RecordedEntry outcome={setup.outcome} />
      </Form>
    </section>
  );
}

function SeriesSection({ organisation }: { organisation: Organisation }) {
  const posts = Object.values(organisation.posts).filter((p) => p.closedAt === null);
  const [series, setSeries] = useState({ code: '', name: '', fromPost: '', toPost: '' });
  const setup = useSetupEntry();
  const nameOf = (id: string | null) => (id ? (organisation.posts[id]?.name ?? id) : 'everyone (general)');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await setup.record([
      { op: 'series.create', ...series, code: series.code.toUpperCase(), toPost: series.toPost || null },
    ]);
    if (done) setSeries({ ...series, code: '', name: '' });
  }

  return (
    <section aria-labelledby="series-heading">
      <h2 id="series-heading">Series</h2>
      <p className="muted">
        Cables are numbered in the series of their author’s post towards the first addressee’s post, else in
        the post’s general series.
      </p>
      <ul className="setup-list" data-testid="series">
        {Object.values(organisation.series)
          .filter((s) => s.code !== 'REG')
          .map((s) => (
            <li key={s.code}>
              <strong>{s.code}</strong> {s.name}: from {nameOf(s.fromPost)} to {nameOf(s.toPost)}
              {s.closedAt && <span className="muted"> (closed {s.closedAt.slice(0, 10)})</span>}
            </li>
          ))}
      </ul>
      <Form
        validationBehavior="aria"
        className="setup-form"
        onSubmit={submit}
        validationErrors={setup.outcome.errors}
        {...forgetOnInput(setup.forget)}
        aria-label="New series"
      >
        <h3>New series</h3>
        <TextField
          label="Series code"
          name="code"
          hint="capitals, such as LONTO"
          isRequired
          value={series.code}
          onChange={(code) => setSeries({ ...series, code })}
        />
        <TextField
          label="Series name"
          name="name"
          isRequired
          value={series.name}
          onChange={(name) => setSeries({ ...series, name })}
        />
        <FormField
          label="From post"
          htmlFor="series-from"
          field="fromPost"
          error={setup.outcome.errors.fromPost}
        >
          <select
            id="series-from"
            value={series.fromPost}
            required
            onChange={(e) => setSeries({ ...series, fromPost: e.target.value })}
          >
            <option value="">Choose a post</option>
            {posts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="To post" htmlFor="series-to" field="toPost" error={setup.outcome.errors.toPost}>
          <select
            id="series-to"
            value={series.toPost}
            onChange={(e) => setSeries({ ...series, toPost: e.target.value })}
          >
            <option value="">Any (the post’s general series)</option>
            {posts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <Button type="submit" isDisabled={setup.busy}>
          Create series
        </Button>
        <RecordedEntry outcome={setup.outcome} />
      </Form>
    </section>
  );
}
