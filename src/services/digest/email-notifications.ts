import nodemailer from 'nodemailer';
import { type EmailNotice, emailEventOf, emailNoticeOf } from '../../core/index.js';
import type { Services } from '../services.js';

/** What sends an e-mail: SMTP through nodemailer in a server, the same in tests against a local SMTP server. */
export interface Mailer {
  send(notice: EmailNotice): Promise<void>;
  close(): void;
}

/** A mailer over SMTP: `smtpUrl` as nodemailer reads it (`smtp://host:25`, `smtps://user:pass@host`). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(notice) {
      await transport.sendMail({ from, to: notice.to, subject: notice.subject, text: notice.text });
    },
    close: () => transport.close(),
  };
}

/**
 * E-mails each person who chose it when a cable they may read arrives at a
 * precedence or of a kind they chose: a notice that something waits, never
 * what it says. Hears only cables registered in this process, so a cable is
 * mailed once however many processes serve the registry. A failed send is
 * reported, and the cable stays in the inbox as ever.
 */
export function startEmailNotifications(
  services: Services,
  mailer: Mailer,
  baseUrl: string,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let sending: Promise<void> = Promise.resolve();
  const unsubscribe = services.bus.subscribeRegisteredHere((cable) => {
    sending = sending
      .then(async () => {
        for (const choice of await services.store.digests.emailChoices()) {
          const event = emailEventOf(cable, choice.personId);
          if (event && choice.events.includes(event))
            await mailer.send(emailNoticeOf(cable, event, choice.address, baseUrl));
        }
      })
      .catch(onError);
  });
  return {
    async stop() {
      unsubscribe();
      await sending;
      mailer.close();
    },
  };
}
