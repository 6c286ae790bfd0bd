import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { cleanText, DomainError, hasRole, PARTICIPANT_ID, type SetupChange } from '../../core/index.js';
import type { Person } from '../../store/store.js';
import { OPERATOR } from '../organisation/authority.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import { organisationState } from '../organisation/organisation-state.js';
import { recordSetup } from '../organisation/record-setup.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** How long a setup link printed at start works. */
export const FIRST_RUN_TTL_MS = 60 * 60 * 1000;

/**
 * The one-time setup link of a registry with no administrator (issue 10,
 * first run). Whoever started the server sees the token on its console; the
 * process keeps only its SHA-256, so nothing that is logged or stored can
 * replay it. It works once, until it expires, and only while no
 * administrator exists: reaching the port first is not enough.
 */
export class FirstRunGate {
  #hash: Buffer | null;
  readonly expiresAt: string;

  private constructor(hash: Buffer, expiresAt: string) {
    this.#hash = hash;
    this.expiresAt = expiresAt;
  }

  /** A gate and the token to print, or null when the registry already has an administrator. */
  static async open(
    services: Services,
    ttlMs = FIRST_RUN_TTL_MS,
  ): Promise<{ gate: FirstRunGate; token: string } | null> {
    if (await hasAdministrator(services)) return null;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.parse(services.now()) + ttlMs).toISOString();
    return { gate: new FirstRunGate(digest(token), expiresAt), token };
  }

  /** Whether the link may still be used at `now` (not taken, not expired). */
  isOpen(now: string): boolean {
    return this.#hash !== null && Date.parse(now) < Date.parse(this.expiresAt);
  }

  /** Takes the link if `token` is its own and it is open; after that no token opens it again. */
  take(token: string, now: string): boolean {
    const hash = this.#hash;
    if (!hash || !this.isOpen(now) || !timingSafeEqual(digest(token), hash)) return false;
    this.#hash = null;
    return true;
  }

  /** Gives a taken link back, for a claim refused on its input (the person may correct the form). */
  giveBack(token: string): void {
    this.#hash ??= digest(token);
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Whether anyone holds the administrator's role now. */
export async function hasAdministrator(services: Services): Promise<boolean> {
  const state = await organisationState(services.store);
  return Object.values(state.people).some((person) => hasRole(person, 'admin'));
}

export const FirstAdministratorSchema = z.strictObject({
  token: z.string().min(1, 'the setup link carries a token').max(200),
  id: PARTICIPANT_ID.meta({ description: 'the login of the first administrator' }),
  name: cleanText(120).pipe(z.string().trim().min(1, 'a person needs a name')),
  title: cleanText(200).pipe(z.string().trim()).default(''),
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  post: z
    .strictObject({
      id: PARTICIPANT_ID,
      name: cleanText(120).pipe(z.string().trim().min(1, 'a post needs a name')),
      place: cleanText(500).pipe(z.string().trim()).default(''),
      zone: z.string().min(1).max(64),
    })
    .optional()
    .meta({ description: 'a post to create and seat the administrator at; else the registry’s own post' }),
});

/**
 * Creates the first administrator through the setup link: one setup entry,
 * signed by the registry (the console's authority, which the token carries),
 * with the administrator's post if one is given. Refused `forbidden` with a
 * wrong, used or expired token, and `conflict` once an administrator exists.
 */
export async function claimFirstRun(
  services: Services,
  gate: FirstRunGate | undefined,
  input: unknown,
): Promise<Person> {
  const { token, post, password, ...person } = parseInput(FirstAdministratorSchema, input);
  if (!gate?.take(token, services.now())) {
    throw new DomainError(
      'forbidden',
      'This setup link is not valid: it was used, has expired, or was never printed by this server. Restart the server for a new one, or add an administrator with plenipo users add --admin.',
    );
  }
  try {
    if (await hasAdministrator(services)) {
      throw new DomainError('conflict', 'An administrator exists already: sign in instead.');
    }
    const changes: SetupChange[] = [];
    if (post) changes.push({ op: 'post.create', ...post });
    changes.push({
      op: 'person.create',
      ...person,
      ...(post ? { post: post.id } : { post: 'registry' }),
      roles: ['admin'],
    } as SetupChange);
    await recordSetup(services, OPERATOR, changes, {
      passwords: new Map([[person.id, password]]),
      fieldOf: (index, field) =>
        changes[index]?.op === 'post.create' ? `post.${field}` : field === 'post' ? 'post.id' : field,
    });
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'conflict')) gate.giveBack(token);
    throw error;
  }
  return (await directorySnapshot(services.store)).personById.get(person.id)!;
}
