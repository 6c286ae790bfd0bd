import { invalidInput } from '../errors.js';

/** A series code: upper-case letters, digits and dashes, e.g. `LONTO` or `DEL-LON`. */
export const SERIES_CODE_PATTERN = /^[A-Z][A-Z0-9-]{0,15}$/;

/** A registry number as people write it: `LONTO 0142`. */
export interface RegistryNumber {
  series: string;
  sequence: number;
}

/**
 * Formats a registry number with its sequence padded to four digits.
 * @example formatRegistryNumber({ series: 'LONTO', sequence: 7 }) === 'LONTO 0007'
 */
export function formatRegistryNumber({ series, sequence }: RegistryNumber): string {
  return `${series} ${String(sequence).padStart(4, '0')}`;
}

/**
 * Parses `LONTO 0142`, `LONTO-0142` or `lonto 142`, and numbers of an audience
 * series such as `TOLON/4KQ2XZ 0003`; returns null for anything else.
 */
export function parseRegistryNumber(text: string): RegistryNumber | null {
  const match = /^([A-Za-z][A-Za-z0-9-]{0,15}?(?:\/[A-Za-z0-9]{6})?)[\s-](\d{1,9})$/.exec(text.trim());
  if (!match) return null;
  const series = match[1]!.toUpperCase();
  const [standing, mark] = series.split('/');
  if (!SERIES_CODE_PATTERN.test(standing!) || (mark !== undefined && !/^[0-9A-Z]{6}$/.test(mark)))
    return null;
  return { series, sequence: Number(match[2]) };
}

/** Like parseRegistryNumber, but refuses what does not parse, naming the field. */
export function requireRegistryNumber(field: string, text: string): RegistryNumber {
  const number = parseRegistryNumber(text);
  if (!number) throw invalidInput(field, `'${text}' is not a registry number such as 'LONTO 0007'`);
  return number;
}
