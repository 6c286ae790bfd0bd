import type { Cable, Precedence } from '../core/index.js';

/** An action addressee's explicit acknowledgement of a cable. */
export interface Acknowledgement {
  cableSeq: number;
  personId: string;
  acknowledgedAt: string;
}

/** The alert an overdue acknowledgement gave one recipient (the author, or a duty officer). */
export interface Escalation {
  cableSeq: number;
  addressee: string;
  recipient: string;
  dueAt: string;
  firedAt: string;
}
export type NumberedEscalation = Escalation & { id: number };

/** A READ-OUT cable read aloud: who read it, to whom, when; and when that was recorded. */
export interface Reading {
  cableSeq: number;
  readBy: string;
  readTo: string;
  readAt: string;
  recordedAt: string;
}

/** A cable delivered to a reader that they have not acknowledged: enough to tell whether they must, and to list it. */
export type UnacknowledgedCable = Pick<
  Cable,
  | 'seq'
  | 'id'
  | 'number'
  | 'precedence'
  | 'subject'
  | 'registeredAt'
  | 'author'
  | 'to'
  | 'exclude'
  | 'captions'
>;

/** The store of workflow records (issue 14): acknowledgements, escalations and readings. */
export interface WorkflowStore {
  /** Records an acknowledgement unless the person already gave one: true when this call recorded it. */
  acknowledge(acknowledgement: Acknowledgement): Promise<boolean>;
  acknowledgementsOf(cableSeq: number): Promise<Acknowledgement[]>;
  /** Who received the cable and when each opened it (null: not yet). */
  deliveriesOf(cableSeq: number): Promise<{ personId: string; readAt: string | null }[]>;
  /**
   * The cables delivered to `personId`, not written by them, that they have
   * not acknowledged, newest first: whether each asks their action is the
   * service's to decide (it resolves `to` as the groups stood).
   */
  unacknowledgedBy(personId: string): Promise<UnacknowledgedCable[]>;
  /** Cables of these precedences registered at or before `registeredBy`, in chain order: escalation candidates. */
  cablesToWatch(precedences: readonly Precedence[], registeredBy: string): Promise<Cable[]>;
  /**
   * Records an escalation unless it already was: true when this call recorded
   * it. The unique key makes two processes racing on one record it once.
   */
  recordEscalation(escalation: Escalation): Promise<boolean>;
  /** The keys (`seq:addressee:recipient`) of every escalation recorded. */
  escalationKeys(): Promise<Set<string>>;
  /** A recipient's escalations, newest first. */
  escalationsOf(recipient: string, limit: number): Promise<NumberedEscalation[]>;
  escalationsOfCable(cableSeq: number): Promise<NumberedEscalation[]>;
  recordReading(reading: Reading): Promise<void>;
  readingsOf(cableSeq: number): Promise<Reading[]>;
  /** Cables whose payload carries co-signatures (joint cables), in chain order: for verify. */
  jointCables(): Promise<Cable[]>;
  /** Everything, for export; `restore` writes it back on import. */
  all(): Promise<WorkflowRecords>;
  restore(records: WorkflowRecords): Promise<void>;
}

export interface WorkflowRecords {
  acknowledgements: Acknowledgement[];
  escalations: Escalation[];
  readings: Reading[];
}

/** The key an escalation is recorded under. */
export function escalationKey(escalation: Pick<Escalation, 'cableSeq' | 'addressee' | 'recipient'>): string {
  return `${escalation.cableSeq}:${escalation.addressee}:${escalation.recipient}`;
}
