/**
 * The search box's syntax, shared by both dialects: bare words and "quoted
 * phrases", all of which must match. Anything else (operators, brackets,
 * column filters) is read as plain words, so no input can reach the engine's
 * own query language.
 */
export interface SearchText {
  words: string[];
  phrases: string[][];
}

const TOKEN = /[\p{L}\p{N}]+/gu;

export function parseSearchText(text: string): SearchText {
  const phrases: string[][] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = phrase.match(TOKEN) ?? [];
    if (words.length > 0) phrases.push(words.map((word) => word.toLowerCase()));
    return ' ';
  });
  const words = (rest.match(TOKEN) ?? []).map((word) => word.toLowerCase());
  return { words: [...new Set(words)].slice(0, 32), phrases: phrases.slice(0, 8) };
}

export function isEmptySearch(text: SearchText): boolean {
  return text.words.length === 0 && text.phrases.length === 0;
}
