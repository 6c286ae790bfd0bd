import { parseFeed } from '@rowanmanning/feed-parser';

/** What a press item takes from one entry of a feed; the distribution and classification come from whoever imports it. */
export interface FeedPressItem {
  source: string;
  date: string;
  language: string;
  topic: string;
  summary: string;
  link: string | null;
}

/** An entry of the feed that could not become a press item, and why. */
export interface SkippedEntry {
  entry: number;
  reason: string;
}

/** Text with its markup taken out and its runs of white space closed up. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The press items of an RSS or Atom file (parsed by a well-kept feed parser,
 * issue 14): each entry's title and description as the summary, its date, its
 * link; the source is the feed's title, the language the feed's, the topic the
 * entry's first category — each unless the importer says otherwise. An entry
 * without a date or a summary is skipped, saying which and why.
 */
export function pressItemsOfFeed(
  xml: string,
  given: { source?: string; language?: string; topic?: string } = {},
): { items: FeedPressItem[]; skipped: SkippedEntry[] } {
  const feed = parseFeed(xml);
  const source = given.source ?? plainText(feed.title ?? '');
  const language = given.language ?? (feed.language ?? 'en').toLowerCase();
  const items: FeedPressItem[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [i, entry] of feed.items.entries()) {
    const when = entry.published ?? entry.updated;
    const summary = [entry.title, entry.description]
      .map((part) => plainText(part ?? ''))
      .filter((part) => part !== '')
      .join(': ');
    const topic = given.topic ?? entry.categories[0]?.label ?? entry.categories[0]?.term ?? source;
    if (!when) {
      skipped.push({ entry: i + 1, reason: 'it has no date' });
      continue;
    }
    if (summary === '') {
      skipped.push({ entry: i + 1, reason: 'it has neither title nor text' });
      continue;
    }
    items.push({
      source,
      date: when.toISOString().slice(0, 10),
      language,
      topic: plainText(topic),
      summary: summary.slice(0, 4000),
      link: entry.url,
    });
  }
  return { items, skipped };
}
