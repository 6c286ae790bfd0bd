/**
 * A level 0–3 for colouring a classification. The scheme is configurable
 * (PRODUCT.md §Cable), so colours follow a label's rank in it, not its name.
 */
export function classificationLevel(scheme: readonly string[], label: string): number {
  const rank = scheme.indexOf(label);
  if (rank < 0 || scheme.length < 2) return rank < 0 ? 3 : 0;
  return Math.round((rank * 3) / (scheme.length - 1));
}
