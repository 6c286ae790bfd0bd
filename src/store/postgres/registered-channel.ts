import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.js';

/**
 * The LISTEN/NOTIFY channel on which every plenipo process announces the
 * cables it registered. SQLite has no counterpart: one file has no channel
 * between processes, so its live push stays in the process that registered.
 */
const CHANNEL = 'plenipo_registered';

/** How long to wait before listening again after the listening connection is lost. */
const RECONNECT_MS = 1000;

/**
 * Announces a registered cable to the other processes: `<seq>@<origin>`,
 * where the origin names this store, so a process does not hear its own
 * cables back (its CableBus has already pushed them). Sent once the cable is
 * committed and its verdicts given, as it is pushed in its own process, so a
 * report arrives everywhere with its verdict; a crash in between loses only
 * the push, never the cable.
 */
export async function notifyRegistered(db: Kysely<Database>, origin: string, seq: number): Promise<void> {
  await sql`select pg_notify(${CHANNEL}, ${`${seq}@${origin}`})`.execute(db);
}

export interface RegisteredChannel {
  /** Names this store in its own notifications. */
  readonly origin: string;
  /** Starts listening (once, on a connection of its own) and resolves when it does. */
  subscribe(listener: (seq: number) => void): Promise<() => void>;
  close(): Promise<void>;
}

/**
 * Listens on the registered channel through one dedicated connection (a
 * pooled one would lose the LISTEN when returned). PostgreSQL delivers
 * notifications in commit order, and only those of committed transactions.
 */
export function registeredChannel(url: string): RegisteredChannel {
  const origin = randomUUID();
  const listeners = new Set<(seq: number) => void>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;

  const hear = (message: pg.Notification) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const [seq, from] = message.payload.split('@');
    if (from === origin) return;
    for (const listener of listeners) listener(Number(seq));
  };
  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', hear);
    next.on('error', (error) => {
      // A lost connection is listened again after a pause; cables registered meanwhile are not pushed.
      process.stderr.write(`plenipo: live push between processes paused: ${error.message}\n`);
      if (client === next) client = null;
      next.end().catch(() => {});
      if (!closed) setTimeout(() => void listen().catch(() => {}), RECONNECT_MS).unref();
    });
    await next.connect();
    await next.query(`listen ${CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
  };
  const listen = () => {
    if (client || closed) return Promise.resolve();
    connecting ??= connect().finally(() => {
      connecting = null;
    });
    return connecting;
  };
  return {
    origin,
    async subscribe(listener) {
      listeners.add(listener);
      await listen();
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
      await connecting?.catch(() => {});
      await client?.end();
      client = null;
    },
  };
}
