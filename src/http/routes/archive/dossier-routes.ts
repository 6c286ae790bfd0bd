import type { FastifyInstance } from 'fastify';
import { DossierQuerySchema } from '../../../services/archive/dossier/dossier-selection.js';
import { printDossier } from '../../../services/archive/dossier/print-dossier.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { attachmentName } from './attachment-name.js';

/** Printable dossiers: the cables a query names that the caller may read, as a PDF. */
export function dossierRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/dossier.pdf',
    summary:
      'A printable PDF of one cable, a thread, or an issue, a conference or a period, among the cables you may read: ' +
      'classification banners at the top and bottom of every page, registry number, addressing (with "not to"), ' +
      'precedence, the text, the verdicts on its moves as you see them, whether its signature holds, and the ' +
      'signed registry head that covers it. A READ-OUT cable is listed, its text never printed; a cable you may ' +
      'not read is answered as a missing one',
    tag: 'cables',
    auth: true,
    query: DossierQuerySchema,
    responses: { 200: null },
  });
  app.get('/api/dossier.pdf', async (request, reply) => {
    const { person } = requireCaller(request);
    const pdf = await printDossier(services, person.id, request.query);
    return reply
      .type('application/pdf')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${attachmentName(request.query, 'pdf')}"`)
      .send(pdf);
  });
}
