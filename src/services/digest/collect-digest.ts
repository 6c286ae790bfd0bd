import { type DigestDeadline, type DigestFacts, type DigestPress, hoursBefore } from '../../core/index.js';
import { viewDeadlines } from '../deadlines/view-deadlines.js';
import type { Services } from '../services.js';
import { acknowledgementRead } from './acknowledgements.js';

/** How far ahead a deadline counts as near, and how far back a lapse is still news. */
const NEAR_HOURS = 72;
const LAPSED_HOURS = 7 * 24;
/** How many authority requests and unacknowledged cables a digest names one by one. */
const LISTED = 25;

/**
 * Gathers what one reader's digest is made of, for the window (from, until],
 * each part from a read that returns only cables they may read: their
 * deliveries, the alerts raised to them, their deadlines as their own cables
 * tell them, their receipts. Nothing here reads the whole store.
 */
export async function collectDigest(
  services: Services,
  reader: string,
  window: { day: string | null; from: string; until: string },
): Promise<DigestFacts> {
  const { digests } = services.store;
  const { from, until } = window;
  const [arrivals, verdicts, authorityRequests, unacknowledged, press, deadlines] = await Promise.all([
    digests.arrivals(reader, from, until),
    digests.verdictsRaised(reader, from, until),
    digests.unansweredQueries(reader, LISTED),
    acknowledgementRead(services).unacknowledged(reader, LISTED),
    digests.pressItems(reader, from, until),
    deadlinesOf(services, reader, until),
  ]);
  return {
    reader,
    ...window,
    arrivals: arrivals.map(({ id, number, precedence, subject, registeredAt }) => ({
      id,
      number,
      precedence,
      subject,
      registeredAt,
    })),
    verdicts,
    authorityRequests,
    ...deadlines,
    unacknowledged,
    press: press.map(
      ({ cable, summary, item }): DigestPress => ({
        topic: item.topic,
        cable: cable.id,
        number: cable.number,
        source: item.source,
        date: item.date,
        language: item.language,
        summary,
        link: item.link,
      }),
    ),
  };
}

/** The reader's open deadlines due within NEAR_HOURS of `until`, and those that lapsed in the week before it. */
async function deadlinesOf(services: Services, reader: string, until: string) {
  const near: DigestDeadline[] = [];
  const lapsed: DigestDeadline[] = [];
  const soon = Date.parse(until) + NEAR_HOURS * 3_600_000;
  const since = Date.parse(hoursBefore(until, LAPSED_HOURS));
  for (const { stored, status } of await viewDeadlines(services, reader, { person: reader })) {
    if (!status.dueAt) continue;
    const due = Date.parse(status.dueAt);
    const line = async () => ({
      id: stored.deadline.id,
      description: stored.deadline.description,
      cable: (await services.store.registry.readable(reader, stored.cableId))?.cable.number ?? stored.cableId,
      dueAt: status.dueAt!,
    });
    if (status.state === 'open' && due <= soon) near.push(await line());
    if (status.state === 'lapsed' && due >= since) lapsed.push(await line());
  }
  return { near, lapsed };
}
