import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { notFound } from '../core/index.js';
import type { FirstRunGate } from '../services/accounts/first-run.js';
import type { Sleep } from '../services/accounts/login-backoff.js';
import { prepareDummyHash } from '../services/accounts/password-hashing.js';
import type { Services } from '../services/services.js';
import { authenticateRequest } from './authenticate-request.js';
import { handleError, handleFrameworkError } from './error-handler.js';
import { openApiDocument } from './openapi-document.js';
import { parseJsonBodies } from './parse-json-body.js';
import { parseQueryString, refuseMalformedQuery } from './parse-query-string.js';
import { refuseUndeclaredInput } from './refuse-undeclared-input.js';
import { type LogFormat, loggerFor, logRequestLines } from './request-log.js';
import { RouteCatalogue } from './route-spec.js';
import { firstRunRoutes } from './routes/accounts/first-run-routes.js';
import { instanceRoutes } from './routes/accounts/instance-routes.js';
import { sessionRoutes } from './routes/accounts/session-routes.js';
import { bundleRoutes } from './routes/archive/bundle-routes.js';
import { dossierRoutes } from './routes/archive/dossier-routes.js';
import { exportRoutes } from './routes/archive/export-routes.js';
import { releaseRoutes } from './routes/archive/release-routes.js';
import { cableRoutes } from './routes/cables/cable-routes.js';
import { eventRoutes } from './routes/cables/event-routes.js';
import { deadlineRoutes } from './routes/deadlines/deadline-routes.js';
import { delegationRoutes } from './routes/desk/delegation-routes.js';
import { overviewRoutes } from './routes/desk/overview-routes.js';
import { digestRoutes } from './routes/digest/digest-routes.js';
import { pressAndCircularRoutes } from './routes/digest/press-and-circular-routes.js';
import { auditRoutes } from './routes/integrity/audit-routes.js';
import { registryRoutes } from './routes/integrity/registry-routes.js';
import { verificationRoutes } from './routes/integrity/verification-routes.js';
import { mandateRoutes } from './routes/mandates/mandate-routes.js';
import { adminRoutes } from './routes/organisation/admin-routes.js';
import { directoryRoutes } from './routes/organisation/directory-routes.js';
import { setupRoutes } from './routes/organisation/setup-routes.js';
import { recordRoutes } from './routes/record/record-routes.js';
import { acknowledgementRoutes } from './routes/workflow/acknowledgement-routes.js';
import { vettingRoutes } from './routes/workflow/vetting-routes.js';

export interface AppOptions {
  /** Folder of the built web UI; the UI is not served when absent. */
  webRoot?: string;
  /** How to log requests (default none): never their cookies, tokens or query strings. */
  log?: LogFormat;
  /** Where request lines and problems go in the `lines` format (default: stdout and stderr). */
  logLines?: { requests: (line: string) => void; problems: (line: string) => void };
  /** Trust X-Forwarded-* from a reverse proxy, so TLS there makes cookies Secure. */
  trustProxy?: boolean;
  version?: string;
  /** Password guesses allowed per minute per address on login and token issue (tests raise it). */
  loginAttemptsPerMinute?: number;
  /** How the login slow-down waits (default: a timer); tests record the delays instead. */
  loginBackoffSleep?: Sleep;
  /** How often an open event stream rechecks its session (default STREAM_RECHECK_MS; tests lower it). */
  streamRecheckMs?: number;
  /** Limits on how long a client may take to send its request (defaults SERVER_TIMEOUTS; tests lower them). */
  timeouts?: ServerTimeouts;
  /** The one-time setup link of a registry with no administrator, printed on the console (first-run.ts). */
  firstRun?: FirstRunGate;
}

export interface ServerTimeouts {
  /** All request headers must arrive within this time, or the connection is answered 408 and closed. */
  headersMs: number;
  /** The whole request (headers and body) must arrive within this time. Responses, e.g. event streams, may last. */
  requestMs: number;
}

/**
 * A client that sends its headers or body a byte at a time would hold a
 * connection open for ever; these bound it. Node enforces them on a sweep,
 * every second.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000 };

/** Room for the largest cable body (64 KiB) and its envelope; beyond this, 413 before parsing. */
const BODY_LIMIT = 256 * 1024;

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const timeouts = options.timeouts ?? SERVER_TIMEOUTS;
  const lines = options.logLines ?? {
    requests: (line: string) => process.stdout.write(`${line}\n`),
    problems: (line: string) => process.stderr.write(`${line}\n`),
  };
  await prepareDummyHash();
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    requestTimeout: timeouts.requestMs,
    http: {
      headersTimeout: timeouts.headersMs,
      // Node checks the timeouts on a sweep (every 30 s by default); sweep often enough that they mean what they say.
      connectionsCheckingInterval: Math.min(1000, Math.ceil(timeouts.headersMs / 4)),
    },
    trustProxy: options.trustProxy ?? false,
    // A URL that is not valid percent-encoded UTF-8 is refused before routing: answer it in our own form.
    frameworkErrors: handleFrameworkError,
    routerOptions: { querystringParser: parseQueryString },
    logger: loggerFor(options.log ?? 'none', lines.problems),
  });
  if (options.log === 'lines') logRequestLines(app, lines.requests);
  app.setErrorHandler(handleError);
  parseJsonBodies(app);
  app.addHook('onRequest', refuseMalformedQuery);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        // plenipo is often served on plain HTTP on a loopback or private address: no forced upgrade.
        upgradeInsecureRequests: null,
      },
    },
    // HSTS is the TLS proxy's to send, when there is one.
    strictTransportSecurity: false,
  });
  await app.register(rateLimit, { global: false });
  app.decorateRequest('caller', null);
  const routes = new RouteCatalogue();

  await app.register(async (api) => {
    api.addHook('onRequest', authenticateRequest(services));
    api.addHook('preValidation', refuseUndeclaredInput(routes));
    instanceRoutes(api, services, routes, options.version ?? '0.0.0');
    sessionRoutes(api, services, routes, {
      attemptsPerMinute: options.loginAttemptsPerMinute ?? 10,
      sleep: options.loginBackoffSleep,
    });
    firstRunRoutes(api, services, routes, options.firstRun);
    directoryRoutes(api, services, routes);
    cableRoutes(api, services, routes);
    eventRoutes(api, services, routes, { streamRecheckMs: options.streamRecheckMs });
    adminRoutes(api, services, routes);
    setupRoutes(api, services, routes);
    exportRoutes(api, services, routes);
    bundleRoutes(api, services, routes);
    dossierRoutes(api, services, routes);
    releaseRoutes(api, services, routes);
    registryRoutes(api, services, routes);
    auditRoutes(api, services, routes);
    verificationRoutes(api, services, routes);
    mandateRoutes(api, services, routes);
    recordRoutes(api, services, routes);
    overviewRoutes(api, services, routes);
    delegationRoutes(api, services, routes);
    deadlineRoutes(api, services, routes);
    digestRoutes(api, services, routes);
    pressAndCircularRoutes(api, services, routes);
    vettingRoutes(api, services, routes);
    acknowledgementRoutes(api, services, routes);
    routes.add({
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'This document',
      tag: 'meta',
      auth: false,
      responses: { 200: null },
    });
    const document = openApiDocument(routes.specs, options.version ?? '0.0.0');
    api.get('/api/openapi.json', async () => document);
    api.all('/api/*', async () => {
      throw notFound('such endpoint');
    });
  });

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, index: 'index.html' });
    app.setNotFoundHandler((_request, reply) => reply.sendFile('index.html'));
  } else {
    app.setNotFoundHandler(async () => {
      throw notFound('such page');
    });
  }
  return app;
}
