import type { DigestCable, DigestPayload } from './digest.js';

const line = (cable: DigestCable) => `  ${cable.number}  ${cable.precedence}  ${cable.subject}`;

/** The digest as printable text: the body of its cable, one section per part. */
export function digestText(digest: DigestPayload): string {
  const { incoming } = digest;
  const counts = Object.entries(incoming.byPrecedence)
    .map(([precedence, count]) => `${precedence} ${count}`)
    .join(', ');
  const verdicts = Object.entries(incoming.byVerdict)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${verdict} ${count}`)
    .join(', ');
  const sections = [
    `Digest for ${digest.reader}, ${digest.from} to ${digest.until}.`,
    `Came in: ${incoming.total} (${counts}).${verdicts ? ` Moves raised: ${verdicts}.` : ''}`,
    ...(incoming.urgent.length > 0 ? ['Urgent:', ...incoming.urgent.map(line)] : []),
    `Authority asked of you and not answered: ${digest.authorityRequests.length}.`,
    ...digest.authorityRequests.map(line),
    `Deadlines near: ${digest.deadlines.near.length}; lapsed: ${digest.deadlines.lapsed.length}.`,
    ...[...digest.deadlines.near, ...digest.deadlines.lapsed].map(
      (deadline) => `  ${deadline.dueAt}  ${deadline.description} (${deadline.cable})`,
    ),
    `Not yet acknowledged: ${digest.unacknowledged.total}.`,
    ...digest.unacknowledged.cables.map(line),
    ...digest.press.flatMap(({ topic, items }) => [
      `Press, ${topic}:`,
      ...items.map((item) => `  ${item.date} ${item.source} (${item.language}): ${item.summary}`),
    ]),
  ];
  return sections.join('\n');
}
