import type { FastifyInstance } from 'fastify';
import type { Cable, VerdictCode } from '../../../core/index.js';
import { isCredentialLive } from '../../../services/accounts/authenticate.js';
import { MAX_STREAMS_PER_PERSON } from '../../../services/accounts/live-streams.js';
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
 * How often an open stream checks that its session or token still holds. Ending
 * a session in this process closes its streams at once; this catches one ended
 * elsewhere (another process on the same PostgreSQL, the console).
 */
export const STREAM_RECHECK_MS = 5_000;
/** Node's timers hold at most 2^31 - 1 ms (about 24 days); a longer delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Live push as Server-Sent Events: each connection subscribes as its caller,
 * and the bus only calls it for cables that caller may read.
 */
export function eventRoutes(
  app: FastifyInstance,
  services: Services,
  routes: RouteCatalogue,
  options: { streamRecheckMs?: number } = {},
) {
  routes.add({
    method: 'GET',
    url: '/api/events',
    summary:
      "Server-Sent Events: `cable` for each new cable you may read, `alert` for moves outside the mandate, `deadline` for a deadline's warning or lapse; " +
      'the stream ends when its session ends (logout, revoked token, expiry, person disabled); ' +
      `at most ${MAX_STREAMS_PER_PERSON} open per person (429 beyond)`,
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
    const { person, credential } = requireCaller(request);
    const viewer = { auditor: await isAuditor(services, person.id) };
    let ended = false;
    const stream = reply.raw;
    const end = () => {
      if (!ended) stream.end();
      ended = true;
    };
    // Admitted before anything is written, so a refusal (too many streams) is an ordinary 429 answer.
    const forget = services.streams.admit(person.id, credential, end);
    reply.hijack();
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write(': connected\n\n');
    const write = (text: string) => {
      if (!ended) stream.write(text);
    };
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
          write(`event: ${name}\nid: ${written}\ndata: ${JSON.stringify(payload)}\n\n`);
        })
        .catch(end);
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
    // A deadline's alert names the deadline and the cable that set it (which its recipient may read).
    const unsubscribeDeadlines = services.bus.subscribeDeadlineAlerts(person.id, (alert) =>
      writeEvent('deadline', async () => ({
        deadline: { id: alert.deadline.id, description: alert.deadline.description },
        cable: { id: alert.cable.id, number: alert.cable.number },
        firing: alert.firing,
        dueAt: alert.dueAt,
        firedAt: alert.firedAt,
      })),
    );
    const keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS);
    // Logout, revocation and disabling end the streams of this process at once (LiveStreams); the
    // recheck also catches a session ended by another process or at the console.
    const recheck = setInterval(() => {
      isCredentialLive(services, person.id, credential)
        .then((live) => live || end())
        .catch(end);
    }, options.streamRecheckMs ?? STREAM_RECHECK_MS);
    const expiry =
      credential.kind === 'session' ? endAtExpiry(credential.expiresAt, services.now(), end) : null;
    openStreams.add(end);
    const release = () => {
      end();
      clearInterval(keepalive);
      clearInterval(recheck);
      if (expiry) clearTimeout(expiry);
      unsubscribe();
      unsubscribeAlerts();
      unsubscribeDeadlines();
      forget();
      openStreams.delete(end);
    };
    stream.on('close', release);
    request.raw.on('close', release);
  });
}

/** Ends the stream when its session expires; a delay beyond what a timer holds is left to the recheck. */
function endAtExpiry(expiresAt: string, now: string, end: () => void) {
  const delay = Math.max(0, Date.parse(expiresAt) - Date.parse(now));
  return delay <= MAX_TIMER_MS ? setTimeout(end, delay) : null;
}
