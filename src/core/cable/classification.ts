import { invalidInput } from '../errors.js';

/**
 * The classification scheme is configurable (PRODUCT.md §Cable): an ordered
 * list of labels, lowest first. It is data held by the registry, not code.
 */
export type ClassificationScheme = readonly string[];

export const DEFAULT_CLASSIFICATIONS: ClassificationScheme = [
  'UNCLASSIFIED',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
];

/** Rank of a label in the scheme (0 is lowest); throws naming `field` if unknown. */
export function classificationRank(
  scheme: ClassificationScheme,
  label: string,
  field = 'classification',
): number {
  const rank = scheme.indexOf(label);
  if (rank < 0)
    throw invalidInput(field, `'${label}' is not in the classification scheme (${scheme.join(', ')})`);
  return rank;
}

/** A scheme must name at least one level, each once, in upper case. */
export function checkClassificationScheme(scheme: readonly string[]): ClassificationScheme {
  if (scheme.length === 0) throw invalidInput('classifications', 'the scheme needs at least one level');
  scheme.forEach((label, index) => {
    if (!/^[A-Z][A-Z -]{0,39}$/.test(label)) {
      throw invalidInput(`classifications[${index}]`, `'${label}' must be upper-case letters and spaces`);
    }
    if (scheme.indexOf(label) !== index)
      throw invalidInput(`classifications[${index}]`, `'${label}' appears twice`);
  });
  return scheme;
}
