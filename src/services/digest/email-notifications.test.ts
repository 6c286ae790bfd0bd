import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { registerCable } from '../cables/register-cable.js';
import type { Services } from '../services.js';
import { setEmailChoice } from './email-choice.js';
import { smtpMailer, startEmailNotifications } from './email-notifications.js';

/** A message as the local SMTP server received it: envelope recipients and the raw message. */
interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 (the smtp-server library), keeping every message it is sent. */
async function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString(),
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(done)),
  };
}

describe('e-mail notifications', { timeout: SLOW }, () => {
  let registry: TestServices;
  let services: Services;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
    services = { ...registry.services, now: () => '1946-03-01T09:00:00.000Z' };
    smtp = await startSmtpServer();
  }, SLOW);
  afterEach(async () => {
    await smtp?.close();
    await registry?.cleanup();
  });

  const SUBJECT = 'Concede nothing on the Dodecanese';
  const BODY = 'Tell Bevin the Soviet Union holds to its trusteeship claim in Tripolitania.';

  it('tell a person only that a FLASH cable waits, with a link: never its subject or text', async () => {
    await setEmailChoice(services, 'molotov', { address: 'molotov@delegation.example', events: ['flash'] });
    await setEmailChoice(services, 'beria', { address: 'beria@organs.example', events: ['flash'] });
    const mail = startEmailNotifications(
      services,
      smtpMailer(smtp.url, 'registry@plenipo.example'),
      'https://plenipo.example',
      () => {},
    );
    await registerCable(services, 'stalin', {
      to: ['molotov'],
      precedence: 'FLASH',
      classification: 'TOP SECRET',
      kind: 'directive',
      subject: SUBJECT,
      body: BODY,
    });
    await registerCable(services, 'stalin', {
      to: ['molotov'],
      precedence: 'ROUTINE',
      classification: 'SECRET',
      kind: 'note',
      subject: 'A routine matter',
      body: 'Nothing urgent.',
    });
    await mail.stop();
    expect(smtp.received.map((message) => message.to)).toEqual([['molotov@delegation.example']]);
    const [message] = smtp.received;
    expect(message!.raw).toContain('a FLASH cable waits for you');
    expect(message!.raw).toContain('https://plenipo.example/inbox');
    for (const secret of ['Dodecanese', 'Tripolitania', 'Bevin', 'stalin', 'Stalin'])
      expect(message!.raw).not.toContain(secret);
  });
});
