import { callApi, loadCredentials } from '../api-client.js';

interface HandlingTable {
  cable: { number: string; precedence: string };
  acknowledgeBy: string | null;
  addressees: {
    person: string;
    deliveredAt: string;
    openedAt: string | null;
    acknowledgedAt: string | null;
    escalatedAt: string | null;
  }[];
}

const when = (at: string | null) => (at ? at.slice(0, 16).replace('T', ' ') : '—');

/** `plenipo ack <ref>`: acknowledge a cable; with --table, the author's table of who has. */
export async function ack(
  ref: string,
  options: { server?: string; table?: boolean; json?: boolean },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const url = `/api/cables/${encodeURIComponent(ref)}`;
  if (!options.table) {
    const done = await callApi<{ number: string; acknowledgedAt: string }>(
      server,
      token,
      'POST',
      `${url}/acknowledgement`,
    );
    return void process.stdout.write(`${done.number} acknowledged at ${done.acknowledgedAt}.\n`);
  }
  const table = await callApi<HandlingTable>(server, token, 'GET', `${url}/acknowledgements`);
  if (options.json) return void process.stdout.write(`${JSON.stringify(table, null, 2)}\n`);
  const lines = [
    `${table.cable.number} (${table.cable.precedence})${table.acknowledgeBy ? `, to acknowledge by ${when(table.acknowledgeBy)}` : ''}`,
    'addressee        delivered         opened            acknowledged      escalated',
    ...table.addressees.map(
      (a) =>
        `${a.person.padEnd(16)} ${when(a.deliveredAt).padEnd(17)} ${when(a.openedAt).padEnd(17)} ${when(a.acknowledgedAt).padEnd(17)} ${when(a.escalatedAt)}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
