import type { Directory } from './schema.js';

export interface DirectoryIndex {
  /** Display name of a person or group id; the id itself if unknown. */
  nameOf(id: string): string;
  /** The group with this id, if the id names a group. */
  groupOf(id: string): Directory['groups'][number] | undefined;
}

/** Looks ids up in the directory: people and groups share one namespace of ids. */
export function indexDirectory(directory: Directory): DirectoryIndex {
  const names = new Map<string, string>();
  for (const person of directory.people) names.set(person.id, person.name);
  for (const group of directory.groups) names.set(group.id, group.name);
  const groups = new Map(directory.groups.map((group) => [group.id, group]));
  return {
    nameOf: (id) => names.get(id) ?? id,
    groupOf: (id) => groups.get(id),
  };
}
