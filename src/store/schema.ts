import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them (camelCase here, snake_case in SQL through
 * the CamelCasePlugin). The same schema serves SQLite and PostgreSQL; lists are
 * stored as JSON text so both dialects hold them alike.
 */
export interface Database {
  settings: { key: string; value: string };
  posts: { id: string; name: string; place: string; zone: string; closedAt: string | null };
  people: {
    id: string;
    name: string;
    title: string;
    postId: string;
    login: string;
    passwordHash: string;
    publicKey: string;
    privateKeySealed: string;
    isAdmin: number;
    createdAt: string;
    /** JSON list of roles, as the setup entries give them (a projection, checked by verify). */
    roles: string;
    /** JSON list of cipher aliases. */
    aliases: string;
    /** The clearance held now. */
    clearance: string;
    endedAt: string | null;
  };
  groups: { id: string; name: string; description: string };
  memberships: { groupId: string; personId: string; fromAt: string; untilAt: string | null };
  series: { code: string; name: string; fromPost: string; toPost: string | null; closedAt: string | null };
  conferences: { id: string; name: string; place: string; startsOn: string; endsOn: string };
  cables: {
    seq: number;
    id: string;
    number: string;
    series: string;
    seriesSeq: number;
    registeredAt: string;
    author: string;
    alias: string | null;
    toList: string;
    infoList: string;
    excludeList: string;
    via: string | null;
    precedence: string;
    classification: string;
    captions: string;
    kind: string;
    subject: string;
    issues: string;
    conference: string | null;
    inReplyTo: string | null;
    refs: string;
    body: string;
    payload: string | null;
    readers: string;
    signature: string;
    prevHash: string;
    hash: string;
  };
  /** One row per reader of a cable: the access index, and the inbox's sort keys. */
  deliveries: {
    personId: string;
    cableSeq: number;
    precedenceRank: number;
    unread: number;
    readAt: string | null;
  };
  cableIssues: { issue: string; cableSeq: number };
  /** References between cables, for threads in both directions. */
  cableLinks: { fromSeq: number; toSeq: number };
  auditLog: {
    seq: Generated<number>;
    at: string;
    actor: string | null;
    action: string;
    subject: string | null;
    detail: string;
    prevHash: string;
    hash: string;
  };
  /** Every registry head the server signed, in signing order. */
  registryHeads: {
    id: Generated<number>;
    seq: number;
    hash: string;
    signedAt: string;
    publicKey: string;
    signature: string;
  };
  /** Every head of the audit log the server signed, in signing order. */
  auditHeads: {
    id: Generated<number>;
    seq: number;
    hash: string;
    signedAt: string;
    publicKey: string;
    signature: string;
  };
  authSessions: { tokenHash: string; personId: string; createdAt: string; expiresAt: string };
  /** Per login: recent wrong passwords (a JSON list of times) and the end of its lock. */
  loginGuards: { login: string; failures: string; lockedUntil: string | null };
  /** People an administrator has disabled: refused at sign-in and on every session and token. */
  disabledPeople: { personId: string; disabledAt: string; disabledBy: string | null };
  apiTokens: {
    id: string;
    tokenHash: string;
    personId: string;
    name: string;
    createdAt: string;
    revokedAt: string | null;
  };
  conferencePlans: { conferenceId: string; plan: string };
  /** `dimension`: the one the amendment amends, `''` for the issue as one term (issue 11). */
  mandateAmendments: {
    cableSeq: number;
    conference: string;
    issue: string;
    effectiveAt: string;
    dimension: string;
  };
  /** `dimensions`: those the move states a position on, space-separated, `''` for none (issue 11). */
  moves: {
    cableSeq: number;
    idx: number;
    conference: string;
    issue: string;
    side: string;
    move: string;
    dimensions: string;
  };
  /** Record cables by conference and session (issue 13); the accounts stay in the cables' payloads. */
  recordAccounts: { cableSeq: number; conference: string; session: string };
  verdicts: {
    id: Generated<number>;
    cableSeq: number;
    idx: number;
    evaluatedAt: string;
    reason: string;
    verdict: string;
    detail: string;
    current: number;
  };
  alerts: {
    id: Generated<number>;
    personId: string;
    cableSeq: number;
    idx: number;
    verdict: string;
    precedenceRank: number;
    createdAt: string;
    seenAt: string | null;
  };
  deadlines: { cableSeq: number; idx: number; conference: string; deadline: string };
  deadlineAlerts: {
    id: Generated<number>;
    cableSeq: number;
    idx: number;
    firing: string;
    personId: string;
    dueAt: string;
    firedAt: string;
    seenAt: string | null;
  };
  /** Issue 14: the hour and time zone of each reader's daily digest. */
  digestSchedules: { personId: string; hour: number; timeZone: string; enabled: number };
  /** Each scheduled digest, claimed once per reader and day; `cableId` once its cable is registered. */
  digests: { personId: string; day: string; claimedAt: string; cableId: string | null };
  /** Who wants which arrivals by e-mail, and at what address (`events`: a JSON list). */
  emailChoices: { personId: string; address: string; events: string };
  /** Explicit acknowledgements by action addressees (issue 14). */
  acknowledgements: { cableSeq: number; personId: string; acknowledgedAt: string };
  /** Overdue acknowledgements' alerts, once per cable, addressee and recipient (issue 14). */
  escalations: {
    id: Generated<number>;
    cableSeq: number;
    addressee: string;
    recipient: string;
    dueAt: string;
    firedAt: string;
  };
  /** Who read a READ-OUT cable to whom, and when (issue 14). */
  readings: {
    id: Generated<number>;
    cableSeq: number;
    readBy: string;
    readTo: string;
    readAt: string;
    recordedAt: string;
  };
  /** Release projection (issue 15): who a release widened each cable to, from when, until a withdrawal. */
  releaseGrants: {
    entrySeq: number;
    cableSeq: number;
    reader: string;
    fromAt: string;
    untilAt: string | null;
  };
  redactions: {
    entrySeq: number;
    cableSeq: number;
    idx: number;
    start: number;
    end: number;
    reason: string;
    hash: string;
  };
}
