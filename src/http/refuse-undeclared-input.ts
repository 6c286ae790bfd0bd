import type { FastifyRequest } from 'fastify';
import { invalidInput } from '../core/index.js';
import type { RouteCatalogue } from './route-spec.js';

/**
 * Refuses input a route does not declare: query parameters on a route with no
 * query schema, a body on a route with no body schema. The routes with a schema
 * refuse unknown fields through it (strict objects); this holds the others to
 * the same rule, so nothing a client sends is silently ignored (PRODUCT.md
 * §Non-negotiables: bad input gets a 4xx naming the field).
 */
export function refuseUndeclaredInput(routes: RouteCatalogue) {
  return async (request: FastifyRequest) => {
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const spec = routes.specs.find((s) => s.method === method && s.url === request.routeOptions.url);
    if (!spec) return;
    if (!spec.query) {
      const [name] = Object.keys((request.query as Record<string, unknown> | undefined) ?? {});
      if (name !== undefined) throw invalidInput(name, 'is not a parameter this request accepts');
    }
    if (!spec.body && request.body !== undefined && request.body !== '' && !isEmptyObject(request.body)) {
      const [name] = isObject(request.body) ? Object.keys(request.body) : [];
      if (name !== undefined) throw invalidInput(name, 'is not a field this request accepts');
      throw invalidInput('body', 'must be empty: this request takes no body');
    }
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyObject(value: unknown): boolean {
  return isObject(value) && Object.keys(value).length === 0;
}
