import { type DeadlineFacts, inOrderOfOccurrence, occurredAtOf } from '../../core/index.js';
import type { StoredDeadline } from '../../store/deadline-store.js';
import type { StoredMove } from '../../store/store.js';
import type { Services } from '../services.js';

/**
 * What one reader's cables tell of deadlines. A deadline's status for a
 * person rests only on cables that person may read: a reply they may not read
 * never shows it met to them. There is no registry-wide scope, so no view or
 * alert can rest on a cable its reader may not read (issue 12).
 */
export interface DeadlineScope {
  readonly reader: string;
  factsOf(stored: StoredDeadline): Promise<DeadlineFacts>;
}

export function deadlineScope(services: Services, reader: string): DeadlineScope {
  const within = { reader };
  const agreements = new Map<string, Promise<StoredMove[]>>();
  // The agreements of a conference, in order of occurrence, read once per scope.
  const agreementsOf = (conference: string) => {
    let found = agreements.get(conference);
    if (!found) {
      found = services.store.mandates
        .moves(conference, within)
        .then((moves) => inOrderOfOccurrence(moves.filter(({ move }) => move.type === 'agreement')));
      agreements.set(conference, found);
    }
    return found;
  };
  return {
    reader,
    async factsOf(stored) {
      const { deadline } = stored;
      const setAt = stored.registeredAt;
      let eventAt: string | null = null;
      if (deadline.due.type === 'within') {
        const { of } = deadline.due;
        if (of.type === 'registration') eventAt = setAt;
        else {
          const first = (await agreementsOf(stored.conference)).find(({ move }) => move.issue === of.issue);
          eventAt = first ? occurredAtOf(first) : null;
        }
      }
      const { meets } = deadline;
      let candidates: DeadlineFacts['candidates'];
      if (meets.type === 'agreement') {
        candidates = (await agreementsOf(stored.conference))
          .filter(({ move }) => move.issue === meets.issue)
          .map((move) => ({ cable: move.cableId, author: null, at: occurredAtOf(move) }))
          .filter(({ at }) => Date.parse(at) >= Date.parse(setAt));
      } else {
        const cables =
          meets.type === 'reply'
            ? (await services.store.deadlines.repliesTo(stored.cableId, within)).filter(
                (cable) => meets.kind === undefined || cable.kind === meets.kind,
              )
            : await services.store.deadlines.cablesOn(meets.issue, meets.kind, stored.cableSeq, within);
        candidates = cables.map((cable) => ({
          cable: cable.id,
          author: cable.author,
          at: cable.registeredAt,
        }));
      }
      return { setAt, eventAt, candidates };
    },
  };
}
