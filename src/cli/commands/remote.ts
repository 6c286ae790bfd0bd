import { readFileSync } from 'node:fs';
import type { CableSummary, CableView } from '../../http/schemas/cable-schemas.js';
import {
  callApi,
  forgetCredentials,
  loadCredentials,
  saveCredentials,
  savedCredentials,
} from '../api-client.js';
import { jsonObjectIn } from './json-file.js';

interface Remote {
  server?: string;
}

/** Revokes the saved API token on its server and forgets it here. */
export async function logout(): Promise<void> {
  const saved = savedCredentials();
  if (!saved) return void process.stdout.write('Not signed in.\n');
  await callApi(saved.server, saved.token, 'DELETE', `/api/tokens/${encodeURIComponent(saved.tokenId)}`);
  forgetCredentials();
  process.stdout.write(`Signed out of ${saved.server}: the token is revoked.\n`);
}

/** Gets an API token for `login` and keeps it for the other remote commands. */
export async function login(options: Remote & { user: string; passwordStdin?: boolean }): Promise<void> {
  const { server } = loadCredentials(options.server);
  const password = options.passwordStdin
    ? readFileSync(0, 'utf8').replace(/\r?\n$/, '')
    : await promptHidden('Password: ');
  const issued = await callApi<{ id: string; token: string; person: { name: string } }>(
    server,
    null,
    'POST',
    '/api/tokens',
    {
      login: options.user,
      password,
      name: 'cli',
    },
  );
  saveCredentials({ server, token: issued.token, tokenId: issued.id, login: options.user });
  process.stdout.write(`Signed in to ${server} as ${issued.person.name}\n`);
}

/** Asks for a secret on stderr and reads it from stdin without echo. */
export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(question);
    const stdin = process.stdin;
    stdin.setRawMode?.(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode?.(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

function line(cable: CableSummary): string {
  const captions = cable.captions.length ? ` [${cable.captions.join(', ')}]` : '';
  const mark = cable.read ? ' ' : '*';
  const author = cable.alias ? `${cable.alias} (${cable.author.name})` : cable.author.name;
  return `${mark} ${cable.number.padEnd(12)} ${cable.registeredAt.slice(0, 16).replace('T', ' ')}  ${cable.precedence.padEnd(9)} ${cable.classification}${captions}  ${author}: ${cable.subject}`;
}

export async function inbox(
  options: Remote & { sent?: boolean; limit: string; json?: boolean },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const box = options.sent ? 'sent' : 'in';
  const result = await callApi<{ total: number; unread: number; cables: CableSummary[] }>(
    server,
    token,
    'GET',
    `/api/inbox?box=${box}&limit=${encodeURIComponent(options.limit)}`,
  );
  if (options.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${result.total} cables, ${result.unread} unread\n`);
  for (const cable of result.cables) process.stdout.write(`${line(cable)}\n`);
}

export async function show(reference: string, options: Remote & { json?: boolean }): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const { cable, thread } = await callApi<{ cable: CableView; thread: CableSummary[] }>(
    server,
    token,
    'GET',
    `/api/cables/${encodeURIComponent(reference)}`,
  );
  if (options.json) return void process.stdout.write(`${JSON.stringify({ cable, thread }, null, 2)}\n`);
  const rows = [
    `${cable.classification}${cable.captions.length ? ` — ${cable.captions.join(', ')}` : ''}`,
    `${cable.number}  ${cable.precedence}  ${cable.kind}  registered ${cable.registeredAt}`,
    `From: ${cable.alias ? `${cable.alias} (${cable.author.name})` : cable.author.name}${cable.via ? `, via ${cable.via}` : ''}`,
    `To: ${cable.to.join(', ')}${cable.info.length ? `   Info: ${cable.info.join(', ')}` : ''}${cable.exclude.length ? `   Not to: ${cable.exclude.join(', ')}` : ''}`,
    `Subject: ${cable.subject}`,
    ...(cable.inReplyTo ? [`In reply to: ${cable.inReplyTo.number}`] : []),
    '',
    cable.body ?? `[${cable.withheld}: shown only in the web UI, never copied through the API]`,
    '',
    `Thread: ${thread.map((c) => c.number).join(' → ')}`,
  ];
  process.stdout.write(`${rows.join('\n')}\n`);
}

export async function search(
  query: string,
  options: Remote & Record<string, string | boolean | undefined>,
): Promise<void> {
  const { server, token } = loadCredentials(options.server as string | undefined);
  const params = new URLSearchParams({ q: query });
  for (const key of ['from', 'until', 'author', 'kind', 'issue', 'conference', 'limit']) {
    const value = options[key];
    if (typeof value === 'string') params.set(key, value);
  }
  const result = await callApi<{ total: number; hits: (CableSummary & { snippet: string })[] }>(
    server,
    token,
    'GET',
    `/api/search?${params}`,
  );
  if (options.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${result.total} cables match\n`);
  for (const hit of result.hits) {
    process.stdout.write(
      `${line(hit)}\n      ${hit.snippet.replaceAll('\u0002', '[').replaceAll('\u0003', ']')}\n`,
    );
  }
}

export async function send(
  options: Remote & {
    to: string[];
    info?: string[];
    exclude?: string[];
    via?: string;
    precedence: string;
    classification: string;
    caption?: string[];
    kind: string;
    subject: string;
    issue?: string[];
    conference?: string;
    replyTo?: string;
    ref?: string[];
    alias?: string;
    bodyFile?: string;
    body?: string;
    payload?: string;
  },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const body = options.body ?? readFileSync(options.bodyFile ?? 0, 'utf8');
  const draft = Object.fromEntries(
    Object.entries({
      to: options.to,
      info: options.info,
      exclude: options.exclude,
      via: options.via,
      precedence: options.precedence,
      classification: options.classification,
      captions: options.caption,
      kind: options.kind,
      subject: options.subject,
      issues: options.issue,
      conference: options.conference,
      inReplyTo: options.replyTo,
      refs: options.ref,
      alias: options.alias,
      body,
      payload: options.payload === undefined ? undefined : jsonObjectIn(options.payload, '--payload'),
    }).filter(([, value]) => value !== undefined),
  );
  const { cable } = await callApi<{ cable: CableView }>(server, token, 'POST', '/api/cables', draft);
  process.stdout.write(`Registered ${cable.number} (${cable.id})\n`);
}
