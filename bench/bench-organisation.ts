import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../src/services/accounts/authenticate.js';
import { openServices } from '../src/services/open-services.js';
import { applySetupDocument } from '../src/services/organisation/apply-setup-document.js';
import { OPERATOR } from '../src/services/organisation/authority.js';
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
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  await applySetupDocument(
    { ...services, now: () => at },
    OPERATOR,
    {
      classifications: ['UNCLASSIFIED', 'SECRET', 'TOP SECRET'],
      posts: [
        { id: 'centre', name: 'Centre', place: 'Moscow', zone: 'Europe/Moscow' },
        { id: 'field', name: 'Delegation', place: 'London', zone: 'Europe/London' },
      ],
      series: [
        { code: 'CEN', name: 'Centre', fromPost: 'centre' },
        { code: 'FLD', name: 'Delegation', fromPost: 'field' },
      ],
      people: ids.map((id, i) => ({
        id,
        name: `Person ${i}`,
        title: 'Officer',
        post: i % 2 ? 'field' : 'centre',
      })),
      groups: Array.from({ length: groups }, (_, g) => ({
        id: `g${g}`,
        name: `Group ${g}`,
        description: 'bench',
        members: [...new Set(Array.from({ length: 10 }, (_, m) => `p${(g * 7 + m) % people}`))].map(
          (person) => ({ person, from: at }),
        ),
      })),
    },
    { passwordHashes: new Map(ids.map((id) => [id, passwordHash])) },
  );
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
