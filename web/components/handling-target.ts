/** A precedence's handling target in words: 10 → 'within 10 min', 1440 → 'within 24 h'. */
export function describeHandlingTarget(minutes: number): string {
  if (minutes < 60 || minutes % 60 !== 0) return `within ${minutes} min`;
  return `within ${minutes / 60} h`;
}
