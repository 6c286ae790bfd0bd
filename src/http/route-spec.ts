import type { z } from 'zod';

/**
 * A route as both Fastify and the OpenAPI document see it: the schemas that
 * validate a request are the ones the document describes.
 */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'DELETE';
  /** Fastify form, e.g. `/api/cables/:ref`. */
  url: string;
  summary: string;
  tag: string;
  /** False for the few routes open without a session (login, the document itself). */
  auth: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Response schema by status. */
  responses: Record<number, z.ZodType | null>;
}

/** All routes register here so the OpenAPI document lists exactly what is served. */
export class RouteCatalogue {
  readonly specs: RouteSpec[] = [];

  add(spec: RouteSpec): RouteSpec {
    this.specs.push(spec);
    return spec;
  }
}
