import { writeFileSync } from 'node:fs';
import { signRegistryHead } from '../../services/integrity/sign-registry-head.js';
import { openServices } from '../../services/open-services.js';

/**
 * Signs the registry head if it changed since the head signed last, and
 * prints the latest signed head as JSON (or writes it to --out): the file an
 * outside party keeps and later checks with `plenipo verify --head`.
 */
export async function head(options: { db: string; out?: string }): Promise<number> {
  const services = await openServices(options.db);
  try {
    const { head, signed } = await signRegistryHead(services);
    if (!head) {
      process.stderr.write('plenipo: the registry holds no cable yet: there is no head to sign\n');
      return 1;
    }
    const { seq, hash, signedAt, publicKey, signature } = head;
    const text = `${JSON.stringify({ seq, hash, signedAt, publicKey, signature }, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, text);
    else process.stdout.write(text);
    const what = signed ? 'Signed the registry head' : 'The registry head was signed already';
    process.stderr.write(
      `${what}: position ${seq}, at ${signedAt}, by the server key ${publicKey}${options.out ? `; written to ${options.out}` : ''}\n`,
    );
    return 0;
  } finally {
    await services.store.close();
  }
}
