import type { FastifyInstance } from 'fastify';
import { SignedHeadSchema } from '../../../core/index.js';
import { latestSignedHead } from '../../../services/integrity/sign-registry-head.js';
import { requireAuditor } from '../../../services/organisation/authority.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';

export function registryRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/registry/head',
    summary:
      'The registry head the server signed last (auditors only: its position counts every cable): keep a copy ' +
      'outside the server, and check the registry against it later with plenipo verify --head',
    tag: 'registry',
    auth: true,
    responses: { 200: SignedHeadSchema },
  });
  app.get('/api/registry/head', async (request) => {
    await requireAuditor(services, requireCaller(request).person.id);
    const { seq, hash, signedAt, publicKey, signature } = await latestSignedHead(services);
    return { seq, hash, signedAt, publicKey, signature };
  });
}
