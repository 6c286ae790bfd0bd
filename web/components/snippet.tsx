import { splitSnippet } from './split-snippet.js';

/** A search snippet with its matched terms in <mark>, built as text nodes. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <p className="snippet">
      {splitSnippet(snippet).map((part, i) =>
        // Parts are positional and never reordered, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}
