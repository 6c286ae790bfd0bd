import { writeFileSync } from 'node:fs';
import { ApiError, callApi, loadCredentials } from '../api-client.js';

export interface ReleaseOptions {
  server?: string;
  cables?: string[];
  thread?: string;
  series?: string;
  periodFrom?: string;
  periodUntil?: string;
  conference?: string;
  people?: string[];
  groups?: string[];
  public?: boolean;
  from: string;
  redact?: string[];
  note?: string;
}

/**
 * One redaction as the command line writes it: `CABLE:START-END:REASON` (a
 * range of code points) or `CABLE:"passage":REASON` (its first occurrence).
 */
export function parseRedaction(text: string, index: number) {
  const range = /^([^:]+):(\d+)-(\d+):(.+)$/s.exec(text);
  if (range) return { cable: range[1]!, start: Number(range[2]), end: Number(range[3]), reason: range[4]! };
  const passage = /^([^:]+):"(.+)":(.+)$/s.exec(text);
  if (passage) return { cable: passage[1]!, passage: passage[2]!, reason: passage[3]! };
  throw new ApiError(400, {
    error: 'invalid-input',
    field: `redactions[${index}]`,
    message: `redactions[${index}]: write CABLE:START-END:REASON or CABLE:"passage":REASON`,
  });
}

/** The release request the options describe, as POST /api/releases takes it. */
export function releaseRequestOf(options: ReleaseOptions) {
  const period =
    options.periodFrom || options.periodUntil
      ? { from: options.periodFrom, until: options.periodUntil }
      : undefined;
  return {
    scope: {
      cables: options.cables,
      thread: options.thread,
      series: options.series,
      period,
      conference: options.conference,
    },
    audience: { public: options.public ?? false, people: options.people ?? [], groups: options.groups ?? [] },
    from: options.from,
    redactions: (options.redact ?? []).map(parseRedaction),
    ...(options.note ? { note: options.note } : {}),
  };
}

/** `plenipo release`: an archivist widens cables to new readers from a date, with redactions. */
export async function releaseCables(options: ReleaseOptions): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const made = await callApi<{ entry: string; cables: number; readers: string[] }>(
    server,
    token,
    'POST',
    '/api/releases',
    releaseRequestOf(options),
  );
  process.stdout.write(
    `Registered ${made.entry}: ${made.cables} cable(s) released to ${made.readers.join(', ')} from ${options.from}.\n`,
  );
}

/** `plenipo withdraw-release`: ends a release from a date, as another signed entry. */
export async function withdrawRelease(
  entry: string,
  options: { server?: string; from: string; reason: string },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const made = await callApi<{ entry: string }>(
    server,
    token,
    'POST',
    `/api/releases/${encodeURIComponent(entry)}/withdraw`,
    { from: options.from, reason: options.reason },
  );
  process.stdout.write(`Registered ${made.entry}: ${entry} is withdrawn from ${options.from}.\n`);
}

/** `plenipo export --tei`: what you may read (signed out: what is released) as TEI P5, as GET /api/export.tei gives it. */
export async function exportTei(options: {
  server?: string;
  cable?: string;
  conference?: string;
  from?: string;
  until?: string;
  out?: string;
}): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const query = new URLSearchParams();
  for (const key of ['cable', 'conference', 'from', 'until'] as const)
    if (options[key] !== undefined) query.set(key, options[key]!);
  const response = await fetch(new URL(`/api/export.tei?${query}`, server), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, text ? JSON.parse(text) : {});
  if (options.out) {
    writeFileSync(options.out, text);
    process.stdout.write(`Wrote ${options.out} (${Buffer.byteLength(text)} bytes).\n`);
  } else process.stdout.write(text);
}
