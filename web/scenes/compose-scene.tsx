import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, lazy, Suspense, useEffect, useState } from 'react';
import { api } from '../api/api.js';
import { ApiError } from '../api/api-error.js';
import { queries } from '../api/queries.js';
import { type AddresseeOption, AddresseePicker } from '../components/addressee-picker.js';
import { ErrorNote } from '../components/error-note.js';
import { FormField } from '../components/form-field.js';
import { PageHeading } from '../components/page-heading.js';
import { TextField } from '../components/text-field.js';
import { useSession } from '../hooks/use-session.js';
import { cableLink } from '../router/links.js';
import type { AuthorityIntent, ComposeSearch } from '../router/route-search.js';
import { usePageTitle } from '../router/use-page-title.js';
import { authorityDraft, reportConference } from './authority-draft.js';
import {
  blankForm,
  type ComposeForm,
  draftFrom,
  type FieldErrors,
  fieldErrorOf,
  isBlamed,
  problemsOf,
  replyForm,
  splitList,
} from './compose-form.js';
import { type PayloadForms, withPayload } from './compose-payload.js';

// The directive and move composers are loaded when a directive or report first needs them.
const PayloadComposer = lazy(() =>
  import('../components/payload-composer.js').then((m) => ({ default: m.PayloadComposer })),
);

const NO_PAYLOAD: PayloadForms = { directive: { issue: '', effectiveFrom: '', changes: [] }, moves: [] };

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
  // A reply's form waits for the cable answered: edits made before it loaded would be overwritten.
  const [ready, setReady] = useState(!reply);
  const blamed = error instanceof ApiError ? error.field : (Object.keys(errors)[0] ?? undefined);
  const intent = asked ?? null;
  const about = aboutRef ?? null;
  const moveIdx = move ?? null;
  const heading = intent ? HEADINGS[intent] : reply ? 'Reply' : 'New cable';
  usePageTitle(heading);

  useEffect(() => {
    setPayload(NO_PAYLOAD);
    setError(null);
    if (!reply) {
      setForm(blankForm(directory));
      setReady(true);
      return;
    }
    let current = true;
    setReady(false);
    const load = async () => {
      const { cable: answered } = await client.fetchQuery(queries.cable(reply));
      const plain = { form: replyForm(directory, answered, me.id), payload: NO_PAYLOAD, problem: null };
      if (!intent) return plain;
      const report =
        about && about !== answered.id ? (await client.fetchQuery(queries.cable(about))).cable : answered;
      const conference = reportConference(report);
      const plan = conference ? await client.fetchQuery(queries.mandates(conference)) : null;
      const draft = plan
        ? authorityDraft({
            intent,
            directory,
            report,
            answered,
            move: moveIdx,
            plan: plan.plan,
            mandates: plan.mandates,
          })
        : null;
      // Nothing to prefill: a plain reply, and why.
      if (!draft) return { ...plain, problem: new Error(`No move of ${report.number} needs authority.`) };
      return { form: draft.form, payload: { ...NO_PAYLOAD, directive: draft.directive }, problem: null };
    };
    load().then(
      (loaded) => {
        if (!current) return;
        setForm(loaded.form);
        setPayload(loaded.payload);
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
  }, [reply, intent, about, moveIdx, directory, me.id, client]);

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
        <p className="muted">Loading the cable you answer…</p>
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
        <div className="compose-row">
          <FormField label="Via (relay)" htmlFor="via" field="via" invalid={blames('via')} error={errors.via}>
            <select id="via" value={form.via} onChange={(e) => set('via', e.target.value)}>
              <option value="">— direct —</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label="Precedence"
            htmlFor="precedence"
            field="precedence"
            invalid={blames('precedence')}
            error={errors.precedence}
          >
            <select
              id="precedence"
              value={form.precedence}
              onChange={(e) => set('precedence', e.target.value)}
            >
              {directory.precedences.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </FormField>
          <FormField
            label="Classification"
            htmlFor="classification"
            field="classification"
            invalid={blames('classification')}
            error={errors.classification}
          >
            <select
              id="classification"
              value={form.classification}
              onChange={(e) => set('classification', e.target.value)}
            >
              {directory.classifications.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </FormField>
          <FormField label="Kind" htmlFor="kind" field="kind" invalid={blames('kind')} error={errors.kind}>
            <select id="kind" value={form.kind} onChange={(e) => set('kind', e.target.value)}>
              {directory.kinds.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </FormField>
          <fieldset className={`captions${blames('captions') ? ' invalid' : ''}`} data-field="captions">
            <legend>Captions</legend>
            {directory.captions.map((caption) => (
              <label key={caption} className="check">
                <input
                  type="checkbox"
                  checked={form.captions.includes(caption)}
                  onChange={(e) =>
                    set(
                      'captions',
                      e.target.checked
                        ? [...form.captions, caption]
                        : form.captions.filter((c) => c !== caption),
                    )
                  }
                />
                {caption}
              </label>
            ))}
          </fieldset>
        </div>
        <TextField
          label="Subject"
          name="subject"
          value={form.subject}
          onChange={(value) => set('subject', value)}
          error={errors.subject ?? (blames('subject') ? error?.message : null)}
        />
        <div className="compose-row">
          <TextField
            label="Issues"
            name="issues"
            hint="Comma separated tags, e.g. rumania, italy-treaty"
            value={form.issues}
            onChange={(value) => set('issues', value)}
            error={errors.issues ?? (blames('issues') ? error?.message : null)}
          />
          <FormField
            label="Conference"
            htmlFor="conference"
            field="conference"
            invalid={blames('conference')}
            error={errors.conference}
          >
            <select
              id="conference"
              value={form.conference}
              onChange={(e) => set('conference', e.target.value)}
            >
              <option value="">— none —</option>
              {directory.conferences.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </FormField>
          <TextField
            label="In reply to"
            name="inReplyTo"
            hint="Registry number or id"
            value={form.inReplyTo}
            onChange={(value) => set('inReplyTo', value)}
            error={errors.inReplyTo ?? (blames('inReplyTo') ? error?.message : null)}
          />
          <TextField
            label="Refs"
            name="refs"
            hint="Comma separated"
            value={form.refs}
            onChange={(value) => set('refs', value)}
            error={errors.refs ?? (blames('refs') ? error?.message : null)}
          />
          <TextField
            label="Signature alias"
            name="alias"
            hint="Optional"
            value={form.alias}
            onChange={(value) => set('alias', value)}
            error={errors.alias ?? (blames('alias') ? error?.message : null)}
          />
        </div>
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
