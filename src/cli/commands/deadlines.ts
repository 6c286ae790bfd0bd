import { callApi, loadCredentials } from '../api-client.js';
import { conferenceOf } from './conference-option.js';

interface DeadlineLine {
  id: string;
  description: string;
  conference: string;
  cable: { number: string };
  actors: string[];
  state: string;
  dueAt: string | null;
  metBy: { cable: { number: string }; at: string } | null;
}

/**
 * Lists deadlines with their status now: a conference's (the only open one
 * unless --conference), or with --mine those you must act on or are told of.
 */
export async function listDeadlines(options: {
  server?: string;
  conference?: string;
  mine?: boolean;
  person?: string;
  state?: string;
  json?: boolean;
}): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const query = new URLSearchParams();
  if (options.state) query.set('state', options.state);
  let path: string;
  if (options.mine) path = '/api/deadlines';
  else {
    if (options.person) query.set('person', options.person);
    const conference = await conferenceOf(server, token, options.conference);
    path = `/api/conferences/${encodeURIComponent(conference)}/deadlines`;
  }
  const suffix = query.size > 0 ? `?${query}` : '';
  const result = await callApi<{ now: string; deadlines: DeadlineLine[] }>(
    server,
    token,
    'GET',
    `${path}${suffix}`,
  );
  if (options.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (result.deadlines.length === 0) return void process.stdout.write('No deadlines.\n');
  const lines = result.deadlines.map((deadline) => {
    const due = deadline.dueAt ? deadline.dueAt.slice(0, 16).replace('T', ' ') : 'not yet running';
    const met = deadline.metBy ? ` — met by ${deadline.metBy.cable.number}` : '';
    return (
      `${deadline.state.toUpperCase().padEnd(7)} ${due}  ${deadline.id}: ${deadline.description}` +
      ` (${deadline.actors.join(', ')} to act; set by ${deadline.cable.number})${met}`
    );
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}
