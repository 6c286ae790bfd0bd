/**
 * The file name a download is offered under, made of the query's values in
 * letters, digits and dashes only: `plenipo-thread-LONTO-0007.pdf`.
 */
export function attachmentName(query: unknown, extension: string): string {
  const values = Object.entries((query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'string')
    .map(([key, value]) => `${key}-${value}`);
  const stem = ['plenipo', ...values]
    .join('-')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 100);
  return `${stem}.${extension}`;
}
