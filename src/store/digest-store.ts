import type { DigestCable, EmailChoice, PressItemPayload } from '../core/index.js';

/** The hour and time zone a reader chose for their daily digest. */
export interface DigestSchedule {
  personId: string;
  hour: number;
  timeZone: string;
  enabled: boolean;
}

/** A scheduled digest as claimed: `cableId` is null until its cable is registered. */
export interface DigestClaim {
  personId: string;
  day: string;
  claimedAt: string;
  cableId: string | null;
}

/** A cable that came in to a reader, with their receipt. */
export interface Arrival extends DigestCable {
  seq: number;
  kind: string;
  readAt: string | null;
}

/** A press item in a cable the reader may read. */
export interface StoredPressItem {
  cable: DigestCable;
  summary: string;
  item: PressItemPayload;
}

/**
 * The store of digests and notification choices, and the reads a digest is
 * made of: each takes its reader and returns only what they may read (the
 * deliveries index is the access rule's record).
 */
export interface DigestStore {
  /** Cables delivered to `reader`, not written by them, registered in (from, until], in chain order. */
  arrivals(reader: string, from: string, until: string): Promise<Arrival[]>;
  /** Queries delivered to `reader` that no cable of theirs replies to, newest first. */
  unansweredQueries(reader: string, limit: number): Promise<DigestCable[]>;
  /** How many moves of each verdict were raised to `reader` in (from, until]. */
  verdictsRaised(reader: string, from: string, until: string): Promise<Record<string, number>>;
  /** Press items in cables `reader` may read, registered in (from, until], oldest first. */
  pressItems(reader: string, from: string, until: string): Promise<StoredPressItem[]>;
  /** When each reader of the cable at `seq` opened it (null: not yet): for its author's table, never shown to others. */
  receipts(seq: number): Promise<Map<string, string | null>>;
  schedule(personId: string): Promise<DigestSchedule | null>;
  setSchedule(schedule: DigestSchedule): Promise<void>;
  /** Every reader's schedule: the digest clock's list, and the export. */
  schedules(): Promise<DigestSchedule[]>;
  /**
   * Claims a reader's digest for a day, unless it was claimed already (or was
   * claimed before `staleBefore` and never registered): true when this call
   * claimed it. The unique key makes two processes racing claim it once.
   */
  claimDigest(personId: string, day: string, at: string, staleBefore: string): Promise<boolean>;
  /** Records the cable a claimed digest was registered as. */
  completeDigest(personId: string, day: string, cableId: string): Promise<void>;
  /** Every digest claimed, by reader and day: for verify and the export. */
  digestClaims(personId?: string): Promise<DigestClaim[]>;
  /** Puts exported claims back as they were (import). */
  restoreDigestClaims(claims: DigestClaim[]): Promise<void>;
  emailChoice(personId: string): Promise<EmailChoice | null>;
  /** Sets a person's e-mail choice; null removes it. */
  setEmailChoice(personId: string, choice: EmailChoice | null): Promise<void>;
  /** Every person's e-mail choice: who to write to on an arrival, and the export. */
  emailChoices(): Promise<(EmailChoice & { personId: string })[]>;
}
