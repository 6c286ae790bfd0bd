import type { Cable, ConferencePlan } from '../../core/index.js';
import type { StoredAccount, StoredDirective, StoredMove, StoredVerdict } from '../../store/store.js';
import { planOf } from '../organisation/organisation-state.js';
import type { Services } from '../services.js';

/**
 * What one reader may know, and all that a view derived from cables for that
 * reader is given (PRODUCT.md §Non-negotiables; issue 12, finding 1): the
 * directives, reports and moves in cables they may read, the registry numbers
 * of those cables, and the evaluations of the reports they may read. A
 * verdict, mandate, alert or re-evaluation computed from a scope cannot rest
 * on a cable its reader may not read, because the scope never hands one out.
 *
 * The registry's own scope (`registryScope`) reads everything: it gives the
 * stored verdicts, the record the principal's office keeps, which no person is
 * ever shown as they are.
 */
export interface ReaderScope {
  /** Whose scope it is; null for the registry's own. */
  readonly reader: string | null;
  plan(conference: string): Promise<ConferencePlan | null>;
  /** The directives of a conference in cables this reader may read, in registry order. */
  directives(conference: string, beforeSeq?: number): Promise<StoredDirective[]>;
  /** The moves of a conference in reports this reader may read, in registry order. */
  moves(conference: string, beforeSeq?: number): Promise<StoredMove[]>;
  /** The accounts of a conference's sessions (of one, with `session`) in record cables this reader may read. */
  accounts(conference: string, session?: string): Promise<StoredAccount[]>;
  /** The registry numbers of the cables among `ids` this reader may read. */
  numbers(ids: Iterable<string>): Promise<Map<string, string>>;
  /** The cable at a chain position, if this reader may read it. */
  cableAt(seq: number): Promise<Cable | null>;
  /**
   * The evaluations of the moves of these reports, for the reports this reader
   * may read: the current one of each move, or with `history` every one, oldest
   * first. When each was made and why tells the directives it considered; the
   * verdict stored with it is the registry's, and is not handed out.
   */
  evaluationsOf(reports: readonly number[], history?: boolean): Promise<Evaluation[]>;
}

/** One evaluation of a move: a verdict was given at registration, or on a principal's re-evaluation. */
export type Evaluation = Pick<StoredVerdict, 'cableSeq' | 'idx' | 'evaluatedAt' | 'reason' | 'current'>;

/** The scope of `reader`: only what they may read. */
export function scopeOf(services: Services, reader: string): ReaderScope {
  return scopeWithin(services, reader);
}

/** The registry's own scope, which reads everything: for the stored verdicts and checks, never for a view. */
export function registryScope(services: Services): ReaderScope {
  return scopeWithin(services, null);
}

function scopeWithin(services: Services, reader: string | null): ReaderScope {
  const { mandates, registry } = services.store;
  const who = reader === null ? {} : { reader };
  const mayRead = (cable: { readers: readonly string[] } | null) =>
    cable !== null && (reader === null || cable.readers.includes(reader));
  const scope: ReaderScope = {
    reader,
    plan: (conference) => planOf(services.store, conference),
    directives: (conference, beforeSeq) => mandates.directives(conference, { ...who, beforeSeq }),
    moves: (conference, beforeSeq) => mandates.moves(conference, { ...who, beforeSeq }),
    accounts: (conference, session) => services.store.records.accounts(conference, { ...who, session }),
    async numbers(ids) {
      const numbers = new Map<string, string>();
      for (const id of new Set(ids)) {
        const found =
          reader === null
            ? await registry.resolveReference(id).then((ref) => ref && registry.atSeq(ref.seq))
            : (await registry.readable(reader, id))?.cable;
        if (found) numbers.set(id, found.number);
      }
      return numbers;
    },
    async cableAt(seq) {
      const cable = await registry.atSeq(seq);
      return mayRead(cable) ? cable : null;
    },
    async evaluationsOf(reports, history = false) {
      const readable: number[] = [];
      for (const seq of new Set(reports)) if (await scope.cableAt(seq)) readable.push(seq);
      const current = await mandates.verdictsOf(readable);
      const all = history
        ? (
            await Promise.all(current.map(({ cableSeq, idx }) => mandates.verdictHistory(cableSeq, idx)))
          ).flat()
        : current;
      return all.map(({ cableSeq, idx, evaluatedAt, reason, current }) => ({
        cableSeq,
        idx,
        evaluatedAt,
        reason,
        current,
      }));
    },
  };
  return scope;
}
