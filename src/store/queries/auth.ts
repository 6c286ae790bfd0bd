import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AuthStore, LoginGuard, SettingsStore } from '../store.js';

export function authStore(
  db: Kysely<Database>,
  exclusive: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
): AuthStore {
  return {
    async createSession(tokenHash, personId, createdAt, expiresAt) {
      await db.insertInto('authSessions').values({ tokenHash, personId, createdAt, expiresAt }).execute();
    },
    async liveSession(tokenHash, now) {
      const row = await db
        .selectFrom('authSessions')
        .select(['personId', 'expiresAt'])
        .where('tokenHash', '=', tokenHash)
        .where('expiresAt', '>', now)
        .executeTakeFirst();
      return row ?? null;
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('authSessions').where('tokenHash', '=', tokenHash).execute();
    },
    async createApiToken(token) {
      await db
        .insertInto('apiTokens')
        .values({ ...token, revokedAt: null })
        .execute();
    },
    async liveApiToken(tokenHash) {
      const row = await db
        .selectFrom('apiTokens')
        .select(['id', 'personId'])
        .where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return row ?? null;
    },
    async revokeApiToken(personId, id, at) {
      const result = await db
        .updateTable('apiTokens')
        .set({ revokedAt: at })
        .where('id', '=', id)
        .where('personId', '=', personId)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    endCredentialsOf: (personId, at) =>
      exclusive(async (trx) => {
        await trx.deleteFrom('authSessions').where('personId', '=', personId).execute();
        await trx
          .updateTable('apiTokens')
          .set({ revokedAt: at })
          .where('personId', '=', personId)
          .where('revokedAt', 'is', null)
          .execute();
      }),
    async disablement(personId) {
      const row = await db
        .selectFrom('disabledPeople')
        .select(['disabledAt', 'disabledBy'])
        .where('personId', '=', personId)
        .executeTakeFirst();
      return row ? { at: row.disabledAt, by: row.disabledBy } : null;
    },
    async setDisablement(personId, disablement) {
      if (!disablement) {
        await db.deleteFrom('disabledPeople').where('personId', '=', personId).execute();
        return;
      }
      const row = { disabledAt: disablement.at, disabledBy: disablement.by };
      await db
        .insertInto('disabledPeople')
        .values({ personId, ...row })
        .onConflict((oc) => oc.column('personId').doUpdateSet(row))
        .execute();
    },
    loginGuard: (login) => loginGuardOf(db, login),
    updateLoginGuard: (login, update) =>
      exclusive(async (trx) => {
        const next = update(await loginGuardOf(trx, login));
        if (next === null) {
          await trx.deleteFrom('loginGuards').where('login', '=', login).execute();
          return null;
        }
        const row = { failures: JSON.stringify(next.failures), lockedUntil: next.lockedUntil };
        await trx
          .insertInto('loginGuards')
          .values({ login, ...row })
          .onConflict((oc) => oc.column('login').doUpdateSet(row))
          .execute();
        return next;
      }),
  };
}

async function loginGuardOf(db: Kysely<Database>, login: string): Promise<LoginGuard | null> {
  const row = await db.selectFrom('loginGuards').selectAll().where('login', '=', login).executeTakeFirst();
  return row ? { login, failures: JSON.parse(row.failures), lockedUntil: row.lockedUntil } : null;
}

export function settingsStore(db: Kysely<Database>): SettingsStore {
  return {
    async get(key) {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value ?? null;
    },
    async set(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
