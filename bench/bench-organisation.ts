import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices } from '../src/services/open-services.js';
import { setClassificationScheme } from '../src/services/organisation/classification-scheme.js';
import {
  addGroup,
  addMembership,
  addPerson,
  addPost,
  addSeries,
} from '../src/services/organisation/manage-organisation.js';
import type { Services } from '../src/services/services.js';

/** Every bench person's password. */
export const BENCH_PASSWORD = 'bench';

const WORDS =
  'delegation directive mandate treaty council ministers session proposal concession position reparations trusteeship recognition procedure armistice peace conference agenda linkage authority report reply cipher relay principal fallback'.split(
    ' ',
  );

/** English-like text of about `bytes` bytes, deterministic for a seed. */
export function prose(bytes: number, seed: number): string {
  const out: string[] = [];
  let length = 0;
  let state = seed * 2654435761;
  while (length < bytes) {
    state = (state * 1103515245 + 12345) >>> 0;
    const word = WORDS[state % WORDS.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return `${out.join(' ')}.`;
}

/** A fresh registry in a temp folder with `people` people in two posts and `groups` groups of ten. */
export async function benchRegistry(
  people: number,
  groups: number,
): Promise<{ services: Services; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-bench-'));
  const services = await openServices(join(dir, 'plenipo.db'));
  const at = '2026-01-01T00:00:00.000Z';
  await setClassificationScheme(services.store, ['UNCLASSIFIED', 'SECRET', 'TOP SECRET']);
  await addPost(services, { id: 'centre', name: 'Centre', place: 'Moscow', zone: 'Europe/Moscow' });
  await addPost(services, { id: 'field', name: 'Delegation', place: 'London', zone: 'Europe/London' });
  await addSeries(services, { code: 'CEN', name: 'Centre', fromPost: 'centre', toPost: null });
  await addSeries(services, { code: 'FLD', name: 'Delegation', fromPost: 'field', toPost: null });
  for (let i = 0; i < people; i += 1) {
    await addPerson(
      services,
      null,
      {
        id: `p${i}`,
        name: `Person ${i}`,
        title: 'Officer',
        postId: i % 2 ? 'field' : 'centre',
        isAdmin: false,
      },
      BENCH_PASSWORD,
    );
  }
  for (let g = 0; g < groups; g += 1) {
    await addGroup(services, null, { id: `g${g}`, name: `Group ${g}`, description: 'bench' });
    for (let m = 0; m < 10; m += 1) {
      await addMembership(services, null, {
        group: `g${g}`,
        person: `p${(g * 7 + m) % people}`,
        from: at,
        until: null,
      });
    }
  }
  return { services, dir };
}

/** A draft as a bench author would write it: one person and one group, ~1 KB body. */
export function benchDraft(i: number, people: number, groups: number) {
  return {
    to: [`p${(i * 13 + 1) % people}`],
    info: [`g${i % groups}`],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'report',
    subject: `Report ${i} on the session`,
    issues: [`issue-${i % 20}`],
    body: prose(1024, i),
  };
}
