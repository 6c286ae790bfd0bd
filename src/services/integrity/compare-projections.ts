import type { CableFault, OrganisationState } from '../../core/index.js';
import type { Services } from '../services.js';

// biome-ignore lint/suspicious/noExplicitAny: rows of several tables are compared column by column.
type Row = Record<string, any>;

/**
 * Compares every organisation table with what the chain's setup entries make
 * (PRODUCT.md §Non-negotiables: what carries meaning is in the chain or
 * recomputed from it by verify), and names the first row that differs: an
 * admin flag, a public key, a membership or a plan edited in the file.
 */
export async function compareProjections(
  services: Services,
  state: OrganisationState,
): Promise<CableFault | null> {
  const { directory, settings } = services.store;
  const people = Object.values(state.people);
  const tables: [string, Row[], Row[], (row: Row) => string][] = [
    ['posts', Object.values(state.posts), await directory.posts(), (row) => String(row.id)],
    ['series', Object.values(state.series), await directory.series(), (row) => String(row.code)],
    [
      'people',
      people.map((person) => ({
        id: person.id,
        name: person.name,
        title: person.title,
        postId: person.posts.at(-1)!.value,
        login: person.id,
        isAdmin: person.endedAt === null && person.roles.includes('admin'),
        publicKey: person.keys.at(-1)!.publicKey,
        roles: JSON.stringify(person.roles),
        aliases: JSON.stringify(person.aliases),
        clearance: person.clearances.at(-1)!.value,
        endedAt: person.endedAt,
        createdAt: person.createdAt,
      })),
      (await directory.projectedPeople()).map((row) => ({ ...row, isAdmin: Boolean(row.isAdmin) })),
      (row) => String(row.id),
    ],
    ['groups', Object.values(state.groups), await directory.groups(), (row) => String(row.id)],
    [
      'memberships',
      state.memberships.map((m) => ({ ...m })),
      await directory.memberships(),
      (row) => `${row.group}/${row.person}/${row.from}`,
    ],
    [
      'conferences',
      Object.values(state.conferences).map(({ plan: _plan, ...conference }) => conference),
      await directory.conferences(),
      (row) => String(row.id),
    ],
    [
      'conference_plans',
      Object.values(state.conferences).flatMap((c) =>
        c.plan ? [{ conference: c.id, plan: JSON.stringify(c.plan) }] : [],
      ),
      await directory.plans(),
      (row) => String(row.conference),
    ],
    [
      'settings',
      [{ key: 'classifications', value: JSON.stringify(state.classifications) }],
      (await settings.get('classifications')) === null && state.throughSeq === 0
        ? [{ key: 'classifications', value: JSON.stringify(state.classifications) }]
        : [{ key: 'classifications', value: await settings.get('classifications') }],
      (row) => String(row.key),
    ],
  ];
  for (const [table, expected, stored, keyOf] of tables) {
    const difference = firstDifference(expected, stored, keyOf);
    if (difference) {
      return {
        seq: state.throughSeq,
        number: `${table} row '${difference.key}'`,
        fault: 'projection-mismatch',
        message: `the ${table} table ${difference.what}, unlike the chain's setup entries`,
      };
    }
  }
  return null;
}

function firstDifference(expected: Row[], stored: Row[], keyOf: (row: Row) => string) {
  const storedByKey = new Map(stored.map((row) => [keyOf(row), row]));
  const expectedKeys = new Set(expected.map(keyOf));
  for (const row of [...expected].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))) {
    const key = keyOf(row);
    const held = storedByKey.get(key);
    if (!held) return { key, what: 'lacks the row' };
    for (const [column, value] of Object.entries(row)) {
      if (canonical(held[column]) !== canonical(value)) return { key, what: `holds another ${column}` };
    }
  }
  const extra = stored.map(keyOf).find((key) => !expectedKeys.has(key));
  return extra ? { key: extra, what: 'holds a row' } : null;
}

function canonical(value: unknown): string {
  return JSON.stringify(value ?? null);
}
