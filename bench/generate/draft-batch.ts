import { CABLE_COLUMNS, type SignedDraft } from './signed-draft.js';

/**
 * A batch of signed drafts as it crosses from a worker to the writer: every
 * string in one text, every number in one typed array. Posted as objects, a
 * thousand drafts took the writer's thread about 30 µs a cable to deserialize
 * (more than inserting the cable); one string and one array take a few.
 */
export interface DraftBatch {
  from: number;
  text: string;
  numbers: Float64Array;
}

/** Never in generated text (decodeBatch checks), and JSON escapes it in the signed text. */
const SEPARATOR = '\u0001';
/** The columns the writer fills in, which a draft leaves as placeholders. */
const REGISTERED = new Set<string>(['seq', 'number', 'seriesSeq', 'prevHash', 'hash']);
const CARRIED = CABLE_COLUMNS.flatMap((column, k) => (REGISTERED.has(column) ? [] : [k]));
const at = (column: (typeof CABLE_COLUMNS)[number]) => CABLE_COLUMNS.indexOf(column);

export function encodeBatch(from: number, drafts: SignedDraft[]): DraftBatch {
  const strings: string[] = [];
  const numbers: number[] = [];
  for (const draft of drafts) {
    for (const k of CARRIED) {
      const value = draft.row[k];
      // A null column travels as an empty string: no carried column is ever an empty string.
      if (value === '' || typeof value === 'number')
        throw new Error(`cable ${draft.seq}: cannot carry ${value}`);
      strings.push(value ?? '');
    }
    strings.push(draft.signedText, ...draft.issues, ...draft.linked, ...draft.readers);
    numbers.push(
      draft.seq,
      draft.precedenceRank,
      draft.issues.length,
      draft.linked.length,
      draft.readers.length,
    );
    numbers.push(...draft.readAt);
  }
  return { from, text: strings.join(SEPARATOR), numbers: Float64Array.from(numbers) };
}

export function decodeBatch({ text, numbers }: DraftBatch): SignedDraft[] {
  const strings = text.split(SEPARATOR);
  let s = 0;
  let n = 0;
  const takeStrings = (count: number) => {
    s += count;
    return strings.slice(s - count, s);
  };
  const takeNumbers = (count: number) => {
    n += count;
    return numbers.subarray(n - count, n);
  };
  const drafts: SignedDraft[] = [];
  while (n < numbers.length) {
    const row: SignedDraft['row'] = new Array(CABLE_COLUMNS.length).fill(null);
    const carried = takeStrings(CARRIED.length);
    for (const [j, k] of CARRIED.entries()) row[k] = carried[j] === '' ? null : carried[j]!;
    const [seq, precedenceRank, issues, linked, readers] = takeNumbers(5);
    row[at('seq')] = seq!;
    drafts.push({
      seq: seq!,
      row,
      id: row[at('id')] as string,
      series: row[at('series')] as string,
      registeredAt: row[at('registeredAt')] as string,
      signature: row[at('signature')] as string,
      author: row[at('author')] as string,
      signedText: takeStrings(1)[0]!,
      issues: takeStrings(issues!),
      linked: takeStrings(linked!),
      readers: takeStrings(readers!),
      readAt: takeNumbers(readers!),
      precedenceRank: precedenceRank!,
    });
  }
  // A separator inside a string would have split it in two, and shifted every string after it.
  if (s !== strings.length) throw new Error('a generated string holds the batch separator');
  return drafts;
}
