import type { Caption } from '../cable/vocabulary.js';
import { invalidInput } from '../errors.js';
import type { OrganisationAt } from './organisation.js';

/** The addressing of a cable as its author wrote it. */
export interface Addressing {
  author: string;
  to: readonly string[];
  info: readonly string[];
  exclude: readonly string[];
  via: string | null;
  captions: readonly Caption[];
}

/**
 * Who may read a cable (PRODUCT.md §Cable, STYLE.md "access is decided in one
 * module"): its author; the people named in `to` and `info`; the members, at
 * registration, of the groups named there, less the people excluded; and the
 * relay named in `via`. An EYES ONLY cable names people only and has no relay,
 * so its readers are exactly the author and the people it names.
 *
 * Throws `invalid-input` naming the field for addressing that cannot stand:
 * unknown ids, groups on EYES ONLY, exclusions that contradict a name, or a
 * cable nobody but its author would receive. Returns the readers sorted.
 *
 * @example readersOf({ author: 'stalin', to: ['three'], info: [], exclude: ['molotov'],
 *   via: null, captions: [] }, org) // ['beria', 'malenkov', 'mikoyan', 'stalin']
 */
export function readersOf(addressing: Addressing, org: OrganisationAt): string[] {
  checkAddressing(addressing, org);
  const excluded = new Set(addressing.exclude);
  const readers = new Set<string>([addressing.author]);
  for (const id of [...addressing.to, ...addressing.info]) {
    const members = org.groups.get(id);
    if (members) {
      for (const member of members) if (!excluded.has(member)) readers.add(member);
    } else {
      readers.add(org.aliases?.get(id) ?? id);
    }
  }
  if (addressing.via) readers.add(addressing.via);
  if (readers.size === 1) {
    throw invalidInput('to', 'nobody but the author would receive this cable');
  }
  return [...readers].sort();
}

function checkAddressing(addressing: Addressing, org: OrganisationAt): void {
  const eyesOnly = addressing.captions.includes('EYES ONLY');
  const named = new Map<string, string>();
  for (const list of ['to', 'info'] as const) {
    addressing[list].forEach((id, index) => {
      const field = `${list}[${index}]`;
      const isGroup = org.groups.has(id);
      const person = org.aliases?.get(id) ?? id;
      if (!isGroup && !org.people.has(person))
        throw invalidInput(field, `no person or group is called '${id}'`);
      if (eyesOnly && isGroup)
        throw invalidInput(field, `an EYES ONLY cable names people only, not the group '${id}'`);
      const key = isGroup ? id : person;
      const earlier = named.get(key);
      if (earlier) throw invalidInput(field, `'${id}' is already addressed in ${earlier}`);
      named.set(key, field);
    });
  }
  addressing.exclude.forEach((id, index) => {
    const field = `exclude[${index}]`;
    if (!org.people.has(id))
      throw invalidInput(field, `no person is called '${id}' (only people can be excluded)`);
    if (named.has(id))
      throw invalidInput(field, `'${id}' is both addressed in ${named.get(id)} and excluded`);
    if (id === addressing.author)
      throw invalidInput(field, 'the author cannot be excluded from their own cable');
    if (id === addressing.via) throw invalidInput(field, `'${id}' relays the cable and cannot be excluded`);
  });
  if (addressing.via !== null) {
    if (!org.people.has(addressing.via)) throw invalidInput('via', `no person is called '${addressing.via}'`);
    if (addressing.via === addressing.author)
      throw invalidInput('via', 'the author cannot relay their own cable');
    if (eyesOnly)
      throw invalidInput('via', 'an EYES ONLY cable goes direct: name the relay as an addressee instead');
  }
}

/** May `person` read a cable whose readers were fixed as `readers`? */
export function canRead(person: string, readers: readonly string[]): boolean {
  return readers.includes(person);
}
