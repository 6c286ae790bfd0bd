import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const DEFAULT_SERVER = 'http://127.0.0.1:7945';

/** Where `plenipo login` keeps the API token: the user's config folder, readable by them only. */
export function credentialsPath(): string {
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'plenipo', 'credentials.json');
}

export interface Credentials {
  server: string;
  token: string;
  /** The token's id, by which it is revoked. */
  tokenId: string;
  login: string;
}

export function saveCredentials(credentials: Credentials): void {
  const path = credentialsPath();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** PLENIPO_SERVER and PLENIPO_TOKEN win over the saved credentials. */
export function loadCredentials(serverOption?: string): { server: string; token: string | null } {
  const saved: Partial<Credentials> = existsSync(credentialsPath())
    ? JSON.parse(readFileSync(credentialsPath(), 'utf8'))
    : {};
  return {
    server: serverOption ?? process.env.PLENIPO_SERVER ?? saved.server ?? DEFAULT_SERVER,
    token: process.env.PLENIPO_TOKEN ?? saved.token ?? null,
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; message?: string; field?: string },
  ) {
    super(body.message ?? `HTTP ${status}`);
  }
}

/** Calls the plenipo API with the API token; throws ApiError with the server's message on 4xx/5xx. */
export async function callApi<T>(
  server: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(new URL(path, server), {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : {};
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed as T;
}

/** The saved credentials, or null when there are none. */
export function savedCredentials(): Credentials | null {
  return existsSync(credentialsPath())
    ? (JSON.parse(readFileSync(credentialsPath(), 'utf8')) as Credentials)
    : null;
}

export function forgetCredentials(): void {
  rmSync(credentialsPath(), { force: true });
}
