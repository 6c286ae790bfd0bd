import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ReleaseRequestSchema, WithdrawalRequestSchema } from '../../../core/index.js';
import { exportTei, TeiExportQuerySchema } from '../../../services/archive/release/export-tei.js';
import { type ReleasedView, readReleased } from '../../../services/archive/release/read-released.js';
import { recordRelease } from '../../../services/archive/release/record-release.js';
import { withdrawRelease } from '../../../services/archive/release/withdraw-release.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { ReleasedCableSchema, ReleaseEntrySchema } from '../../schemas/release-schemas.js';

/** Releases (issue 15): the archivist's release and withdrawal, the released reading and the TEI export. */
export function releaseRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'POST',
    url: '/api/releases',
    summary:
      'Release cables (named, a thread, a series or a period) to people, a group or the public from a date, with redactions; archivists only',
    tag: 'archive',
    auth: true,
    body: ReleaseRequestSchema,
    responses: { 201: ReleaseEntrySchema },
  });
  app.post('/api/releases', async (request, reply) => {
    const { person } = requireCaller(request);
    const { entry, cables, readers } = await recordRelease(services, { archivist: person.id }, request.body);
    return reply.code(201).send({ entry: entry.number, cables, readers });
  });

  routes.add({
    method: 'POST',
    url: '/api/releases/:ref/withdraw',
    summary: 'Withdraw a release from a date: another signed entry; archivists only',
    tag: 'archive',
    auth: true,
    body: WithdrawalRequestSchema,
    responses: { 201: ReleaseEntrySchema },
  });
  app.post<{ Params: { ref: string } }>('/api/releases/:ref/withdraw', async (request, reply) => {
    const { person } = requireCaller(request);
    const result = await withdrawRelease(
      services,
      { archivist: person.id },
      request.params.ref,
      request.body,
    );
    return reply.code(201).send({ entry: result.entry.number, release: result.release });
  });

  routes.add({
    method: 'GET',
    url: '/api/released/:ref',
    summary:
      'A released cable as the releases in force show it to the caller (without a session: to the public), struck passages as marked gaps',
    tag: 'archive',
    auth: false,
    responses: { 200: ReleasedCableSchema },
  });
  app.get<{ Params: { ref: string } }>('/api/released/:ref', async (request) => {
    const view = await readReleased(services, request.caller?.person.id ?? null, request.params.ref);
    return presentReleased(view);
  });

  routes.add({
    method: 'GET',
    url: '/api/export.tei',
    summary:
      'TEI P5 (application/tei+xml) of what the caller may read (without a session: what is released to the public, redacted): one TEI for `cable`, else a teiCorpus',
    tag: 'archive',
    auth: false,
    query: TeiExportQuerySchema,
    responses: { 200: null },
  });
  app.get('/api/export.tei', async (request, reply) => {
    const exported = await exportTei(services, request.caller?.person.id ?? null, request.query);
    reply.type('application/tei+xml; charset=utf-8').header('cache-control', 'no-store');
    return reply.send(exported.single ? exported.xml : Readable.from(exported.xml));
  });
}

/** The fields a released cable shows: never its readers, signature, payload or chain position. */
function presentReleased({ cable, parts, redactions, withheld }: ReleasedView) {
  return {
    number: cable.number,
    registeredAt: cable.registeredAt,
    author: cable.author,
    to: cable.to,
    precedence: cable.precedence,
    classification: cable.classification,
    captions: cable.captions,
    kind: cable.kind,
    subject: cable.subject,
    issues: cable.issues,
    conference: cable.conference,
    body: cable.body,
    parts,
    redactions,
    withheld,
  };
}
