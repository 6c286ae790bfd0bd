import type { CableSummary } from '../api/schema.js';

/** The signature as the reader sees it: the alias first, the real author after, e.g. 'Instantsiia (Stalin)'. */
export function AuthorName({ cable }: { cable: Pick<CableSummary, 'author' | 'alias'> }) {
  if (!cable.alias) return <span className="author">{cable.author.name}</span>;
  return (
    <span className="author">
      {cable.alias} <span className="muted">({cable.author.name})</span>
    </span>
  );
}
