import { describe, expect, it } from 'vitest';
import { pressItemsOfFeed } from './press-items-of-feed.js';

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel>
  <title>Evening Courier</title><language>en-GB</language><link>https://courier.example/</link>
  <item>
    <title>Ministers adjourn without a protocol</title>
    <description>&lt;p&gt;The five ministers part with &lt;b&gt;no&lt;/b&gt; agreed text.&lt;/p&gt;</description>
    <link>https://courier.example/adjourn</link>
    <category>Council of Foreign Ministers</category>
    <pubDate>Tue, 02 Oct 1945 18:00:00 GMT</pubDate>
  </item>
  <item><title>An undated rumour</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Quotidien</title><id>urn:quotidien</id><updated>1945-10-03T08:00:00Z</updated>
  <entry>
    <title>La France demande sa place</title><id>urn:quotidien:1</id>
    <updated>1945-10-03T08:00:00Z</updated>
    <summary>Paris veut être entendu sur les Balkans.</summary>
    <link href="https://quotidien.example/place"/>
  </entry>
</feed>`;

describe('press items imported from a feed', () => {
  it('take an RSS item’s title and plain text, date, link and category; an undated item is skipped saying why', () => {
    const { items, skipped } = pressItemsOfFeed(RSS);
    expect(items).toEqual([
      {
        source: 'Evening Courier',
        date: '1945-10-02',
        language: 'en-gb',
        topic: 'Council of Foreign Ministers',
        summary: 'Ministers adjourn without a protocol: The five ministers part with no agreed text.',
        link: 'https://courier.example/adjourn',
      },
    ]);
    expect(skipped).toEqual([{ entry: 2, reason: 'it has no date' }]);
  });

  it('read an Atom feed the same way, the importer’s topic and source taking precedence', () => {
    const { items } = pressItemsOfFeed(ATOM, { topic: 'France', source: 'Quotidien (Paris)' });
    expect(items).toEqual([
      {
        source: 'Quotidien (Paris)',
        date: '1945-10-03',
        language: 'fr',
        topic: 'France',
        summary: 'La France demande sa place: Paris veut être entendu sur les Balkans.',
        link: 'https://quotidien.example/place',
      },
    ]);
  });
});
