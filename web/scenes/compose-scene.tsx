import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { api } from '../api/api.js';
import { ApiError } from '../api/api-error.js';
import { type AddresseeOption, AddresseePicker } from '../components/addressee-picker.js';
import { CableTime } from '../components/cable-time.js';
import { EnvelopeFields } from '../components/compose/envelope-fields.js';
import { ReferenceFields } from '../components/compose/reference-fields.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { TextField } from '../components/text-field.js';
import { useConferences } from '../hooks/use-conferences.js';
import { discardDraft, readDraft, useSavedDraft } from '../hooks/use-saved-draft.js';
import { useSession } from '../hooks/use-session.js';
import { cableLink } from '../router/links.js';
import type { AuthorityIntent, ComposeSearch } from '../router/route-search.js';
import { usePageTitle } from '../router/use-page-title.js';
import {
  blankForm,
  type ComposeForm,
  draftFrom,
  type FieldErrors,
  fieldErrorOf,
  isBlamed,
  problemsOf,
  splitList,
} from './compose-form.js';
import { NO_PAYLOAD, type PayloadForms, withPayload } from './compose-payload.js';
import { composeStart } from './compose-start.js';

// The directive and move composers are loaded when a directive or report first needs them.
const PayloadComposer = lazy(() =>
  import('../components/payload-composer.js').then((m) => ({ default: m.PayloadComposer })),
);

/** What a draft keeps: the form and its payload's composer. */
interface Drafted {
  form: ComposeForm;
  payload: PayloadForms;
}

function sameDraft(a: Drafted, b: Drafted): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const FIELD_LABELS: Record<keyof ComposeForm, string> = {
  to: 'To',
  info: 'Info',
  exclude: 'Not to',
  via: 'Via',
  precedence: 'Precedence',
  classification: 'Classification',
  captions: 'Captions',
  kind: 'Kind',
  subject: 'Subject',
  issues: 'Issues',
  conference: 'Conference',
  inReplyTo: 'In reply to',
  refs: 'Refs',
  alias: 'Signature alias',
  body: 'Body',
};

const HEADINGS: Record<AuthorityIntent, string> = {
  'ask-authority': 'Ask for authority',
  'grant-authority': 'Grant authority',
  'refuse-authority': 'Refuse authority',
};

/**
 * Writing a cable; on success the new cable opens. `reply` is the id of the
 * cable answered; `authority`, a step of the authority round trip to prefill
 * the cable for (a query, a directive releasing the step, a refusal).
 */
export function ComposeScene({ reply, intent: asked, about: aboutRef, move }: ComposeSearch) {
  const { directory, me } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState<ComposeForm>(() => blankForm(directory));
  const [payload, setPayload] = useState<PayloadForms>(NO_PAYLOAD);
  const [error, setError] = useState<ApiError | Error | null>(null);
  // Every field's problem at once: those found before sending, or the one the server named.
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // The form waits for what it starts from (the cable answered, the writer's conferences): edits made
  // before would be overwritten.
  const [ready, setReady] = useState(false);
  const conferences = useConferences().data;
  // A draft per place: a reply's draft is not a new cable's. What the form started from tells an
  // untouched form (nothing to keep) from a draft.
  const draftKey = [me.id, reply ?? 'new', asked ?? '', aboutRef ?? '', move ?? ''].join(':');
  const [start, setStart] = useState<Drafted | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const drafted: Drafted = useMemo(() => ({ form, payload }), [form, payload]);
  useSavedDraft(draftKey, drafted, ready && start !== null && !sameDraft(drafted, start));
  const blamed = error instanceof ApiError ? error.field : (Object.keys(errors)[0] ?? undefined);
  const intent = asked ?? null;
  const about = aboutRef ?? null;
  const moveIdx = move ?? null;
  const heading = intent ? HEADINGS[intent] : reply ? 'Reply' : 'New cable';
  usePageTitle(heading);

  useEffect(() => {
    setPayload(NO_PAYLOAD);
    setError(null);
    setRestoredAt(null);
    let current = true;
    setReady(false);
    const load = () =>
      composeStart(client, { reply: reply ?? null, intent, about, move: moveIdx, directory, meId: me.id });
    load().then(
      (loaded) => {
        if (!current) return;
        setStart({ form: loaded.form, payload: loaded.payload });
        const saved = readDraft<Drafted>(draftKey);
        setForm(saved?.value.form ?? loaded.form);
        setPayload(saved?.value.payload ?? loaded.payload);
        setRestoredAt(saved?.savedAt ?? null);
        setError(loaded.problem);
        setReady(true);
      },
      (caught: Error) => {
        if (!current) return;
        setError(caught);
        setReady(true);
      },
    );
    return () => {
      current = false;
    };
  }, [reply, intent, about, moveIdx, directory, me.id, client, draftKey]);

  useEffect(() => {
    // Take the reader to the field the server named, as closely as the form marks it:
    // 'payload.changes[1].position' falls on the second change, 'to[1]' on the To list.
    if (!blamed) return;
    const prefixes = blamed.split(/(?=[[.])/).map((_, i, parts) => parts.slice(0, i + 1).join(''));
    const field = prefixes
      .reverse()
      .map((prefix) => document.querySelector(`[data-field="${CSS.escape(prefix)}"]`))
      .find((found) => found !== null);
    field?.scrollIntoView({ block: 'center' });
    field?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [blamed]);

  const set = <K extends keyof ComposeForm>(key: K, value: ComposeForm[K]) =>
    setForm((before) => ({ ...before, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = problemsOf(form);
    setErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const cable = await api.send(withPayload(draftFrom(form), payload));
      discardDraft(draftKey);
      void navigate(cableLink(cable.id));
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      if (caught instanceof ApiError) setErrors(fieldErrorOf(caught));
      setBusy(false);
    }
  }

  const people: AddresseeOption[] = directory.people.map((p) => ({ id: p.id, label: p.name, hint: p.title }));
  const groups: AddresseeOption[] = directory.groups.map((g) => ({
    id: g.id,
    label: g.name,
    hint: g.members.map((m) => directory.people.find((p) => p.id === m)?.name ?? m).join(', '),
  }));
  const addressees = [
    { title: 'Groups', options: groups },
    { title: 'People', options: people },
  ];
  const blames = (name: keyof ComposeForm) => Boolean(errors[name]) || isBlamed(name, blamed);
  const named = Object.keys(errors) as (keyof ComposeForm)[];
  const summary =
    named.length > 0
      ? `Check ${named.length === 1 ? 'the field' : `${named.length} fields`} marked below: ${named.map((name) => FIELD_LABELS[name]).join(', ')}.`
      : (error?.message ?? null);
  if (!ready) {
    return (
      <main className="compose" aria-busy="true">
        <PageHeading>{heading}</PageHeading>
        <p className="muted">{reply ? 'Loading the cable you answer…' : 'Loading…'}</p>
      </main>
    );
  }

  return (
    <main className="compose">
      <PageHeading>{heading}</PageHeading>
      <form onSubmit={submit} noValidate aria-describedby="compose-error">
        <div id="compose-error">
          <ErrorNote message={summary} />
        </div>
        {restoredAt && start && (
          <p className="draft-note" role="status">
            Your unsent draft of <CableTime at={restoredAt} /> is back.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                discardDraft(draftKey);
                setForm(start.form);
                setPayload(start.payload);
                setRestoredAt(null);
              }}
            >
              Discard it
            </button>
          </p>
        )}
        <div className="compose-grid">
          <AddresseePicker
            legend="To (action)"
            field="to"
            sections={addressees}
            selected={form.to}
            onChange={(v) => set('to', v)}
            invalid={blames('to')}
            error={errors.to}
          />
          <AddresseePicker
            legend="Info (copy)"
            field="info"
            sections={addressees}
            selected={form.info}
            onChange={(v) => set('info', v)}
            invalid={blames('info')}
            error={errors.info}
          />
          <AddresseePicker
            legend="Not to (exclusions)"
            field="exclude"
            sections={[{ title: 'People', options: people }]}
            selected={form.exclude}
            onChange={(v) => set('exclude', v)}
            invalid={blames('exclude')}
            error={errors.exclude}
          />
        </div>
        <EnvelopeFields form={form} set={set} blames={blames} errors={errors} people={people} />
        <TextField
          label="Subject"
          name="subject"
          value={form.subject}
          onChange={(value) => set('subject', value)}
          error={errors.subject ?? (blames('subject') ? error?.message : null)}
        />
        <ReferenceFields
          form={form}
          set={set}
          blames={blames}
          errors={errors}
          serverError={error}
          conferences={conferences}
        />
        <Suspense fallback={<p className="muted composer-note">Loading…</p>}>
          <PayloadComposer
            kind={form.kind}
            conference={form.conference}
            issues={splitList(form.issues)}
            forms={payload}
            onChange={setPayload}
            error={error instanceof ApiError ? error : null}
          />
        </Suspense>
        <TextField
          label="Body"
          name="body"
          rows={12}
          value={form.body}
          onChange={(value) => set('body', value)}
          error={errors.body ?? (blames('body') ? error?.message : null)}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Registering…' : 'Send cable'}
          </button>
        </div>
      </form>
    </main>
  );
}
