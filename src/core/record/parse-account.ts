import { invalidInput } from '../errors.js';
import { type RecordEntry, RecordEntrySchema } from './record-payload.js';

export const ACCOUNT_FORMATS = ['text', 'markdown', 'jsonl'] as const;
export type AccountFormat = (typeof ACCOUNT_FORMATS)[number];

// "09:40 Bevin (uk) [japan-control-council]: The gold is of no interest to us."
const SPOKEN =
  /^(?:(\d{2}:\d{2})\s+)?([^():[\]]{1,80}?)\s*(?:\(([a-z0-9][a-z0-9-]*)\))?\s*(?:\[([a-z0-9][a-z0-9-]*)\])?\s*:\s+(.+)$/s;

/**
 * Reads an account of a meeting written elsewhere into record entries
 * (PRODUCT.md §Record: accounts are imported or typed in). JSON Lines: one
 * entry per line, as the API takes it. Plain text: one paragraph per entry,
 * `[HH:MM ]Speaker (party) [issue]: what was said`, where a bare party id may
 * stand for the speaker. Markdown: the same paragraphs or list items (bold
 * allowed), and `## issue-id` headings set the issue of what follows. Every
 * entry is a statement; refuses a line it cannot read, naming it.
 */
export function parseAccount(text: string, format: AccountFormat): RecordEntry[] {
  if (format === 'jsonl') return parseJsonLines(text);
  const entries: RecordEntry[] = [];
  let issue: string | undefined;
  let line = 0;
  for (const block of blocksOf(text, format)) {
    line = block.line;
    const heading = format === 'markdown' ? /^#{1,6}\s+([a-z0-9][a-z0-9-]*)\s*$/.exec(block.text) : null;
    if (heading) {
      issue = heading[1];
      continue;
    }
    const plain =
      format === 'markdown' ? block.text.replace(/^[-*]\s+/, '').replace(/\*\*/g, '') : block.text;
    const match = SPOKEN.exec(plain);
    if (!match) throw invalidInput(`line ${line}`, "expected 'Speaker (party): what was said'");
    const [, at, who, party, tagged, said] = match;
    const entry = {
      kind: 'statement',
      party: party ?? who!.trim(),
      speaker: party ? who!.trim() : undefined,
      issue: tagged ?? issue,
      at,
      text: said!.replace(/\s+/g, ' ').trim(),
    };
    const parsed = RecordEntrySchema.safeParse(entry);
    if (!parsed.success) throw invalidInput(`line ${line}`, parsed.error.issues[0]!.message);
    entries.push(parsed.data);
  }
  return entries;
}

function parseJsonLines(text: string): RecordEntry[] {
  return text.split('\n').flatMap((raw, i) => {
    if (raw.trim() === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw invalidInput(`line ${i + 1}`, 'is not JSON');
    }
    const parsed = RecordEntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw invalidInput(
        `line ${i + 1}${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
        issue.message,
      );
    }
    return [parsed.data];
  });
}

/** Paragraphs (and, in Markdown, headings and list items on their own), with the line each starts on. */
function blocksOf(text: string, format: AccountFormat): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const startsBlock = format === 'markdown' && /^(#{1,6}\s|[-*]\s)/.test(line);
    if (line === '' || startsBlock) {
      if (current) blocks.push(current);
      current = line === '' ? null : { text: line, line: i + 1 };
      return;
    }
    if (current) current.text += ` ${line}`;
    else current = { text: line, line: i + 1 };
  });
  if (current) blocks.push(current);
  return blocks;
}
