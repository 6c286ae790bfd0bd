import { readFileSync } from 'node:fs';
import { pressItemsOfFeed } from '../../services/digest/press-items-of-feed.js';
import { ApiError, callApi, loadCredentials } from '../api-client.js';

/**
 * `plenipo press import FILE`: each entry of an RSS or Atom file as a press
 * item to the readers named, through the API; one line per entry, registered,
 * skipped or refused (naming the field), and exit 1 when any was refused.
 */
export async function pressImport(
  file: string,
  options: {
    server?: string;
    to: string[];
    classification: string;
    topic?: string;
    source?: string;
    language?: string;
  },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const { items, skipped } = pressItemsOfFeed(readFileSync(file, 'utf8'), {
    ...(options.topic ? { topic: options.topic } : {}),
    ...(options.source ? { source: options.source } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  const say = (line: string) => void process.stdout.write(`${line}\n`);
  for (const { entry, reason } of skipped) say(`entry ${entry}: skipped, ${reason}`);
  let refused = 0;
  for (const item of items) {
    try {
      const { cable } = await callApi<{ cable: { number: string } }>(
        server,
        token,
        'POST',
        '/api/press-items',
        {
          ...item,
          to: options.to,
          classification: options.classification,
        },
      );
      say(`${cable.number}  ${item.date}  ${item.topic}: ${item.summary.slice(0, 60)}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      refused += 1;
      say(`refused: ${error.message} (${item.date} ${item.summary.slice(0, 60)})`);
    }
  }
  say(`${items.length - refused} press items registered, ${skipped.length} skipped, ${refused} refused.`);
  if (refused > 0) process.exitCode = 1;
}
