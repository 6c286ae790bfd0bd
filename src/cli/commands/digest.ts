import type { DigestPayload } from '../../core/index.js';
import { digestText } from '../../core/index.js';
import { callApi, loadCredentials } from '../api-client.js';

interface DigestAnswer {
  cable: { id: string; number: string; subject: string };
  digest: DigestPayload;
}

/**
 * Your digest: made now (registered as a cable to you alone) and printed; with
 * --at and --zone, sets the hour of your daily digest instead; with --list,
 * the digests you have.
 */
export async function digest(options: {
  server?: string;
  at?: string;
  zone?: string;
  off?: boolean;
  list?: boolean;
  json?: boolean;
}): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const print = (value: unknown) => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  if (options.at !== undefined || options.off) {
    const current = await callApi<{ schedule: { hour: number; timeZone: string } | null }>(
      server,
      token,
      'GET',
      '/api/digests',
    );
    const schedule = await callApi<{ hour: number; timeZone: string; enabled: boolean }>(
      server,
      token,
      'POST',
      '/api/digest-schedule',
      {
        hour: options.at !== undefined ? Number(options.at) : (current.schedule?.hour ?? 8),
        timeZone: options.zone ?? current.schedule?.timeZone ?? 'UTC',
        enabled: !options.off,
      },
    );
    if (options.json) return print(schedule);
    const said = schedule.enabled
      ? `Your daily digest comes at ${String(schedule.hour).padStart(2, '0')}:00, ${schedule.timeZone}.`
      : 'Your daily digest is off.';
    return void process.stdout.write(`${said}\n`);
  }
  if (options.list) {
    const list = await callApi<{ digests: DigestAnswer[] }>(server, token, 'GET', '/api/digests');
    if (options.json) return print(list);
    const lines = list.digests.map(({ cable }) => `${cable.number}  ${cable.subject}`);
    return void process.stdout.write(`${lines.length > 0 ? lines.join('\n') : 'No digests yet.'}\n`);
  }
  const made = await callApi<DigestAnswer>(server, token, 'POST', '/api/digests', {});
  if (options.json) return print(made);
  process.stdout.write(`${made.cable.number}  ${made.cable.subject}\n\n${digestText(made.digest)}\n`);
}
