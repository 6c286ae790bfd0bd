import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Membership } from '../../core/index.js';
import type { Database } from '../schema.js';
import type { DirectoryStore, Person } from '../store.js';

const PERSON_COLUMNS = ['id', 'name', 'title', 'postId', 'login', 'isAdmin'] as const;

function personFromRow(row: Pick<Database['people'], (typeof PERSON_COLUMNS)[number]>): Person {
  return { ...row, isAdmin: Boolean(row.isAdmin) };
}

const VERSION_KEY = 'directory-version';

export function directoryStore(db: Kysely<Database>): DirectoryStore {
  // Every change stamps a new version, so any process's cache of the directory can tell it is stale.
  const changed = async () => {
    const value = randomUUID();
    await db
      .insertInto('settings')
      .values({ key: VERSION_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  };
  return {
    async version() {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', VERSION_KEY)
        .executeTakeFirst();
      return row?.value ?? 'empty';
    },
    async addPost(post) {
      await db.insertInto('posts').values(post).execute();
      await changed();
    },
    async addPerson(person, secrets, createdAt) {
      await db
        .insertInto('people')
        .values({ ...person, ...secrets, isAdmin: person.isAdmin ? 1 : 0, createdAt })
        .execute();
      await changed();
    },
    async addGroup(group) {
      await db.insertInto('groups').values(group).execute();
      await changed();
    },
    async addMembership(membership) {
      await db
        .insertInto('memberships')
        .values({
          groupId: membership.group,
          personId: membership.person,
          fromAt: membership.from,
          untilAt: membership.until,
        })
        .execute();
      await changed();
    },
    async endMembership(membership, until) {
      await db
        .updateTable('memberships')
        .set({ untilAt: until })
        .where('groupId', '=', membership.group)
        .where('personId', '=', membership.person)
        .where('fromAt', '=', membership.from)
        .execute();
      await changed();
    },
    async addSeries(series) {
      await db.insertInto('series').values(series).execute();
      await changed();
    },
    async addConference(conference) {
      await db.insertInto('conferences').values(conference).execute();
      await changed();
    },
    posts: () => db.selectFrom('posts').selectAll().orderBy('id').execute(),
    async people() {
      const rows = await db.selectFrom('people').select(PERSON_COLUMNS).orderBy('id').execute();
      return rows.map(personFromRow);
    },
    groups: () => db.selectFrom('groups').selectAll().orderBy('id').execute(),
    async memberships(): Promise<Membership[]> {
      const rows = await db
        .selectFrom('memberships')
        .selectAll()
        .orderBy('groupId')
        .orderBy('fromAt')
        .execute();
      return rows.map((row) => ({
        group: row.groupId,
        person: row.personId,
        from: row.fromAt,
        until: row.untilAt,
      }));
    },
    series: () => db.selectFrom('series').selectAll().orderBy('code').execute(),
    conferences: () => db.selectFrom('conferences').selectAll().orderBy('startsOn').execute(),
    async personById(id) {
      const row = await db
        .selectFrom('people')
        .select(PERSON_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? personFromRow(row) : null;
    },
    async personByLogin(login) {
      const row = await db
        .selectFrom('people')
        .select([...PERSON_COLUMNS, 'passwordHash'])
        .where('login', '=', login)
        .executeTakeFirst();
      return row ? { ...personFromRow(row), passwordHash: row.passwordHash } : null;
    },
    async keysOf(personId) {
      const row = await db
        .selectFrom('people')
        .select(['publicKey', 'privateKeySealed'])
        .where('id', '=', personId)
        .executeTakeFirst();
      return row ?? null;
    },
    async publicKeys() {
      const rows = await db.selectFrom('people').select(['id', 'publicKey']).execute();
      return new Map(rows.map((row) => [row.id, row.publicKey]));
    },
  };
}
