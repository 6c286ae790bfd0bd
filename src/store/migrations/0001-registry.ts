import { type Kysely, sql } from 'kysely';

/** The dialect a migration runs on: the few statements that differ say so here, nowhere else. */
export type Dialect = 'sqlite' | 'postgres';

/** Creates the registry: organisation, cables and their indexes, audit log, sessions. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const text = 'text';
  await db.schema
    .createTable('settings')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('value', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('posts')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('place', text, (c) => c.notNull())
    .addColumn('zone', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('people')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('post_id', text, (c) => c.notNull().references('posts.id'))
    .addColumn('login', text, (c) => c.notNull().unique())
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('public_key', text, (c) => c.notNull())
    .addColumn('private_key_sealed', text, (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('groups')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('description', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('memberships')
    .addColumn('group_id', text, (c) => c.notNull().references('groups.id'))
    .addColumn('person_id', text, (c) => c.notNull().references('people.id'))
    .addColumn('from_at', text, (c) => c.notNull())
    .addColumn('until_at', text)
    .execute();
  await db.schema
    .createIndex('memberships_by_group')
    .on('memberships')
    .columns(['group_id', 'from_at'])
    .execute();
  await db.schema
    .createTable('series')
    .addColumn('code', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('from_post', text, (c) => c.notNull().references('posts.id'))
    .addColumn('to_post', text, (c) => c.references('posts.id'))
    .execute();
  await db.schema
    .createTable('conferences')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('place', text, (c) => c.notNull())
    .addColumn('starts_on', text, (c) => c.notNull())
    .addColumn('ends_on', text, (c) => c.notNull())
    .execute();
  await createCables(db, dialect);
  await createIndexes(db, dialect);
  await createAuth(db);
}

async function createCables(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const text = 'text';
  // In SQLite only `integer primary key` makes the column the rowid, which the FTS index points at.
  const seqType = dialect === 'sqlite' ? 'integer' : 'bigint';
  let table = db.schema
    .createTable('cables')
    .addColumn('seq', seqType, (c) => c.primaryKey())
    .addColumn('id', text, (c) => c.notNull().unique())
    .addColumn('number', text, (c) => c.notNull().unique())
    .addColumn('series', text, (c) => c.notNull().references('series.code'))
    .addColumn('series_seq', 'integer', (c) => c.notNull())
    .addColumn('registered_at', text, (c) => c.notNull())
    .addColumn('author', text, (c) => c.notNull().references('people.id'))
    .addColumn('alias', text);
  for (const column of ['to_list', 'info_list', 'exclude_list'])
    table = table.addColumn(column, text, (c) => c.notNull());
  table = table
    .addColumn('via', text)
    .addColumn('precedence', text, (c) => c.notNull())
    .addColumn('classification', text, (c) => c.notNull())
    .addColumn('captions', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('subject', text, (c) => c.notNull())
    .addColumn('issues', text, (c) => c.notNull())
    .addColumn('conference', text)
    .addColumn('in_reply_to', text)
    .addColumn('refs', text, (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('payload', text)
    .addColumn('readers', text, (c) => c.notNull())
    .addColumn('signature', text, (c) => c.notNull())
    .addColumn('prev_hash', text, (c) => c.notNull())
    .addColumn('hash', text, (c) => c.notNull())
    .addUniqueConstraint('cables_series_seq', ['series', 'series_seq']);
  await table.execute();
}

async function createIndexes(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite stores these narrow, all-key tables best without a rowid; PostgreSQL has no such option.
  const withoutRowid = dialect === 'sqlite' ? sql`without rowid` : sql``;
  await db.schema
    .createTable('deliveries')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('cable_seq', 'bigint', (c) => c.notNull())
    .addColumn('precedence_rank', 'integer', (c) => c.notNull())
    .addColumn('unread', 'integer', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addPrimaryKeyConstraint('deliveries_pk', ['person_id', 'cable_seq'])
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema
    .createIndex('deliveries_inbox')
    .on('deliveries')
    .columns(['person_id', 'unread desc', 'precedence_rank', 'cable_seq desc'])
    .execute();
  await db.schema.createIndex('deliveries_by_cable').on('deliveries').columns(['cable_seq']).execute();
  await db.schema
    .createTable('cable_issues')
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('cable_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('cable_issues_pk', ['issue', 'cable_seq'])
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema
    .createTable('cable_links')
    .addColumn('from_seq', 'bigint', (c) => c.notNull())
    .addColumn('to_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('cable_links_pk', ['from_seq', 'to_seq'])
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema.createIndex('cable_links_back').on('cable_links').columns(['to_seq', 'from_seq']).execute();
  await db.schema.createIndex('cables_by_author').on('cables').columns(['author', 'seq']).execute();
  await db.schema.createIndex('cables_by_time').on('cables').columns(['registered_at']).execute();
}

async function createAuth(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('auth_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}
