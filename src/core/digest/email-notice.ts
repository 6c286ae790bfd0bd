import type { Cable } from '../cable/cable.js';
import type { EmailEvent } from './email-choice.js';

/** An e-mail as plenipo writes it: to whom, its subject line and its text. */
export interface EmailNotice {
  to: string;
  subject: string;
  text: string;
}

/**
 * Which of a person's chosen events a newly registered cable is for them:
 * a FLASH or IMMEDIATE arrival, or a query asking them for authority; null
 * when none, or when they wrote it, or may not read it.
 */
export function emailEventOf(cable: Cable, person: string): EmailEvent | null {
  if (cable.author === person || !cable.readers.includes(person)) return null;
  if (cable.kind === 'query' && cable.to.includes(person)) return 'authority-request';
  if (cable.precedence === 'FLASH') return 'flash';
  if (cable.precedence === 'IMMEDIATE') return 'immediate';
  return null;
}

/**
 * The e-mail telling a person that something waits (issue 14): only that, at
 * what precedence, and a link to sign in and read it. Never the subject, the
 * text, the author or the registry number: mail leaves the registry's
 * protection, so it carries nothing a cable says.
 */
export function emailNoticeOf(
  cable: Pick<Cable, 'precedence'>,
  event: EmailEvent,
  address: string,
  baseUrl: string,
): EmailNotice {
  const what = event === 'authority-request' ? 'a request for your authority' : `a ${cable.precedence} cable`;
  return {
    to: address,
    subject: `plenipo: ${what} waits for you`,
    text: `${what[0]!.toUpperCase()}${what.slice(1)} waits for you in plenipo (precedence ${cable.precedence}).\nSign in to read it: ${baseUrl.replace(/\/$/, '')}/inbox\n`,
  };
}
