import { z } from 'zod';
import type { RouteSpec } from './route-spec.js';
import { ErrorSchema } from './schemas/common-schemas.js';

/** OpenAPI 3.1 generated from the routes' own zod schemas. */
export function openApiDocument(specs: readonly RouteSpec[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
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
      parameters: [...pathParameters, ...queryParameters(spec.query)],
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
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
                  content: { 'application/json': { schema: jsonSchema(schema, 'output') } },
                }
              : { description: 'No content' },
          ]),
        ),
        '4XX': {
          description: 'Refused',
          content: { 'application/json': { schema: jsonSchema(ErrorSchema, 'output') } },
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
    },
    paths,
  };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}
