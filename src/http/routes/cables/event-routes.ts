import type { FastifyInstance } from 'fastify';
import type { Cable, VerdictCode } from '../../../core/index.js';
import { scopeOf } from '../../../services/mandates/reader-scope.js';
import { worstVerdicts } from '../../../services/mandates/view-moves.js';
import { isAuditor } from '../../../services/organisation/authority.js';
import { directorySnapshot } from '../../../services/organisation/directory-snapshot.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { presentSummary } from '../../presenters/present-cable.js';
import type { RouteCatalogue } from '../../route-spec.js';

const KEEPALIVE_MS = 25_000;

/**
 * Live push as Server-Sent Events: each connection subscribes as its caller,
 * and the bus only calls it for cables that caller may read.
 */
export function eventRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/events',
    summary:
      'Server-Sent Events: `cable` for each new cable you may read, `alert` for moves outside the mandate',
    tag: 'cables',
    auth: true,
    responses: { 200: null },
  });
  // An open stream never finishes by itself, and app.close() waits for every open request:
  // end the streams first, or a server with a browser connected could not be stopped.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of openStreams) end();
  });
  // The names every reader's summary of a cable shows, looked up once per cable rather than once per
  // connected reader: the bus calls every listener for one cable before the next.
  let lastLookup: { seq: number; nameOf: Promise<(id: string) => string> } | null = null;
  const namesFor = (cable: Cable) => {
    if (lastLookup?.seq !== cable.seq)
      lastLookup = { seq: cable.seq, nameOf: directorySnapshot(services.store).then(({ nameOf }) => nameOf) };
    return lastLookup.nameOf;
  };
  // A report's badge is its verdict as each reader knows the mandate: worked out per reader.
  const verdictFor = async (reader: string, cable: Cable): Promise<VerdictCode | null> => {
    if (cable.payload?.type !== 'moves') return null;
    return (await worstVerdicts(scopeOf(services, reader), [cable])).get(cable.seq) ?? null;
  };
  app.get('/api/events', async (request, reply) => {
    const { person } = requireCaller(request);
    const viewer = { auditor: await isAuditor(services, person.id) };
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write(': connected\n\n');
    // Events are numbered per stream, 1, 2, 3…: an id that counted the registry would skip the cables this
    // reader may not read (issue 12, finding 2). They are written one after another, in the order heard.
    let written = 0;
    let queue = Promise.resolve();
    const writeEvent = (name: string, data: () => Promise<unknown>) => {
      // A stream that can no longer be served (the store closing under it) is ended, never left to throw.
      queue = queue
        .then(data)
        .then((payload) => {
          written += 1;
          stream.write(`event: ${name}\nid: ${written}\ndata: ${JSON.stringify(payload)}\n\n`);
        })
        .catch(() => {
          stream.end();
        });
    };
    const unsubscribe = services.bus.subscribe(person.id, (cable) =>
      writeEvent('cable', async () => {
        const [nameOf, verdict] = await Promise.all([namesFor(cable), verdictFor(person.id, cable)]);
        return { ...presentSummary(cable, cable.author === person.id, nameOf, viewer), verdict };
      }),
    );
    // An alert names the report it is about (which its recipient may read) and the verdict, nothing more.
    const unsubscribeAlerts = services.bus.subscribeAlerts(person.id, (alert) =>
      writeEvent('alert', async () => ({
        report: { id: alert.cable.id, number: alert.cable.number },
        idx: alert.idx,
        verdict: alert.verdict,
        precedence: alert.cable.precedence,
        subject: alert.cable.subject,
      })),
    );
    const keepalive = setInterval(() => stream.write(': keepalive\n\n'), KEEPALIVE_MS);
    const end = () => stream.end();
    openStreams.add(end);
    request.raw.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
      unsubscribeAlerts();
      openStreams.delete(end);
    });
  });
}
