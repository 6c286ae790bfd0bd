import { writeFileSync } from 'node:fs';
import { ApiError, loadCredentials } from '../api-client.js';

export interface DossierOptions {
  server?: string;
  cable?: string;
  thread?: string;
  issue?: string;
  conference?: string;
  from?: string;
  until?: string;
  out: string;
}

const SELECTION = ['cable', 'thread', 'issue', 'conference', 'from', 'until'] as const;

/** Downloads what the API makes of a selection (a PDF, a bundle) to `out`, with the saved API token. */
async function download(path: string, options: DossierOptions): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const query = new URLSearchParams();
  for (const key of SELECTION) if (options[key] !== undefined) query.set(key, options[key]!);
  const response = await fetch(new URL(`${path}?${query}`, server), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, text ? JSON.parse(text) : {});
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  writeFileSync(options.out, bytes);
  process.stdout.write(`Wrote ${options.out} (${bytes.length} bytes).\n`);
}

/** `plenipo bundle`: a verifiable bundle of what the query names among the cables you may read. */
export function downloadBundle(options: DossierOptions): Promise<void> {
  return download('/api/bundle', options);
}

/** `plenipo dossier`: a printable PDF of what the query names among the cables you may read. */
export function downloadDossier(options: DossierOptions): Promise<void> {
  return download('/api/dossier.pdf', options);
}
