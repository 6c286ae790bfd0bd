import { type Cable, DomainError, readersOf } from '../../core/index.js';
import { type DirectorySnapshot, directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';

/** What telling a cable's action addressees takes: who wrote it, whom its `to` named, and when. */
type Addressed = Pick<Cable, 'author' | 'to' | 'exclude' | 'captions' | 'registeredAt'>;

/** The people a cable's `to` names, groups resolved as they stood at its registration. */
function namedForAction(cable: Addressed, directory: DirectorySnapshot): string[] {
  try {
    return namedOrRefused(cable, directory);
  } catch (error) {
    // A cable whose `to` names only its author (its readers come from `info`) asks no one's action:
    // readersOf refuses such an addressing as a whole, which registration never saw.
    if (error instanceof DomainError && error.code === 'invalid-input') return [];
    throw error;
  }
}

function namedOrRefused(cable: Addressed, directory: DirectorySnapshot): string[] {
  return readersOf(
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
}

/**
 * Who must act on a cable: the people its `to` named (groups resolved as they
 * stood at registration), who may read it, but not its author. Information
 * addressees read; they do not acknowledge.
 */
export async function actionAddressees(services: Services, cable: Cable): Promise<string[]> {
  const directory = await directorySnapshot(services.store);
  return namedForAction(cable, directory).filter(
    (person) => person !== cable.author && cable.readers.includes(person),
  );
}

const groupIds = new WeakMap<DirectorySnapshot, ReadonlySet<string>>();

/**
 * Whether `person`, to whom the cable was delivered, must act on it (and so
 * acknowledge it). Named in `to` themselves, or by their alias, they must; a
 * `to` without a group does not name them otherwise; only a group is resolved
 * as it stood at registration (the slow path, for digests over many cables).
 */
export function isActionAddressee(directory: DirectorySnapshot, cable: Addressed, person: string): boolean {
  if (person === cable.author) return false;
  if (cable.to.some((id) => id === person || directory.aliases.get(id) === person)) return true;
  let groups = groupIds.get(directory);
  if (!groups) {
    groups = new Set(directory.groups.map((group) => group.id));
    groupIds.set(directory, groups);
  }
  const named = groups;
  if (!cable.to.some((id) => named.has(id))) return false;
  return namedForAction(cable, directory).includes(person);
}
