/** A piece of a search snippet: matched text or the text between matches. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const START = '\u0002';
const END = '\u0003';

/**
 * Splits a search snippet on its match markers (U+0002 … U+0003) so the UI
 * can wrap matches in <mark> elements as text, never as HTML. An unmatched
 * marker is dropped rather than shown.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(START);
    if (start < 0) {
      parts.push({ text: rest.replaceAll(END, ''), match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start).replaceAll(END, ''), match: false });
    const end = rest.indexOf(END, start + 1);
    const stop = end < 0 ? rest.length : end;
    const matched = rest.slice(start + 1, stop).replaceAll(START, '');
    if (matched) parts.push({ text: matched, match: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}
