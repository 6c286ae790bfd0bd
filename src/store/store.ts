import type { Cable, RegistryHead, SignedEnvelope, SignedHead } from '../core/index.js';

/**
 * The store as services see it. Every method that returns cables to a person
 * takes that person and returns only what they may read: access is enforced in
 * the query, so counts and pages can never include a cable the asker may not see.
 */
import type { DeadlineStore } from './deadline-store.js';
import type { DigestStore } from './digest-store.js';
import type { DirectoryStore } from './directory-store.js';
import type { MandateStore } from './mandate-store.js';
import type { RecordStore } from './record-store.js';
import type { ReleaseStore } from './release-store.js';
import type { WorkflowStore } from './workflow-store.js';

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly directory: DirectoryStore;
  readonly registry: RegistryStore;
  readonly audit: AuditStore;
  readonly auth: AuthStore;
  readonly settings: SettingsStore;
  readonly heads: HeadsStore;
  readonly mandates: MandateStore;
  readonly records: RecordStore;
  readonly deadlines: DeadlineStore;
  readonly digests: DigestStore;
  readonly workflow: WorkflowStore;
  readonly releases: ReleaseStore;
  /**
   * Writes a consistent copy of the whole registry (a committed state, never
   * half a transaction) to a new file at `toPath` while registration goes on;
   * `onProgress` hears how much of it is copied.
   */
  backup(toPath: string, onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Deletes every row an import writes, leaving the registry empty: only after an import that failed. */
  discardImport(): Promise<void>;
  /**
   * Tells every other process on the same registry that the cable at `seq` is
   * registered and pushed here, so each pushes it to its own readers. Absent
   * where only one process serves (SQLite: live push stays in the process
   * that registered the cable).
   */
  announceRegistered?(seq: number): Promise<void>;
  /**
   * Hears the chain positions other processes announce, in the order each
   * announced them, never this store's own. Resolves once listening; the
   * function it gives stops.
   */
  subscribeRegistered?(listener: (seq: number) => void): Promise<() => void>;
  close(): Promise<void>;
}

export type {
  Conference,
  DirectoryStore,
  Group,
  Person,
  PersonKeys,
  PersonSecrets,
  Post,
  ProjectedPerson,
  Series,
} from './directory-store.js';
export type {
  Alert,
  MandateStore,
  StoredDirective,
  StoredMove,
  StoredVerdict,
  Within,
} from './mandate-store.js';
export type { RecordStore, StoredAccount } from './record-store.js';
export type { ReleasedCable, ReleaseStore } from './release-store.js';

/** A signed cable on its way into the registry: the store numbers and chains it. */
export interface CableToAppend {
  envelope: SignedEnvelope;
  signature: string;
  registeredAt: string;
  readers: string[];
}

/** Computes a cable's chain hash; the service passes the core's chainHash with Node's SHA-256. */
export type SealCable = (cable: Omit<Cable, 'hash'>) => string;

/** A cable as one reader sees it in a list: the cable plus their own receipt. */
export interface DeliveredCable {
  cable: Cable;
  readAt: string | null;
}

export interface InboxQuery {
  /** `in`: cables addressed to the person; `sent`: cables they wrote. */
  box: 'in' | 'sent';
  limit: number;
  offset: number;
  /** Narrowing filters, each exact; totals count only what they let through. */
  precedence?: string;
  kind?: string;
  issue?: string;
  conference?: string;
  /** Only cables the reader has not opened. */
  unread?: boolean;
}

export interface SearchQuery {
  /** FTS query text in the plenipo syntax: words, "a phrase"; empty for filters only. */
  text: string;
  from?: string;
  until?: string;
  author?: string;
  kind?: string;
  issue?: string;
  conference?: string;
  limit: number;
  offset: number;
}

export interface SearchResult {
  total: number;
  hits: (DeliveredCable & { snippet: string })[];
}

/** One stored cable as a scan finds it: parsed, or the reason its row no longer parses. */
export type ScannedCable =
  | { cable: Cable; indexedReaders: string[] }
  | { cable: null; seq: number; number: string; problem: string };

export interface RegistryStore {
  head(): Promise<RegistryHead>;
  /**
   * Appends cables in one durable transaction, numbering each in its series and
   * chaining each to the head; resolves only after the commit is on disk.
   */
  append(cables: CableToAppend[], seal: SealCable): Promise<Cable[]>;
  /** Inserts already-registered cables verbatim (import); refuses any that do not continue the chain. */
  restore(cables: Cable[]): Promise<void>;
  count(): Promise<number>;
  /** The setup entries after chain position `afterSeq`, in chain order: what the organisation is projected from. */
  setupEntries(afterSeq: number): Promise<Cable[]>;
  /** The chain position of the last setup entry, 0 before the first. */
  lastSetupSeq(): Promise<number>;
  /**
   * A cable by id or registry number, only if `reader` may read it. Given `at`
   * (the moment they read), the releases in force then widen what they may read
   * (issue 15), a released cable showing as released: gaps, no payload, no readers.
   * The same `at` widens inbox, thread, readableAfter and search alike.
   */
  readable(reader: string, reference: string, at?: string): Promise<DeliveredCable | null>;
  /** Id or registry number to seq, regardless of access: for validating references, never shown. */
  /** The cable at a position of the chain, regardless of access: for internal work, never shown as is. */
  atSeq(seq: number): Promise<Cable | null>;
  resolveReference(reference: string): Promise<{ seq: number; id: string; readers: string[] } | null>;
  markRead(reader: string, seq: number, at: string): Promise<void>;
  inbox(
    reader: string,
    query: InboxQuery,
    at?: string,
  ): Promise<{ total: number; unread: number; cables: DeliveredCable[] }>;
  /** Every cable linked to `seq` by references in either direction that `reader` may read, in chain order. */
  thread(reader: string, seq: number, limit: number, at?: string): Promise<DeliveredCable[]>;
  /** Up to `limit` cables `reader` may read after chain position `afterSeq`, in chain order: their export. */
  readableAfter(reader: string, afterSeq: number, limit: number, at?: string): Promise<DeliveredCable[]>;
  search(reader: string, query: SearchQuery, at?: string): Promise<SearchResult>;
  /** All cables in chain order (after `afterSeq`, if given) with the readers index, in pages, for verify and export. */
  scan(batchSize: number, afterSeq?: number): AsyncIterable<ScannedCable[]>;
  /** The index rows (issues, links, amendments, moves) stored for the cables at positions `firstSeq` to `lastSeq`. */
  indexBetween(firstSeq: number, lastSeq: number): Promise<CableIndexRows>;
  /** The chain positions of the cables with these ids, regardless of access: for verify, never shown. */
  seqsOfIds(ids: readonly string[]): Promise<Map<string, number>>;
  /** What is wrong with the full-text index against the cables, or null when it matches them. */
  checkTextIndex(): Promise<string | null>;
}

/**
 * The rows that index cables for queries: their issue tags, their references
 * to other cables, a directive's amendment and a report's moves. Each is a
 * projection of the cable's signed content, recomputed and compared by verify.
 */
export interface CableIndexRows {
  issues: { issue: string; cableSeq: number }[];
  links: { fromSeq: number; toSeq: number }[];
  amendments: { cableSeq: number; conference: string; issue: string; effectiveAt: string }[];
  moves: { cableSeq: number; idx: number; conference: string; issue: string; side: string; move: string }[];
  records: { cableSeq: number; conference: string; session: string }[];
}

/** The index rows a cable makes, given the positions of the cables it refers to (what the store writes). */
export { indexRowsOf } from './cable-row.js';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Which audit entries to list; every field given narrows the list. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  /** Actions named `family`, or starting with `family.` or `family-` (letters only). */
  family?: string;
  /** ISO 8601 UTC: entries at or after. */
  since?: string;
  /** ISO 8601 UTC: entries strictly before. */
  until?: string;
  /** Entries at positions before this one: the next page after an entry. */
  before?: number;
  limit: number;
}

export interface AuditStore {
  /** Appends an entry chained to the last; `seal` computes its hash from the previous one. */
  append(
    entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>,
    seal: (entry: Omit<AuditEntry, 'hash'>) => string,
  ): Promise<void>;
  /** The newest entries first, optionally narrowed (see AuditFilter). */
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  /** Every entry, oldest first, in pages: for verifying the chain. */
  scan(batchSize: number): AsyncIterable<AuditEntry[]>;
  /** The last entry's position and hash; position 0 while the log is empty. */
  head(): Promise<{ seq: number; hash: string }>;
  /** The hash of the entry at `seq`, or null past the log's end. */
  hashAt(seq: number): Promise<string | null>;
  appendHead(head: SignedHead): Promise<void>;
  /** The audit head signed last, or null before the first. */
  latestHead(): Promise<SignedHead | null>;
}

export interface AuthStore {
  createSession(tokenHash: string, personId: string, createdAt: string, expiresAt: string): Promise<void>;
  /** The session with that token hash if it has not expired at `now`: whose it is and when it expires. */
  liveSession(tokenHash: string, now: string): Promise<{ personId: string; expiresAt: string } | null>;
  deleteSession(tokenHash: string): Promise<void>;
  createApiToken(token: {
    id: string;
    tokenHash: string;
    personId: string;
    name: string;
    createdAt: string;
  }): Promise<void>;
  /** The API token with that hash unless revoked: its id and whose it is. */
  liveApiToken(tokenHash: string): Promise<{ id: string; personId: string } | null>;
  revokeApiToken(personId: string, id: string, at: string): Promise<boolean>;
  /** Ends every session of a person and revokes every API token of theirs at `at`. */
  endCredentialsOf(personId: string, at: string): Promise<void>;
  /** When and by whom (null: the operator) a person was disabled, or null while they are not. */
  disablement(personId: string): Promise<{ at: string; by: string | null } | null>;
  /** Disables a person (a disablement) or enables them again (null). */
  setDisablement(personId: string, disablement: { at: string; by: string | null } | null): Promise<void>;
  /** The recent failed passwords and any lock of a login, or null when it has none. */
  loginGuard(login: string): Promise<LoginGuard | null>;
  /**
   * Replaces a login's guard with what `update` makes of the current one, in one
   * write transaction, so failures counted by several processes at once all count;
   * null deletes it. Returns the guard stored.
   */
  updateLoginGuard(
    login: string,
    update: (current: LoginGuard | null) => LoginGuard | null,
  ): Promise<LoginGuard | null>;
}

/** What the server keeps about one login's wrong passwords: their times within the window, and any lock. */
export interface LoginGuard {
  login: string;
  /** ISO 8601 times of the recent failed passwords, oldest first. */
  failures: string[];
  lockedUntil: string | null;
}

/** The server's own Ed25519 key, which signs registry heads: the public half in base64, the private half sealed. */
export interface ServerKey {
  publicKey: string;
  privateKeySealed: string;
}

/** The registry heads the server signed, and the server key that signs them (kept in settings as `server-key`). */
export interface HeadsStore {
  /** The server key, or null while none has been made. */
  serverKey(): Promise<ServerKey | null>;
  /** Stores `candidate` as the server key unless one is stored already, and returns the one that holds: the first wins. */
  claimServerKey(candidate: ServerKey): Promise<ServerKey>;
  append(head: SignedHead): Promise<void>;
  /** The head signed last, or null before the first. */
  latest(): Promise<SignedHead | null>;
  /** Up to `limit` signed heads, the most recent first. */
  list(limit: number): Promise<SignedHead[]>;
  /** What the registry holds at position `seq` now: that cable's number and chain hash, or null past its end. */
  heldAt(seq: number): Promise<{ number: string; hash: string } | null>;
}

export interface SettingsStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}
