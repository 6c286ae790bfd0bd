import type { FastifyInstance } from 'fastify';
import { bundleCables } from '../../../services/archive/bundle/bundle-cables.js';
import { DossierQuerySchema } from '../../../services/archive/dossier/dossier-selection.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { attachmentName } from './attachment-name.js';

/** Verifiable bundles: the cables a query names that the caller may read, with what proves them offline. */
export function bundleRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/bundle',
    summary:
      'A verifiable bundle (JSON, `plenipo-bundle/1`) of one cable, a thread, or an issue, a conference or a period, ' +
      'among the cables you may read: each cable as registered, its inclusion proof in a Merkle tree over the chain, ' +
      "its author's keys as the chain pinned them, the registry head and the tree head signed by the server key. " +
      '`plenipo verify-bundle` checks it offline; a cable you may not read is answered as a missing one',
    tag: 'cables',
    auth: true,
    query: DossierQuerySchema,
    responses: { 200: null },
  });
  app.get('/api/bundle', async (request, reply) => {
    const { person } = requireCaller(request);
    const bundle = await bundleCables(services, person.id, request.query);
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${attachmentName(request.query, 'json')}"`)
      .send(`${JSON.stringify(bundle, null, 1)}\n`);
  });
}
