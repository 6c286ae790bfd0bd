import type { FastifyInstance } from 'fastify';
import { directorySnapshot } from '../../services/directory-snapshot.js';
import type { Services } from '../../services/services.js';
import { requireCaller } from '../authenticate-request.js';
import { presentSummary } from '../presenters/present-cable.js';
import type { RouteCatalogue } from '../route-spec.js';

const KEEPALIVE_MS = 25_000;

/**
 * Live push as Server-Sent Events: each connection subscribes as its caller,
 * and the bus only calls it for cables that caller may read.
 */
export function eventRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/events',
    summary: 'Server-Sent Events: `cable` for each new cable you may read',
    tag: 'cables',
    auth: true,
    responses: { 200: null },
  });
  app.get('/api/events', async (request, reply) => {
    const { person } = requireCaller(request);
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write(': connected\n\n');
    const unsubscribe = services.bus.subscribe(person.id, async (cable) => {
      const { nameOf } = await directorySnapshot(services.store);
      const summary = presentSummary(cable, cable.author === person.id, nameOf);
      stream.write(`event: cable\nid: ${cable.seq}\ndata: ${JSON.stringify(summary)}\n\n`);
    });
    const keepalive = setInterval(() => stream.write(': keepalive\n\n'), KEEPALIVE_MS);
    request.raw.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
    });
  });
}
