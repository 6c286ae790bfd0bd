import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../../core/index.js';
import {
  ApiTokenSchema,
  createApiToken,
  csrfTokenOf,
  LoginSchema,
  logIn,
  logOut,
  revokeApiToken,
} from '../../../services/accounts/authenticate.js';
import { LoginBackoff, type Sleep } from '../../../services/accounts/login-backoff.js';
import { directorySnapshot } from '../../../services/organisation/directory-snapshot.js';
import type { Services } from '../../../services/services.js';
import { requireCaller, SESSION_COOKIE } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { MeSchema, PersonSchema } from '../../schemas/common-schemas.js';

const TokenSchema = z.object({ id: z.string(), token: z.string(), person: PersonSchema });

export function sessionRoutes(
  app: FastifyInstance,
  services: Services,
  routes: RouteCatalogue,
  options: { attemptsPerMinute: number; sleep?: Sleep },
) {
  // Login and token issue are where passwords are guessed: a few tries a minute per address,
  // and each wrong one from an address makes its next attempts wait longer (login-backoff.ts).
  const GUESSING_LIMIT = {
    config: { rateLimit: { max: options.attemptsPerMinute, timeWindow: '1 minute' } },
  };
  const backoff = new LoginBackoff(() => Date.parse(services.now()), options.sleep);
  const slowedDown = async <T>(request: FastifyRequest, attempt: () => Promise<T>): Promise<T> => {
    await backoff.wait(request.ip);
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'bad-credentials' || error.code === 'locked')) {
        backoff.recordFailure(request.ip);
      }
      throw error;
    }
  };
  routes.add({
    method: 'POST',
    url: '/api/login',
    summary: 'Sign in; sets the session cookie',
    tag: 'session',
    auth: false,
    body: LoginSchema,
    responses: { 200: z.object({ person: PersonSchema }) },
  });
  app.post('/api/login', GUESSING_LIMIT, async (request, reply) => {
    const { person, token } = await slowedDown(request, () => logIn(services, request.body));
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      // Secure whenever the request came over TLS, directly or through a trusted proxy.
      secure: request.protocol === 'https',
      maxAge: 12 * 3600,
    });
    return { person };
  });

  routes.add({
    method: 'POST',
    url: '/api/logout',
    summary: 'Sign out',
    tag: 'session',
    auth: true,
    responses: { 204: null },
  });
  app.post('/api/logout', async (request, reply) => {
    const caller = requireCaller(request);
    if (caller.session) await logOut(services, caller.session);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  routes.add({
    method: 'GET',
    url: '/api/me',
    summary: 'The signed-in person and their CSRF token',
    tag: 'session',
    auth: true,
    responses: { 200: MeSchema },
  });
  app.get('/api/me', async (request) => {
    const caller = requireCaller(request);
    const directory = await directorySnapshot(services.store);
    const post = directory.posts.find((p) => p.id === caller.person.postId);
    const held = directory.state.people[caller.person.id];
    const roles = held?.endedAt === null ? held.roles : [];
    return {
      person: { ...caller.person, zone: post?.zone ?? 'UTC', roles },
      csrfToken: caller.session ? csrfTokenOf(caller.session) : null,
    };
  });

  routes.add({
    method: 'POST',
    url: '/api/tokens',
    summary: 'Issue an API token (for the CLI) against login and password',
    tag: 'session',
    auth: false,
    body: ApiTokenSchema,
    responses: { 201: TokenSchema },
  });
  app.post('/api/tokens', GUESSING_LIMIT, async (request, reply) => {
    const issued = await slowedDown(request, () => createApiToken(services, request.body));
    return reply.status(201).send(issued);
  });

  routes.add({
    method: 'DELETE',
    url: '/api/tokens/:id',
    summary: 'Revoke one of your API tokens',
    tag: 'session',
    auth: true,
    responses: { 204: null },
  });
  app.delete<{ Params: { id: string } }>('/api/tokens/:id', async (request, reply) => {
    await revokeApiToken(services, requireCaller(request).person.id, request.params.id);
    return reply.status(204).send();
  });
}
