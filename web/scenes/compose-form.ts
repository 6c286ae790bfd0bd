import type { CableDraft, CableView, Directory } from '../api/schema.js';

/** The compose form's state: lists as chosen, free-text lists as typed. */
export interface ComposeForm {
  to: string[];
  info: string[];
  exclude: string[];
  via: string;
  precedence: string;
  classification: string;
  captions: string[];
  kind: string;
  subject: string;
  /** Comma separated issue tags. */
  issues: string;
  conference: string;
  /** A cable id or registry number. */
  inReplyTo: string;
  /** Comma separated cable ids or registry numbers. */
  refs: string;
  alias: string;
  body: string;
}

/** A fresh cable: the least urgent precedence, the lowest classification. */
export function blankForm(
  directory: Pick<Directory, 'precedences' | 'classifications' | 'kinds'>,
): ComposeForm {
  return {
    to: [],
    info: [],
    exclude: [],
    via: '',
    precedence: directory.precedences.at(-1) ?? 'ROUTINE',
    classification: directory.classifications[0] ?? '',
    captions: [],
    kind: directory.kinds.includes('report') ? 'report' : (directory.kinds[0] ?? ''),
    subject: '',
    issues: '',
    conference: '',
    inReplyTo: '',
    refs: '',
    alias: '',
    body: '',
  };
}

/**
 * A reply: back to the author (or, answering one's own cable, to its
 * addressees), at the same precedence and classification, on the same issues.
 */
export function replyForm(
  directory: Pick<Directory, 'precedences' | 'classifications' | 'kinds'>,
  original: CableView,
  meId: string,
): ComposeForm {
  const subject = /^re:/i.test(original.subject) ? original.subject : `Re: ${original.subject}`;
  return {
    ...blankForm(directory),
    to: original.author.id === meId ? [...original.to] : [original.author.id],
    precedence: original.precedence,
    classification: original.classification,
    kind: directory.kinds.includes('reply') ? 'reply' : original.kind,
    subject,
    issues: original.issues.join(', '),
    conference: original.conference ?? '',
    inReplyTo: original.number,
  };
}

/** The POST body: trimmed, with empty optional fields left out (the API refuses unknown ones). */
export function draftFrom(form: ComposeForm): CableDraft {
  const draft: CableDraft = {
    to: form.to,
    // The pickers offer the directory's words; anything else is refused by the server, naming the field.
    precedence: form.precedence as CableDraft['precedence'],
    classification: form.classification,
    kind: form.kind as CableDraft['kind'],
    subject: form.subject.trim(),
    body: form.body,
  };
  if (form.info.length > 0) draft.info = form.info;
  if (form.exclude.length > 0) draft.exclude = form.exclude;
  if (form.via) draft.via = form.via;
  if (form.captions.length > 0) draft.captions = form.captions as NonNullable<CableDraft['captions']>;
  const issues = splitList(form.issues);
  if (issues.length > 0) draft.issues = issues;
  if (form.conference) draft.conference = form.conference;
  if (form.inReplyTo.trim()) draft.inReplyTo = form.inReplyTo.trim();
  const refs = splitList(form.refs);
  if (refs.length > 0) draft.refs = refs;
  if (form.alias.trim()) draft.alias = form.alias.trim();
  return draft;
}

/** Comma separated words as a list, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Whether the field the API blamed (e.g. 'to[1]', 'refs[0]') is this form field. */
export function isBlamed(name: keyof ComposeForm, blamed: string | undefined): boolean {
  return (
    blamed !== undefined &&
    (blamed === name || blamed.startsWith(`${name}[`) || blamed.startsWith(`${name}.`))
  );
}

/** What is wrong with the form, by field, every field at once. */
export type FieldErrors = Partial<Record<keyof ComposeForm, string>>;

/** What must be filled in before a cable can be sent, found before asking the server. */
export function problemsOf(form: ComposeForm): FieldErrors {
  const problems: FieldErrors = {};
  if (form.to.length === 0) problems.to = 'Choose at least one addressee to act on the cable.';
  if (!form.subject.trim()) problems.subject = 'Write a subject.';
  if (!form.body.trim()) problems.body = 'Write the text of the cable.';
  return problems;
}

/**
 * The server's refusal at the form field it names ('to[1]' falls on To), its
 * message without the path it starts with; nothing when it names no field of
 * this form (a payload's fields are shown by its own composer).
 */
export function fieldErrorOf(refusal: { field?: string | undefined; message: string }): FieldErrors {
  const { field, message } = refusal;
  if (!field) return {};
  const names = Object.keys(
    blankForm({ precedences: [], classifications: [], kinds: [] }),
  ) as (keyof ComposeForm)[];
  const name = names.find((candidate) => isBlamed(candidate, field));
  if (!name) return {};
  const text = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return { [name]: text.charAt(0).toUpperCase() + text.slice(1) };
}
