import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import type { Services } from '../../src/services/services.js';

/** A JSON schema node, as far as these tests read it. */
interface Node {
  oneOf?: Node[];
  anyOf?: Node[];
  discriminator?: { propertyName: string };
  properties?: Record<string, Node & { const?: string }>;
  items?: Node;
  $ref?: string;
  $defs?: Record<string, Node>;
}

let document: { paths: Record<string, Record<string, Record<string, unknown>>> };

beforeAll(async () => {
  // Routes keep their services for later: none are opened to describe them.
  const app = await buildApp({} as Services);
  document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  await app.close();
});

const requestOf = (path: string) =>
  (document.paths[path]!.post!.requestBody as { content: { 'application/json': { schema: Node } } }).content[
    'application/json'
  ].schema;
const answerOf = (path: string, status: string) =>
  (
    document.paths[path]!.get!.responses as Record<
      string,
      { content: { 'application/json': { schema: Node } } }
    >
  )[status]!.content['application/json'].schema;

/** The branch of a discriminated union whose discriminator is `value`. */
function branch(union: Node, value: string): Node {
  const name = union.discriminator!.propertyName;
  return union.oneOf!.find((option) => option.properties?.[name]?.const === value)!;
}
const constsOf = (union: Node) =>
  union.oneOf!.map((option) => option.properties?.[union.discriminator!.propertyName]?.const);

describe('the OpenAPI document describes payloads in full (issue 11)', () => {
  it('describes a draft’s payload as a union told apart by its type', () => {
    const payload = requestOf('/api/cables').properties!.payload!;
    expect(payload.discriminator).toEqual({ propertyName: 'type' });
    expect(constsOf(payload).sort()).toEqual(['deadlines', 'mandate-amendment', 'moves', 'record']);
  });

  it('describes every change of a directive, told apart by its op', () => {
    const payload = requestOf('/api/cables').properties!.payload!;
    const changes = branch(payload, 'mandate-amendment').properties!.changes!.items!;
    expect(changes.discriminator).toEqual({ propertyName: 'op' });
    expect(constsOf(changes)).toEqual(
      expect.arrayContaining([
        'set-ladder',
        'insert-step',
        'append-step',
        'release-to',
        'add-linkage',
        'ratify',
      ]),
    );
    expect(Object.keys(branch(changes, 'ratify').properties!)).toEqual(['op', 'report', 'move']);
  });

  it('describes a report’s moves field by field', () => {
    const payload = requestOf('/api/cables').properties!.payload!;
    const move = branch(payload, 'moves').properties!.moves!.items!;
    expect(Object.keys(move.properties!)).toEqual(
      expect.arrayContaining(['issue', 'side', 'type', 'position', 'value', 'unit', 'occurredAt']),
    );
  });

  it('describes the payload of a cable as read, and the clauses of a mandate as shown', () => {
    const cable = answerOf('/api/cables/{ref}', '200').properties!.cable!;
    expect(
      cable.properties!.payload!.anyOf?.[0]?.discriminator ?? cable.properties!.payload!.discriminator,
    ).toEqual({
      propertyName: 'type',
    });
    const mandate = answerOf('/api/conferences/{conference}/mandates/{issue}', '200');
    const history = mandate.properties!.history!.items!.properties!.changes!.items!;
    expect(history.discriminator).toEqual({ propertyName: 'op' });
  });
});
