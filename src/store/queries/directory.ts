import type { Kysely } from 'kysely';
import type { Membership, OrganisationState } from '../../core/index.js';
import type { Database } from '../schema.js';
import type { DirectoryStore, Person, PersonSecrets } from '../store.js';

const PERSON_COLUMNS = ['id', 'name', 'title', 'postId', 'login', 'isAdmin'] as const;

function personFromRow(row: Pick<Database['people'], (typeof PERSON_COLUMNS)[number]>): Person {
  return { ...row, isAdmin: Boolean(row.isAdmin) };
}

/**
 * The organisation tables hold a projection of the chain's setup entries
 * (written after each entry commits, compared by verify), plus what is never
 * chained because it is secret: password hashes and sealed private keys.
 */
export function directoryStore(db: Kysely<Database>): DirectoryStore {
  return {
    async project(state, secrets) {
      await db.transaction().execute((trx) => writeProjection(trx, state, secrets));
    },
    async setPassword(personId, passwordHash) {
      await db.updateTable('people').set({ passwordHash }).where('id', '=', personId).execute();
    },
    posts: () => db.selectFrom('posts').selectAll().orderBy('id').execute(),
    async people() {
      const rows = await db.selectFrom('people').select(PERSON_COLUMNS).orderBy('id').execute();
      return rows.map(personFromRow);
    },
    async projectedPeople() {
      const rows = await db
        .selectFrom('people')
        .select([...PERSON_COLUMNS, 'publicKey', 'roles', 'aliases', 'clearance', 'endedAt', 'createdAt'])
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ ...row, isAdmin: Boolean(row.isAdmin) }));
    },
    groups: () => db.selectFrom('groups').selectAll().orderBy('id').execute(),
    async memberships(): Promise<Membership[]> {
      const rows = await db
        .selectFrom('memberships')
        .selectAll()
        .orderBy('groupId')
        .orderBy('personId')
        .orderBy('fromAt')
        .execute();
      return rows.map((row) => ({
        group: row.groupId,
        person: row.personId,
        from: row.fromAt,
        until: row.untilAt,
      }));
    },
    // Audience series (code `TOLON/4KQ2XZ`) are the registry's, made as cables are numbered: never listed.
    series: () =>
      db.selectFrom('series').selectAll().where('code', 'not like', '%/%').orderBy('code').execute(),
    conferences: () => db.selectFrom('conferences').selectAll().orderBy('id').execute(),
    async plans() {
      const rows = await db.selectFrom('conferencePlans').selectAll().orderBy('conferenceId').execute();
      return rows.map((row) => ({ conference: row.conferenceId, plan: row.plan }));
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
  };
}

async function writeProjection(
  trx: Kysely<Database>,
  state: OrganisationState,
  secrets: ReadonlyMap<string, PersonSecrets>,
): Promise<void> {
  for (const post of Object.values(state.posts)) {
    await trx
      .insertInto('posts')
      .values(post)
      .onConflict((oc) => oc.column('id').doUpdateSet(post))
      .execute();
  }
  for (const series of Object.values(state.series)) {
    await trx
      .insertInto('series')
      .values(series)
      .onConflict((oc) => oc.column('code').doUpdateSet(series))
      .execute();
  }
  for (const person of Object.values(state.people)) {
    const projected = {
      name: person.name,
      title: person.title,
      postId: person.posts.at(-1)!.value,
      publicKey: person.keys.at(-1)!.publicKey,
      isAdmin: person.roles.includes('admin') && person.endedAt === null ? 1 : 0,
      roles: JSON.stringify(person.roles),
      aliases: JSON.stringify(person.aliases),
      clearance: person.clearances.at(-1)!.value,
      endedAt: person.endedAt,
    };
    const secret = secrets.get(person.id);
    if (secret) {
      await trx
        .insertInto('people')
        .values({ id: person.id, login: person.id, createdAt: person.createdAt, ...projected, ...secret })
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...projected, ...secret }))
        .execute();
    } else {
      await trx.updateTable('people').set(projected).where('id', '=', person.id).execute();
    }
  }
  for (const group of Object.values(state.groups)) {
    await trx
      .insertInto('groups')
      .values(group)
      .onConflict((oc) => oc.column('id').doUpdateSet(group))
      .execute();
  }
  await trx.deleteFrom('memberships').execute();
  for (const m of state.memberships) {
    await trx
      .insertInto('memberships')
      .values({ groupId: m.group, personId: m.person, fromAt: m.from, untilAt: m.until })
      .execute();
  }
  for (const { plan, ...conference } of Object.values(state.conferences)) {
    await trx
      .insertInto('conferences')
      .values(conference)
      .onConflict((oc) => oc.column('id').doUpdateSet(conference))
      .execute();
    if (plan) {
      const text = JSON.stringify(plan);
      await trx
        .insertInto('conferencePlans')
        .values({ conferenceId: conference.id, plan: text })
        .onConflict((oc) => oc.column('conferenceId').doUpdateSet({ plan: text }))
        .execute();
    }
  }
  const value = JSON.stringify(state.classifications);
  await trx
    .insertInto('settings')
    .values({ key: 'classifications', value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
