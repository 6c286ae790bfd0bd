import { type Cable, readersOf } from '../../core/index.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';

/**
 * Who must act on a cable: the people its `to` named (groups resolved as they
 * stood at registration), who may read it, but not its author. Information
 * addressees read; they do not acknowledge.
 */
export async function actionAddressees(services: Services, cable: Cable): Promise<string[]> {
  const directory = await directorySnapshot(services.store);
  const named = readersOf(
    {
      author: cable.author,
      to: cable.to,
      info: [],
      exclude: cable.exclude,
      via: null,
      captions: cable.captions,
    },
    directory.at(cable.registeredAt),
  );
  return named.filter((person) => person !== cable.author && cable.readers.includes(person));
}
