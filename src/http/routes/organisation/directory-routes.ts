import type { FastifyInstance } from 'fastify';
import { CAPTIONS, DRAFT_KINDS, isMemberAt, PRECEDENCES, REGISTRY_PRINCIPAL } from '../../../core/index.js';
import { loadClassificationScheme } from '../../../services/organisation/classification-scheme.js';
import { directorySnapshot } from '../../../services/organisation/directory-snapshot.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { DirectorySchema } from '../../schemas/common-schemas.js';

export function directoryRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/directory',
    summary: 'People, groups with their members now, posts, series, conferences and the vocabularies',
    tag: 'directory',
    auth: true,
    responses: { 200: DirectorySchema },
  });
  app.get('/api/directory', async (request) => {
    requireCaller(request);
    const { people, groups, memberships, posts, series, conferences } = await directorySnapshot(
      services.store,
    );
    const now = services.now();
    return {
      // The registry principal signs setup entries only; it is no one to address.
      people: people
        .filter(({ id }) => id !== REGISTRY_PRINCIPAL)
        .map(({ id, name, title, postId }) => ({ id, name, title, postId })),
      groups: groups.map((group) => ({
        ...group,
        members: memberships.filter((m) => m.group === group.id && isMemberAt(m, now)).map((m) => m.person),
      })),
      posts,
      series,
      conferences,
      classifications: [...(await loadClassificationScheme(services.store))],
      precedences: [...PRECEDENCES],
      kinds: [...DRAFT_KINDS],
      captions: [...CAPTIONS],
    };
  });
}
