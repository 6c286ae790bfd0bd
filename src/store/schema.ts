import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them (camelCase here, snake_case in SQL through
 * the CamelCasePlugin). The same schema serves SQLite and PostgreSQL; lists are
 * stored as JSON text so both dialects hold them alike.
 */
export interface Database {
  settings: { key: string; value: string };
  posts: { id: string; name: string; place: string; zone: string };
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
  };
  groups: { id: string; name: string; description: string };
  memberships: { groupId: string; personId: string; fromAt: string; untilAt: string | null };
  series: { code: string; name: string; fromPost: string; toPost: string | null };
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
  authSessions: { tokenHash: string; personId: string; createdAt: string; expiresAt: string };
  apiTokens: {
    id: string;
    tokenHash: string;
    personId: string;
    name: string;
    createdAt: string;
    revokedAt: string | null;
  };
}
