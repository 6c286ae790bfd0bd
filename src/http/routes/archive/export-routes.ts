import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  type ExportedCable,
  ExportQuerySchema,
  exportReadable,
} from '../../../services/archive/export-readable.js';
import { directorySnapshot } from '../../../services/organisation/directory-snapshot.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { type NameOf, presentView } from '../../presenters/present-cable.js';
import type { RouteCatalogue } from '../../route-spec.js';
import type { CableView } from '../../schemas/cable-schemas.js';

/** A reader's export as JSON Lines: one CableView a line, streamed as the store pages through. */
export function exportRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/export',
    summary:
      'Your export, as JSON Lines (application/x-ndjson): one cable view a line for each cable you may read, ' +
      'in chain order; a READ-OUT cable is listed with `body: null` and `withheld: "READ-OUT"`',
    tag: 'cables',
    auth: true,
    query: ExportQuerySchema,
    responses: { 200: null },
  });
  app.get('/api/export', async (request, reply) => {
    const { person } = requireCaller(request);
    const exported = exportReadable(services, person.id, request.query);
    const { nameOf } = await directorySnapshot(services.store);
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(Readable.from(jsonLinesOf(exported, nameOf)));
  });
}

async function* jsonLinesOf(exported: AsyncIterable<ExportedCable>, nameOf: NameOf) {
  for await (const entry of exported) yield `${JSON.stringify(presentExported(entry, nameOf))}\n`;
}

/** The service has already emptied a withheld body; the view says so with `body: null`. */
function presentExported({ cable, read, links, withheld }: ExportedCable, nameOf: NameOf): CableView {
  const view = presentView(cable, links, { read, viaApiToken: false, nameOf });
  return withheld ? { ...view, body: null, withheld } : view;
}
