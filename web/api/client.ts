import { apiErrorFrom } from './api-error.js';

/** Dispatched on window when the API answers 401: the session is gone. */
export const SIGNED_OUT_EVENT = 'plenipo:signed-out';

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from GET /api/me) for the writes that follow. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * The one fetch wrapper: JSON in and out, the session cookie sent, and any
 * non-2xx answer thrown as an ApiError built from the server's error body.
 */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // The cookie alone does not prove the page sent the write: the server also wants the token.
  if (method !== 'GET' && csrfToken) headers['x-plenipo-csrf'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
    signal: signal ?? null,
  });
  if (!response.ok) {
    // A session that lapsed mid-use sends the app back to the login page.
    if (response.status === 401 && path !== '/api/login') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    throw await apiErrorFrom(response);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
