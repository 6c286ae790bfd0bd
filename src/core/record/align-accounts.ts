import { diffWords } from 'diff';
import type { RecordSource } from './record-payload.js';
import type { RecordAccount } from './session-record.js';

/** A run of words in a comparison: in both accounts, only in the first, or only in the other. */
export interface WordingPart {
  text: string;
  in: 'both' | 'first' | 'other';
}

/** One exchange as each account tells it, and how each differs in wording from the first that tells it. */
export interface AlignedRow {
  key: string;
  party: string;
  issue: string | null;
  /** One cell per account, in the accounts' order; null where that account omits the exchange. */
  cells: ({ speaker: string | null; text: string; wording: WordingPart[] | null } | null)[];
}

export interface AlignedAccounts {
  accounts: { cable: string; source: RecordSource; party: string; title: string | null }[];
  rows: AlignedRow[];
}

/**
 * Sets several accounts of one meeting side by side, entry by entry
 * (PRODUCT.md §Record: accounts with their differences). Entries that carry
 * the same `key` tell of the same exchange; entries without one are paired by
 * party, issue and kind in order of appearance (the second statement of the
 * US on Japan in one account with the second in another). Each cell after the
 * first that tells an exchange carries its wording compared word by word with
 * that first cell; an account that omits an exchange has an empty cell.
 */
export function alignAccounts(accounts: readonly RecordAccount[]): AlignedAccounts {
  const rows = new Map<string, AlignedRow>();
  accounts.forEach((account, column) => {
    const seen = new Map<string, number>();
    for (const entry of account.payload.entries) {
      const natural = `${entry.party}/${entry.issue ?? '-'}/${entry.kind}`;
      const nth = (seen.get(natural) ?? 0) + 1;
      seen.set(natural, nth);
      const key = entry.key ?? `${natural}#${nth}`;
      const row = rows.get(key) ?? {
        key,
        party: entry.party,
        issue: entry.issue ?? null,
        cells: accounts.map(() => null),
      };
      row.cells[column] = { speaker: entry.speaker ?? null, text: entry.text, wording: null };
      rows.set(key, row);
    }
  });
  for (const row of rows.values()) {
    const first = row.cells.find((cell) => cell !== null);
    for (const cell of row.cells)
      if (cell && first && cell !== first) cell.wording = compareWording(first.text, cell.text);
  }
  return {
    accounts: accounts.map(({ cable, payload }) => ({
      cable,
      source: payload.source,
      party: payload.party,
      title: payload.title ?? null,
    })),
    rows: [...rows.values()],
  };
}

/** The words two tellings share, and those only one of them has. */
export function compareWording(first: string, other: string): WordingPart[] {
  return diffWords(first, other).map((part) => ({
    text: part.value,
    in: part.added ? 'other' : part.removed ? 'first' : 'both',
  }));
}

/** Whether two tellings differ in anything but spacing. */
export function differsInWording(parts: readonly WordingPart[]): boolean {
  return parts.some((part) => part.in !== 'both' && part.text.trim() !== '');
}
