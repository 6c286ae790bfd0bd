import type { Cable, Membership, RegistryHead, SignedEnvelope } from '../core/index.js';

/**
 * The store as services see it. Every method that returns cables to a person
 * takes that person and returns only what they may read: access is enforced in
 * the query, so counts and pages can never include a cable the asker may not see.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly directory: DirectoryStore;
  readonly registry: RegistryStore;
  readonly audit: AuditStore;
  readonly auth: AuthStore;
  readonly settings: SettingsStore;
  close(): Promise<void>;
}

export interface Post {
  id: string;
  name: string;
  place: string;
  zone: string;
}
export interface Person {
  id: string;
  name: string;
  title: string;
  postId: string;
  login: string;
  isAdmin: boolean;
}
export interface PersonKeys {
  publicKey: string;
  privateKeySealed: string;
}
export interface Group {
  id: string;
  name: string;
  description: string;
}
export interface Series {
  code: string;
  name: string;
  fromPost: string;
  toPost: string | null;
}
export interface Conference {
  id: string;
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
}

export interface DirectoryStore {
  /** Changes whenever people, groups, memberships, posts, series or conferences change. */
  version(): Promise<string>;
  addPost(post: Post): Promise<void>;
  addPerson(person: Person, secrets: PersonKeys & { passwordHash: string }, createdAt: string): Promise<void>;
  addGroup(group: Group): Promise<void>;
  addMembership(membership: Membership): Promise<void>;
  addSeries(series: Series): Promise<void>;
  addConference(conference: Conference): Promise<void>;
  posts(): Promise<Post[]>;
  people(): Promise<Person[]>;
  groups(): Promise<Group[]>;
  memberships(): Promise<Membership[]>;
  series(): Promise<Series[]>;
  conferences(): Promise<Conference[]>;
  personById(id: string): Promise<Person | null>;
  personByLogin(login: string): Promise<(Person & { passwordHash: string }) | null>;
  keysOf(personId: string): Promise<PersonKeys | null>;
  /** Every person's public key, for verifying the whole registry. */
  publicKeys(): Promise<Map<string, string>>;
}

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
  /** A cable by id or registry number, only if `reader` may read it. */
  readable(reader: string, reference: string): Promise<DeliveredCable | null>;
  /** Id or registry number to seq, regardless of access: for validating references, never shown. */
  resolveReference(reference: string): Promise<{ seq: number; id: string; readers: string[] } | null>;
  markRead(reader: string, seq: number, at: string): Promise<void>;
  inbox(
    reader: string,
    query: InboxQuery,
  ): Promise<{ total: number; unread: number; cables: DeliveredCable[] }>;
  /** Every cable linked to `seq` by references in either direction that `reader` may read, in chain order. */
  thread(reader: string, seq: number, limit: number): Promise<DeliveredCable[]>;
  search(reader: string, query: SearchQuery): Promise<SearchResult>;
  /** All cables in chain order with the readers index, in pages, for verify and export. */
  scan(batchSize: number): AsyncIterable<ScannedCable[]>;
}

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

export interface AuditStore {
  /** Appends an entry chained to the last; `seal` computes its hash from the previous one. */
  append(
    entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>,
    seal: (entry: Omit<AuditEntry, 'hash'>) => string,
  ): Promise<void>;
  list(filter: { actor?: string; action?: string; limit: number }): Promise<AuditEntry[]>;
}

export interface AuthStore {
  createSession(tokenHash: string, personId: string, createdAt: string, expiresAt: string): Promise<void>;
  sessionPerson(tokenHash: string, now: string): Promise<string | null>;
  deleteSession(tokenHash: string): Promise<void>;
  createApiToken(token: {
    id: string;
    tokenHash: string;
    personId: string;
    name: string;
    createdAt: string;
  }): Promise<void>;
  apiTokenPerson(tokenHash: string): Promise<string | null>;
  revokeApiToken(personId: string, id: string, at: string): Promise<boolean>;
}

export interface SettingsStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}
