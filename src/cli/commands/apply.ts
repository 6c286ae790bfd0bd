import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { DomainError } from '../../core/index.js';
import { openServices } from '../../services/open-services.js';
import { applySetupDocument } from '../../services/organisation/apply-setup-document.js';
import { OPERATOR } from '../../services/organisation/authority.js';

/**
 * `plenipo apply FILE.yaml`: sets up or amends the organisation and its
 * conferences from one setup file, on the operator's authority, as one signed
 * setup entry (nothing when the registry already holds what the file says).
 * `--dry-run` prints the changes it would make and makes none. Errors name the
 * file, line and field, and change nothing.
 */
export async function apply(file: string, options: { db: string; dryRun?: boolean }): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax) {
    const { line } = lines.linePos(syntax.pos[0]);
    throw new Error(`${file}:${line}: ${syntax.message.split('\n')[0]}`);
  }
  const services = await openServices(options.db);
  try {
    const result = await applySetupDocument(services, OPERATOR, document.toJS(), { dryRun: options.dryRun });
    if (result.lines.length === 0) {
      process.stdout.write(`${file}: the registry already holds what it says; nothing to change\n`);
      return;
    }
    for (const line of result.lines) process.stdout.write(`${options.dryRun ? 'would: ' : ''}${line}\n`);
    process.stdout.write(
      result.entry
        ? `Recorded ${result.lines.length} changes as ${result.entry.number}\n`
        : `${result.lines.length} changes; nothing recorded (dry run)\n`,
    );
  } catch (error) {
    if (!(error instanceof DomainError) || !error.field) throw error;
    const line = lineOf(document, lines, error.field);
    throw new Error(`${file}${line ? `:${line}` : ''}: ${error.message}`);
  } finally {
    await services.store.close();
  }
}

/** The line of the node a field path names (`people[3].post`), or of its nearest ancestor in the file. */
function lineOf(
  document: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  field: string,
): number | null {
  const path = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index ? Number(index) : key!,
  );
  for (let length = path.length; length > 0; length -= 1) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return null;
}
