import type { CableKind, Deadline } from '../core/index.js';

/** A deadline where the registry holds it: the cable that set it, its place in that cable's payload. */
export interface StoredDeadline {
  cableSeq: number;
  cableId: string;
  idx: number;
  conference: string;
  author: string;
  registeredAt: string;
  deadline: Deadline;
}

/** A cable that may meet a deadline: who wrote it, of what kind, when. */
export interface CandidateCable {
  seq: number;
  id: string;
  author: string;
  kind: CableKind;
  registeredAt: string;
}

/** An alert a deadline gave one person: a warning or its lapse, recorded as it fired. */
export interface DeadlineAlert {
  cableSeq: number;
  idx: number;
  /** `warning-7-days`, `lapse`: unique per deadline and person. */
  firing: string;
  personId: string;
  dueAt: string;
  firedAt: string;
  seenAt: string | null;
}

/** An alert with the number the store gives it (everyone's alerts counted together: never shown). */
export type NumberedDeadlineAlert = DeadlineAlert & { id: number };

/** Which deadlines or cables a query returns: those `reader` may read (all when absent), of one conference. */
export interface DeadlineWithin {
  reader?: string;
  conference?: string;
}

/** The store of deadlines: the index of those cables set, the cables that may meet them, and the alerts fired. */
export interface DeadlineStore {
  /** Deadlines in cables the reader may read, in registry order. */
  deadlines(within?: DeadlineWithin): Promise<StoredDeadline[]>;
  /** Cables in reply to `cableId` that the reader may read, oldest first. */
  repliesTo(cableId: string, within?: DeadlineWithin): Promise<CandidateCable[]>;
  /** Cables of `kind` tagged with `issue` registered after chain position `afterSeq`, oldest first. */
  cablesOn(
    issue: string,
    kind: CableKind,
    afterSeq: number,
    within?: DeadlineWithin,
  ): Promise<CandidateCable[]>;
  /**
   * Records that an alert fired, unless it already had: true when this call
   * recorded it. The unique key makes two processes racing on one alert
   * record it once; only the one that recorded it pushes it.
   */
  recordFiring(alert: Omit<DeadlineAlert, 'seenAt'>): Promise<boolean>;
  /**
   * Records many alerts in one transaction, each unless it already fired (as
   * `recordFiring` does): how many this call recorded. A tick of the deadline
   * clock writes all it found due at once.
   */
  recordFirings(alerts: readonly Omit<DeadlineAlert, 'seenAt'>[]): Promise<number>;
  /** The keys (`seq:idx:firing:person`) of every alert fired. */
  firedKeys(): Promise<Set<string>>;
  /** A person's deadline alerts, newest first. */
  alertsOf(personId: string, limit: number): Promise<NumberedDeadlineAlert[]>;
  /** Every alert recorded after `id`, oldest first: what a process has yet to push live. */
  alertsAfter(id: number): Promise<NumberedDeadlineAlert[]>;
  /** The number of the last alert recorded, 0 when none. */
  lastAlertId(): Promise<number>;
}

/** The key an alert is recorded under. */
export function firingKey(alert: Pick<DeadlineAlert, 'cableSeq' | 'idx' | 'firing' | 'personId'>): string {
  return `${alert.cableSeq}:${alert.idx}:${alert.firing}:${alert.personId}`;
}
