import { DomainError } from '../../core/index.js';

/**
 * How many live event streams (`GET /api/events`) one person may hold open at
 * once in one process: a few browser tabs and a CLI or two. Each stream costs
 * memory and a write per cable; without a cap one account could open
 * thousands and slow registration for everyone.
 */
export const MAX_STREAMS_PER_PERSON = 8;

/** What a request was authenticated with: a web session (which expires) or an API token (until revoked). */
export type Credential =
  | { kind: 'session'; tokenHash: string; expiresAt: string }
  | { kind: 'api-token'; tokenHash: string; id: string };

/** The names under which a credential's streams are kept: what logout and revocation know of it. */
export const sessionStreamKey = (tokenHash: string) => `session:${tokenHash}`;
export const apiTokenStreamKey = (id: string) => `api-token:${id}`;

export function streamKeyOf(credential: Credential): string {
  return credential.kind === 'session'
    ? sessionStreamKey(credential.tokenHash)
    : apiTokenStreamKey(credential.id);
}

interface OpenStream {
  key: string;
  end: () => void;
}

/**
 * The live streams open in this process, by person and credential, so that the
 * moment a session ends (logout, a revoked token, a disabled person) its
 * streams end too and no later cable reaches them.
 */
export class LiveStreams {
  readonly #byPerson = new Map<string, Set<OpenStream>>();

  /**
   * Admits a stream of `person` opened with `credential`, or refuses it
   * `too-many-streams` when the person holds the most allowed. `end` must end
   * the stream; the function returned forgets it (call it once it has ended).
   */
  admit(person: string, credential: Credential, end: () => void): () => void {
    const streams = this.#byPerson.get(person) ?? new Set<OpenStream>();
    if (streams.size >= MAX_STREAMS_PER_PERSON) {
      throw new DomainError(
        'too-many-streams',
        `You have ${streams.size} live event streams open, the most one person may hold; ` +
          'close one (a browser tab or a CLI) before opening another.',
      );
    }
    const stream = { key: streamKeyOf(credential), end };
    streams.add(stream);
    this.#byPerson.set(person, streams);
    return () => {
      streams.delete(stream);
      if (streams.size === 0 && this.#byPerson.get(person) === streams) this.#byPerson.delete(person);
    };
  }

  /** Ends every stream opened with the credential of that key (streamKeyOf); returns how many. */
  endCredential(key: string): number {
    const ending = [...this.#byPerson.values()].flatMap((streams) =>
      [...streams].filter((stream) => stream.key === key),
    );
    for (const stream of ending) stream.end();
    return ending.length;
  }

  /** Ends every stream of a person, whatever credential opened it; returns how many. */
  endPerson(person: string): number {
    const ending = [...(this.#byPerson.get(person) ?? [])];
    for (const stream of ending) stream.end();
    return ending.length;
  }

  /** Ends every stream: the server is stopping. */
  endAll(): void {
    for (const person of [...this.#byPerson.keys()]) this.endPerson(person);
  }

  /** How many streams a person holds open now. */
  countOf(person: string): number {
    return this.#byPerson.get(person)?.size ?? 0;
  }
}
