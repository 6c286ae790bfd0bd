import { z } from 'zod';

/**
 * What a person may choose to hear of by e-mail (issue 14): FLASH and
 * IMMEDIATE arrivals, escalations, authority requests and deadline alerts.
 * The e-mail says only that something waits and at what precedence.
 */
export const EMAIL_EVENTS = [
  'flash',
  'immediate',
  'escalation',
  'authority-request',
  'deadline-alert',
] as const;
export type EmailEvent = (typeof EMAIL_EVENTS)[number];

/** A person's choice: the address to write to and the events to write about; no events, no e-mail. */
export const EmailChoiceSchema = z.strictObject({
  address: z.email('must be an e-mail address').max(254),
  events: z.array(z.enum(EMAIL_EVENTS)).max(EMAIL_EVENTS.length),
});
export type EmailChoice = z.output<typeof EmailChoiceSchema>;
