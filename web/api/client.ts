import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error.js';
import type { paths } from './openapi.js';

/** Dispatched on window when the API answers 401: the session is gone. */
export const SIGNED_OUT_EVENT = 'plenipo:signed-out';

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from GET /api/me) for the writes that follow. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const session: Middleware = {
  onRequest({ request }) {
    // The cookie alone does not prove the page sent the write: the server also wants the token.
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-plenipo-csrf', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // A session that lapsed mid-use sends the app back to the login page.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/api/login')) {
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    }
    return response;
  },
};

/**
 * The one typed client: every path, parameter, body and answer is checked
 * against the types generated from the OpenAPI document; the session cookie is
 * sent with every request.
 */
export const client = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});
client.use(session);

interface Answered<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data, or the refusal thrown as an ApiError built from the server's `{error, message, field?}`. */
export async function answerOf<T>(pending: Promise<Answered<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw ApiError.from(response, error);
  return data as T;
}
