import { listInbox } from '../src/services/cables/list-inbox.js';
import { openServices } from '../src/services/open-services.js';
import { SqliteDatabase } from '../src/store/sqlite/sqlite-driver.js';
import { generatedRegistry } from './generate/generate-registry.js';
import { percentile, report } from './report.js';

const CABLES = Number(process.env.BENCH_INBOX_CABLES ?? process.env.BENCH_SEARCH_CABLES ?? 1_000_000);
const PAGES = 200;
const TARGET_P95_MS = 20;

/**
 * inbox: p50 and p95 of the first page of listInbox (service layer, 50 cables,
 * unread first, then by precedence, newest first) for the reader with about a
 * tenth of a 1,000,000-cable registry in their inbox. Between pages the reader
 * reads the top cable, so the unread-first order changes as it would; those
 * cables are marked unread again afterwards, leaving the shared registry as generated.
 */
export async function benchInbox(): Promise<void> {
  const registry = await generatedRegistry({ cables: CABLES });
  const reader = registry.readers.inbox.id;
  const services = await openServices(registry.path, registry.keyPath);
  const read: number[] = [];
  const ms: number[] = [];
  let first: Awaited<ReturnType<typeof listInbox>> | null = null;
  try {
    for (let i = 0; i < PAGES; i += 1) {
      const started = process.hrtime.bigint();
      const page = await listInbox(services, reader, {});
      ms.push(Number(process.hrtime.bigint() - started) / 1e6);
      first ??= page;
      const top = page.cables.find((cable) => cable.readAt === null);
      if (top) {
        await services.store.registry.markRead(reader, top.cable.seq, services.now());
        read.push(top.cable.seq);
      }
    }
  } finally {
    await services.store.close();
    markUnreadAgain(registry.path, reader, read);
  }
  const note = `reader ${reader}: ${first?.total} cables in the inbox, ${first?.unread} unread; first page of 50 through listInbox (service layer); target p95 < ${TARGET_P95_MS} ms`;
  report({ name: 'inbox-p95', value: percentile(ms, 0.95), unit: 'ms', note });
  report({ name: 'inbox-p50', value: percentile(ms, 0.5), unit: 'ms' });
}

function markUnreadAgain(path: string, reader: string, seqs: number[]): void {
  const db = new SqliteDatabase(path);
  const unread = db.prepare(
    'update deliveries set unread = 1, read_at = null where person_id = ? and cable_seq = ?',
  );
  db.transaction(() => {
    for (const seq of seqs) unread.run(reader, seq);
  })();
  db.close();
}
