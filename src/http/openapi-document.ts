import { z } from 'zod';
import type { RouteSpec } from './route-spec.js';
import { ErrorSchema } from './schemas/common-schemas.js';

/** OpenAPI 3.1 generated from the routes' own zod schemas. */
export function openApiDocument(specs: readonly RouteSpec[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const shared: Record<string, unknown> = {};
  for (const spec of specs) {
    const path = spec.url.replace(/:(\w+)/g, '{$1}');
    const pathParameters = [...spec.url.matchAll(/:(\w+)/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.auth ? { security: [{ session: [] }, { token: [] }] } : {}),
      parameters: [...pathParameters, ...queryParameters(spec.query, shared)],
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(spec.body, 'input', shared) } },
            },
          }
        : {}),
      responses: {
        ...Object.fromEntries(
          Object.entries(spec.responses).map(([status, schema]) => [
            status,
            schema
              ? {
                  description: 'OK',
                  content: { 'application/json': { schema: jsonSchema(schema, 'output', shared) } },
                }
              : { description: 'No content' },
          ]),
        ),
        '4XX': {
          description: 'Refused',
          content: { 'application/json': { schema: jsonSchema(ErrorSchema, 'output', shared) } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'plenipo', version, description: 'Registered, signed, access-controlled cables.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'plenipo_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
      schemas: shared,
    },
    paths,
  };
}

/**
 * A route's schema as JSON Schema. A recursive schema (a linkage's condition)
 * is named with `.meta({ id })`; its definition goes to the document's
 * `components.schemas` (shared by every route), since a `$ref` resolves from
 * the document's root, not the schema's.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', shared: Record<string, unknown>) {
  const {
    $schema: _,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown> & {
    $defs?: Record<string, unknown>;
  };
  for (const [id, definition] of Object.entries($defs ?? {})) {
    if (id.startsWith('__schema')) throw new Error(`a recursive schema needs .meta({ id }) for the document`);
    shared[id] = withDiscriminators(definition);
  }
  return withDiscriminators(rest);
}

/**
 * Marks each `oneOf` whose branches all fix one property to a constant (a zod
 * discriminated union: a payload's `type`, a change's `op`) with an OpenAPI
 * `discriminator`, so a generated client tells the branches apart; and
 * points each `$ref` at the document's shared definitions.
 */
function withDiscriminators<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withDiscriminators) as T;
  if (typeof node === 'string' && node.startsWith('#/$defs/'))
    return node.replace('#/$defs/', '#/components/schemas/') as T;
  if (node === null || typeof node !== 'object') return node;
  const marked = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, withDiscriminators(value)]),
  ) as Record<string, unknown>;
  const branches = marked.oneOf as { properties?: Record<string, { const?: unknown }> }[] | undefined;
  const first = branches?.[0]?.properties;
  const propertyName = Object.keys(first ?? {}).find((name) =>
    branches!.every((branch) => branch.properties?.[name]?.const !== undefined),
  );
  if (propertyName) marked.discriminator = { propertyName };
  return marked as T;
}

function queryParameters(schema: z.ZodType | undefined, shared: Record<string, unknown>) {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input', shared) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}
