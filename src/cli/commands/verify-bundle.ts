import { readFileSync } from 'node:fs';
import { verifyBundle } from '../../services/archive/bundle/verify-bundle.js';

/**
 * Checks a bundle offline: exit 0 listing the cables that hold, or 1 naming
 * each cable (or the head) that does not. With `key`, the registry's published
 * server key, a bundle signed by any other key is refused.
 */
export function verifyBundleFile(file: string, options: { key?: string }): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stdout.write(`FAILED: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const check = verifyBundle(text, options.key);
  for (const fault of check.faults)
    process.stdout.write(`FAILED ${fault.cable ?? 'bundle'}: ${fault.fault}: ${fault.message}\n`);
  if (check.faults.length > 0) return 1;
  process.stdout.write(
    `OK: ${check.verified.length} cables verified (${check.verified.join(', ')}) against the registry head signed at ${check.signedAt} by server key ${check.serverKey}` +
      (options.key
        ? '\n'
        : '\nCompare that key with the one the registry publishes, or pass it with --key.\n'),
  );
  return 0;
}
