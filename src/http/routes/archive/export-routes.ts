import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  type ExportedCable,
  ExportQuerySchema,
  exportReadable,
} from '../../../services/archive/export-readable.js';
import { isAuditor } from '../../../services/organisation/authority.js';
import { directorySnapshot } from '../../../services/organisation/directory-snapshot.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { type NameOf, presentView, type Viewer } from '../../presenters/present-cable.js';
import type { RouteCatalogue } from '../../route-spec.js';
import type { CableView } from '../../schemas/cable-schemas.js';

/** A reader's export as JSON Lines: one CableView a line, streamed as the store pages through. */
export function exportRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/export',
    summary:
      'Your export, as JSON Lines (application/x-ndjson): one cable view a line for each cable you may read, ' +
      'in registry order; a READ-OUT cable is listed with `body: null` and `withheld: "READ-OUT"`',
    tag: 'cables',
    auth: true,
    query: ExportQuerySchema,
    responses: { 200: null },
  });
  app.get('/api/export', async (request, reply) => {
    const { person } = requireCaller(request);
    const exported = await exportReadable(services, person.id, request.query);
    const { nameOf } = await directorySnapshot(services.store);
    const viewer = { auditor: await isAuditor(services, person.id) };
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(Readable.from(jsonLinesOf(exported, nameOf, viewer)));
  });
}

async function* jsonLinesOf(exported: AsyncIterable<ExportedCable>, nameOf: NameOf, viewer: Viewer) {
  for await (const entry of exported) yield `${JSON.stringify(presentExported(entry, nameOf, viewer))}\n`;
}

/** The service has already emptied a withheld body; the view says so with `body: null`. */
function presentExported(
  { cable, read, links, withheld }: ExportedCable,
  nameOf: NameOf,
  viewer: Viewer,
): CableView {
  const view = presentView(cable, links, { read, viaApiToken: false, nameOf, viewer });
  return withheld ? { ...view, body: null, withheld } : view;
}
