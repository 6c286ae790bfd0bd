import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AuthStore, SettingsStore } from '../store.js';

export function authStore(db: Kysely<Database>): AuthStore {
  return {
    async createSession(tokenHash, personId, createdAt, expiresAt) {
      await db.insertInto('authSessions').values({ tokenHash, personId, createdAt, expiresAt }).execute();
    },
    async sessionPerson(tokenHash, now) {
      const row = await db
        .selectFrom('authSessions')
        .select('personId')
        .where('tokenHash', '=', tokenHash)
        .where('expiresAt', '>', now)
        .executeTakeFirst();
      return row?.personId ?? null;
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
    async apiTokenPerson(tokenHash) {
      const row = await db
        .selectFrom('apiTokens')
        .select('personId')
        .where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return row?.personId ?? null;
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
  };
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
