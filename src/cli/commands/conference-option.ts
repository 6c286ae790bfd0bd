import { callApi } from '../api-client.js';

interface ConferenceEntry {
  id: string;
  startsOn: string;
  endsOn: string;
}

/**
 * The conference a command is about: the one named, else the only one there
 * is, else the only one open today. Several open (or none) and none named is
 * an error that lists them, rather than a guess.
 */
export async function conferenceOf(
  server: string,
  token: string | null,
  named: string | undefined,
): Promise<string> {
  if (named) return named;
  const { conferences } = await callApi<{ conferences: ConferenceEntry[] }>(
    server,
    token,
    'GET',
    '/api/conferences',
  );
  if (conferences.length === 1) return conferences[0]!.id;
  const today = new Date().toISOString().slice(0, 10);
  const open = conferences.filter((c) => c.startsOn.slice(0, 10) <= today && today <= c.endsOn.slice(0, 10));
  if (open.length === 1) return open[0]!.id;
  const ids = conferences.map((conference) => conference.id).join(', ') || 'none';
  throw new Error(`say which conference with --conference (${open.length} open today; all: ${ids})`);
}
