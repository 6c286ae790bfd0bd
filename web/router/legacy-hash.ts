/**
 * Before the router, pages were addressed by the hash (`#/cable/LONTO%200007`,
 * `#/mandates/trieste?at=1945-09-20`). Bookmarks and links of that form still
 * open their page: the hash is read as the path it stood for. Any other hash
 * (`#content`) is left alone.
 */
export function pathFromLegacyHash(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const path = hash.slice(1);
  return path === '/' ? '/inbox' : path;
}
