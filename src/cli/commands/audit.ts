import { readFileSync, writeFileSync } from 'node:fs';
import { DomainError } from '../../core/index.js';
import { listAudit } from '../../services/integrity/list-audit.js';
import { signAuditLogHead } from '../../services/integrity/sign-audit-head.js';
import { verifyAuditLog } from '../../services/integrity/verify-audit-log.js';
import { openServices } from '../../services/open-services.js';
import { OPERATOR } from '../../services/organisation/authority.js';
import type { Services } from '../../services/services.js';
import type { AuditEntry } from '../../store/store.js';
import { progressBar } from '../progress.js';

export interface AuditOptions {
  db: string;
  actor?: string;
  action?: string;
  limit?: string;
  verify?: boolean;
  head?: string;
  signHead?: boolean;
  out?: string;
  json?: boolean;
}

/**
 * `plenipo audit`: the hash-chained audit log, newest first; with `--verify`,
 * recomputes the chain and exits 1 naming the first entry that does not hold.
 */
export async function audit(options: AuditOptions): Promise<number> {
  const exported = options.head === undefined ? undefined : readJson(options.head);
  const services = await openServices(options.db);
  try {
    if (options.signHead) return await printSignedHead(services, options.out);
    if (options.verify) {
      // Positions run 1, 2, 3…: the newest entry's is the count, enough for the progress bar.
      const [newest] = await services.store.audit.list({ limit: 1 });
      const bar = progressBar('Verifying the audit log');
      const result = await verifyAuditLog(
        services,
        OPERATOR,
        (done) => bar.update(done, newest?.seq ?? done),
        exported,
      );
      bar.stop();
      if (result.fault) {
        const { seq, at, action, fault, message } = result.fault;
        process.stdout.write(`FAILED at audit entry ${seq} (${action}, ${at}): ${fault}: ${message}\n`);
        return 1;
      }
      if (result.headFault) {
        const { seq, fault, message } = result.headFault;
        const at = seq === null ? options.head : `entry ${seq}`;
        process.stdout.write(`FAILED at ${at} against the exported audit head: ${fault}: ${message}\n`);
        return 1;
      }
      const against = options.head ? ` and against ${options.head}` : '';
      process.stdout.write(
        `OK: ${result.checked} audit entries verified (hash chain, the audit head signed last${against})\n`,
      );
      return 0;
    }
    const query = { actor: options.actor, action: options.action, limit: options.limit };
    const entries = await listAudit(services, OPERATOR, query).catch((error: unknown) => {
      throw error instanceof DomainError && error.field
        ? new DomainError(error.code, `--${error.message}`, `--${error.field}`)
        : error;
    });
    process.stdout.write(options.json ? `${JSON.stringify(entries, null, 2)}\n` : entries.map(line).join(''));
    return 0;
  } finally {
    await services.store.close();
  }
}

/** Signs the audit log's head if it changed, and prints the latest signed audit head (or writes it to `out`). */
async function printSignedHead(services: Services, out: string | undefined): Promise<number> {
  const { head, signed } = await signAuditLogHead(services);
  if (!head) {
    process.stderr.write('plenipo: the audit log holds no entry yet: there is no head to sign\n');
    return 1;
  }
  const { seq, hash, signedAt, publicKey, signature } = head;
  const text = `${JSON.stringify({ seq, hash, signedAt, publicKey, signature }, null, 2)}\n`;
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  const what = signed ? "Signed the audit log's head" : "The audit log's head was signed already";
  process.stderr.write(`${what}: entry ${seq}, at ${signedAt}, by the server key ${publicKey}\n`);
  return 0;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // refused as a malformed head, naming the file
  }
}

function line(entry: AuditEntry): string {
  const detail = Object.keys(entry.detail).length > 0 ? `  ${JSON.stringify(entry.detail)}` : '';
  // A subject is whatever a caller sent (a login tried, a reference asked for): print it escaped, never raw.
  const subject = entry.subject === null ? '' : `  ${JSON.stringify(entry.subject)}`;
  return `${String(entry.seq).padStart(6)}  ${entry.at}  ${(entry.actor ?? '-').padEnd(14)} ${entry.action}${subject}${detail}\n`;
}
