import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/build-test-app.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}
interface Operation {
  security?: unknown[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, unknown>;
}
interface JsonSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: unknown;
}

let registry: TestServices;
let app: FastifyInstance;
let document: OpenApiDocument;

beforeAll(async () => {
  registry = await openTestServices();
  app = await buildTestApp(registry.services);
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

/**
 * The routes the app serves, read from Fastify's own route tree, as `METHOD /path`:
 * without the HEAD twins Fastify adds to every GET, and without the catch-all that answers 404.
 */
function servedRoutes(): string[] {
  const routes: string[] = [];
  const pathAtDepth: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (depth > 0 ? pathAtDepth[depth - 1]! : '') + match[2]!;
    pathAtDepth[depth] = path;
    if (path.includes('*')) continue;
    for (const method of match[3]?.split(', ') ?? []) if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

function documentedRoutes(): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    .sort();
}

describe('the OpenAPI document', { timeout: SLOW }, () => {
  it('is OpenAPI 3.1, served without a session', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('lists every route the app serves, and only those', () => {
    const served = servedRoutes();
    expect(served).toContain('POST /api/cables');
    expect(served).toContain('GET /api/cables/:ref');
    expect(documentedRoutes()).toEqual(served);
    for (const route of documentedRoutes()) {
      const [method, url] = route.split(' ') as [string, string];
      expect(app.hasRoute({ method: method as 'GET', url }), route).toBe(true);
    }
  });

  it('requires the six fields of a draft in the POST /api/cables request schema, and allows no others', () => {
    const schema = document.paths['/api/cables']!.post!.requestBody!.content['application/json'].schema;
    expect(schema.type).toBe('object');
    expect([...(schema.required ?? [])].sort()).toEqual(
      ['body', 'classification', 'kind', 'precedence', 'subject', 'to'].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['to', 'info', 'exclude', 'via', 'captions', 'inReplyTo', 'refs']),
    );
  });

  it('names the path parameters and the query parameters of each route', () => {
    const open = document.paths['/api/cables/{ref}']!.get!;
    expect(open.parameters).toEqual([expect.objectContaining({ name: 'ref', in: 'path', required: true })]);
    const search = document.paths['/api/search']!.get!.parameters.map((parameter) => parameter.name);
    expect(search).toEqual(
      expect.arrayContaining(['q', 'from', 'until', 'author', 'kind', 'issue', 'limit']),
    );
  });

  it('marks the routes that need a session, and describes the error answer on each', () => {
    const open = [
      'POST /api/login',
      'POST /api/tokens',
      'GET /api/openapi.json',
      'GET /api/instance',
      // Before any administrator exists, the one-time setup link is the only credential there is.
      'GET /api/first-run',
      'POST /api/first-run',
      // The public reads what is released (issue 15), and nothing else.
      'GET /api/released/{ref}',
      'GET /api/export.tei',
    ];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        expect(Boolean(operation.security), route).toBe(!open.includes(route));
        expect(operation.responses, route).toHaveProperty('4XX');
      }
    }
  });
});
