import { readFileSync } from 'node:fs';
import { ACCOUNT_FORMATS, type AccountFormat, invalidInput, parseAccount } from '../../core/index.js';
import { callApi, loadCredentials } from '../api-client.js';

interface Remote {
  server?: string;
  conference: string;
  json?: boolean;
}

interface Flag {
  flag: string;
  detail: string;
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');
const print = (value: unknown) => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** Lists a conference's sessions with what their records lack, or one session's entries with `--session`. */
export async function recordList(options: Remote & { session?: string }): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  if (!options.session) {
    const { sessions } = await callApi<{
      sessions: { session: { id: string; date: string }; accounts: number; entries: number; flags: Flag[] }[];
    }>(server, token, 'GET', `/api/conferences/${path(options.conference)}/sessions`);
    if (options.json) return print({ sessions });
    const lines = sessions.map(
      ({ session, accounts, entries, flags }) =>
        `${session.id.padEnd(16)} ${session.date.slice(0, 10)}  ${String(accounts).padStart(2)} accounts ` +
        `${String(entries).padStart(3)} entries  ${flags.map((f) => `! ${f.detail}`).join('; ')}`,
    );
    return void process.stdout.write(`${lines.join('\n')}\n`);
  }
  const record = await callApi<{
    entries: {
      at: string;
      party: string;
      speaker: string | null;
      issue: string | null;
      text: string;
      source: string;
    }[];
    flags: Flag[];
  }>(
    server,
    token,
    'GET',
    `/api/conferences/${path(options.conference, 'sessions', options.session, 'record')}`,
  );
  if (options.json) return print(record);
  const lines = record.entries.map(
    (e) =>
      `${e.at.slice(11, 16)}  ${e.party.padEnd(8)} ${(e.speaker ?? '').padEnd(12)} [${e.source}] ${e.text}`,
  );
  for (const flag of record.flags) lines.push(`! ${flag.detail}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

interface AddOptions extends Remote {
  session: string;
  source: string;
  party: string;
  to: string[];
  info?: string[];
  classification: string;
  precedence: string;
  subject?: string;
  title?: string;
  entry?: string[];
}

/** Registers an account of a session typed on the command line, one `--entry 'Speaker (party) [issue]: text'` each. */
export async function recordAdd(options: AddOptions): Promise<void> {
  const entries = parseAccount((options.entry ?? []).join('\n\n'), 'text');
  await registerAccount(options, entries);
}

/** Registers an account written elsewhere: a plain-text, Markdown or JSON Lines file. */
export async function recordImport(file: string, options: AddOptions & { format?: string }): Promise<void> {
  const format = (options.format ?? formatOfFile(file)) as AccountFormat;
  if (!ACCOUNT_FORMATS.includes(format))
    throw invalidInput('format', `must be one of ${ACCOUNT_FORMATS.join(', ')}`);
  await registerAccount(options, parseAccount(readFileSync(file, 'utf8'), format));
}

function formatOfFile(file: string): AccountFormat {
  if (file.endsWith('.jsonl')) return 'jsonl';
  if (file.endsWith('.md')) return 'markdown';
  return 'text';
}

async function registerAccount(options: AddOptions, entries: unknown[]): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const issues = [
    ...new Set(
      entries.flatMap((e) => ((e as { issue?: string }).issue ? [(e as { issue: string }).issue] : [])),
    ),
  ];
  const draft = {
    to: options.to,
    info: options.info ?? [],
    precedence: options.precedence,
    classification: options.classification,
    kind: 'record',
    subject: options.subject ?? `Record of ${options.session} (${options.source}, ${options.party})`,
    issues,
    conference: options.conference,
    body: `${options.title ?? 'Account'} of ${options.session}: ${entries.length} entries.`,
    payload: {
      type: 'record',
      conference: options.conference,
      session: options.session,
      source: options.source,
      party: options.party,
      ...(options.title ? { title: options.title } : {}),
      entries,
    },
  };
  const cable = await callApi<{ id: string; number: string }>(server, token, 'POST', '/api/cables', draft);
  if (options.json) return print(cable);
  process.stdout.write(`${cable.number}  ${entries.length} entries recorded\n`);
}
