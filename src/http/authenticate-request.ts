import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/index.js';
import { isCsrfTokenValid, personOfCredential } from '../services/accounts/authenticate.js';
import type { Credential } from '../services/accounts/live-streams.js';
import type { Services } from '../services/services.js';
import type { Person } from '../store/store.js';

export const SESSION_COOKIE = 'plenipo_session';
export const CSRF_HEADER = 'x-plenipo-csrf';

/** Who is calling, and how: the web UI's session cookie, or an API token (CLI, scripts). */
export interface Caller {
  person: Person;
  viaApiToken: boolean;
  session: string | null;
  /** The session or token itself (hashed), for what must end with it: live streams. */
  credential: Credential;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/**
 * Resolves the caller of a request. Cookie-authenticated writes must also
 * carry the session's CSRF token in a header that a cross-site form cannot set.
 */
export function authenticateRequest(services: Services) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const session = bearer ? undefined : request.cookies[SESSION_COOKIE];
    const found = await personOfCredential(services, { apiToken: bearer, session });
    if (!found) {
      request.caller = null;
      return;
    }
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (
      !bearer &&
      isWrite &&
      !isCsrfTokenValid(session!, request.headers[CSRF_HEADER] as string | undefined)
    ) {
      throw new DomainError(
        'forbidden',
        `A signed-in write needs the ${CSRF_HEADER} header from GET /api/me.`,
      );
    }
    request.caller = {
      person: found.person,
      viaApiToken: Boolean(bearer),
      session: session ?? null,
      credential: found.credential,
    };
  };
}

/** The caller, or a 401 for routes that need one. */
export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller)
    throw new DomainError('unauthenticated', 'Sign in first (POST /api/login) or send an API token.');
  return request.caller;
}
