import {
  type CableKind,
  type Caption,
  DRAFT_KINDS,
  PRECEDENCES,
  type Precedence,
  readersOf,
  type SignedEnvelope,
} from '../../src/core/index.js';
import { type BenchOrganisation, CABLE_SPAN_MS, FIRST_CABLE_AT } from './organisation.js';
import { OrganisationTimeline } from './organisation-timeline.js';
import { bodyBytes, type Prose } from './prose.js';
import { Random, Zipf } from './random.js';

export const CLASSIFICATIONS = ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];

/** A cable as the generator drafts it: the envelope its author signs, when it is registered, and who reads it. */
export interface DraftedCable {
  envelope: SignedEnvelope;
  registeredAt: string;
  readers: string[];
}

type Header = Omit<SignedEnvelope, 'body' | 'payload' | 'subject'> & {
  registeredAt: string;
  readers: string[];
  /** The index of the cable answered, if any. */
  answered: number | null;
};

/** How often each addressing form and feature occurs (the rest are to one person). */
const SHARE = {
  reply: 0.3,
  eyesOnly: 0.07,
  toGroup: 0.25,
  toPeople: 0.15,
  info: 0.4,
  chancery: 0.54,
  registryDesk: 0.1,
  exclusion: 0.12,
  via: 0.08,
  alias: 0.03,
  readOut: 0.03,
  conference: 0.2,
};

/**
 * Cable `i` of a generated registry, as a pure function of (seed, i): a worker
 * drafts any range without seeing the others. Replies answer a recent cable
 * their author may read (one of its addressees answers its author), so threads
 * form; the header of the cable answered is drafted again, and remembered.
 */
export class CableDrafts {
  readonly #timeline: OrganisationTimeline;
  readonly #headers = new Map<number, Header>();
  readonly #authors: Zipf;
  readonly #groups: Zipf;
  readonly #issues: string[];
  readonly #issueRanks: Zipf;
  readonly #postOf: Map<string, string>;
  readonly #people: string[];

  constructor(
    readonly seed: number,
    readonly cables: number,
    readonly organisation: BenchOrganisation,
    readonly prose: Prose,
  ) {
    this.#timeline = new OrganisationTimeline(organisation);
    this.#people = organisation.people.map((person) => person.id);
    this.#postOf = new Map(organisation.people.map((person) => [person.id, person.postId]));
    this.#authors = new Zipf(this.#people.length, 0.7);
    this.#groups = new Zipf(organisation.addressedGroups.length, 1);
    const random = new Random(seed, 5);
    this.#issues = Array.from(
      { length: 60 },
      () => `${prose.contentWord(random)}-${prose.contentWord(random)}`,
    );
    this.#issueRanks = new Zipf(this.#issues.length, 1);
  }

  /** The issue tags in use, most used first. */
  get issues(): readonly string[] {
    return this.#issues;
  }

  /** When cable `i` is registered: one slot per cable across two years, at a random point in its slot. */
  registeredAt(i: number): string {
    const slot = CABLE_SPAN_MS / this.cables;
    return new Date(
      FIRST_CABLE_AT + Math.floor((i + new Random(this.seed, 9, i).next() * 0.9) * slot),
    ).toISOString();
  }

  draftAt(i: number): DraftedCable {
    const { registeredAt, readers, answered: _, ...header } = this.headerOf(i);
    const random = new Random(this.seed, 2, i);
    const subject = `${capital(header.kind)}: ${this.prose.contentWord(random)} and ${this.prose.contentWord(random)}`;
    const body = this.prose.text(random, bodyBytes(random));
    return { envelope: { ...header, subject, body, payload: null }, registeredAt, readers };
  }

  headerOf(i: number): Header {
    const known = this.#headers.get(i);
    if (known) return known;
    const header = this.#draftHeader(i);
    this.#headers.set(i, header);
    // Replies look back at most 50 cables; keep a window of headers, not all of them.
    if (this.#headers.size > 4096) {
      for (const key of this.#headers.keys()) if (key < i - 128) this.#headers.delete(key);
    }
    return header;
  }

  #draftHeader(i: number): Header {
    const random = new Random(this.seed, 1, i);
    const registeredAt = this.registeredAt(i);
    const id = random.uuid();
    const answeredIndex = i > 0 && random.chance(SHARE.reply) ? i - 1 - random.below(Math.min(i, 50)) : null;
    const answered = answeredIndex === null ? null : this.headerOf(answeredIndex);
    const addressing = answered ? this.#replyTo(random, answered) : this.#newAddressing(random, registeredAt);
    const org = this.#timeline.at(registeredAt);
    let readers: string[];
    try {
      readers = readersOf(addressing, org);
    } catch {
      // Addressing that cannot stand (rare: an exclusion emptied a group): send it to one person instead.
      addressing.to = [this.#people.find((p) => p !== addressing.author)!];
      addressing.info = [];
      addressing.exclude = [];
      readers = readersOf(addressing, org);
    }
    return {
      id,
      series: this.#seriesOf(addressing.author, addressing.to[0]!),
      alias: random.chance(SHARE.alias) ? `${this.prose.contentWord(random).toUpperCase()}` : null,
      ...addressing,
      precedence: weighted(random, PRECEDENCES, [0.03, 0.12, 0.25, 0.6]) as Precedence,
      classification: weighted(random, CLASSIFICATIONS, [0.15, 0.2, 0.3, 0.3, 0.05]),
      kind: answered
        ? 'reply'
        : (weighted(random, DRAFT_KINDS, [1, 6, 2, 0, 2, 1, 0.5, 0.5, 0.3, 1, 1, 1]) as CableKind),
      issues: [
        ...new Set(
          Array.from({ length: random.below(4) }, () => this.#issues[this.#issueRanks.draw(random)]!),
        ),
      ],
      conference: random.chance(SHARE.conference) ? random.pick(this.organisation.conferences).id : null,
      inReplyTo: answered?.id ?? null,
      // The thread's earlier cable, when the author may read it (registerCable refuses a reference otherwise).
      refs:
        answered?.answered != null &&
        random.chance(0.5) &&
        this.headerOf(answered.answered).readers.includes(addressing.author)
          ? [answered.inReplyTo!]
          : [],
      registeredAt,
      readers,
      answered: answeredIndex,
    };
  }

  #newAddressing(random: Random, at: string) {
    const author = this.#people[this.#authors.draw(random)]!;
    const person = () => {
      for (;;) {
        const other = random.pick(this.#people);
        if (other !== author) return other;
      }
    };
    const group = () => this.organisation.addressedGroups[this.#groups.draw(random)]!;
    const eyesOnly = random.chance(SHARE.eyesOnly);
    const form = random.next();
    const to = eyesOnly
      ? [person()]
      : form < SHARE.toGroup
        ? [group()]
        : form < SHARE.toGroup + SHARE.toPeople
          ? [person(), person(), person()].slice(0, random.between(2, 3))
          : [person()];
    const info =
      !eyesOnly && random.chance(SHARE.info)
        ? [random.chance(0.5) ? group() : person()]
        : eyesOnly && random.chance(0.2)
          ? [person()]
          : [];
    if (!eyesOnly && random.chance(SHARE.chancery)) info.push(this.organisation.chancery.group);
    if (!eyesOnly && random.chance(SHARE.registryDesk)) info.push(this.organisation.registryDesk.group);
    const named = [...new Set([...to, ...info])];
    const relays = this.organisation.relays.get(this.#postOf.get(author)!) ?? [];
    const via =
      !eyesOnly && random.chance(SHARE.via)
        ? (relays.find((r) => r !== author && !named.includes(r)) ?? null)
        : null;
    const captions: Caption[] = [
      ...(eyesOnly ? ['EYES ONLY' as const] : []),
      ...(random.chance(SHARE.readOut) ? ['READ-OUT' as const] : []),
    ];
    const exclude = random.chance(SHARE.exclusion) ? this.#exclusion(random, named, author, via, at) : [];
    return {
      author,
      to: named.filter((id) => to.includes(id)),
      info: named.filter((id) => !to.includes(id)),
      exclude,
      via,
      captions,
    };
  }

  /** One current member of an addressed group, who is not otherwise named: the cable is kept from them. */
  #exclusion(random: Random, named: string[], author: string, via: string | null, at: string): string[] {
    const org = this.#timeline.at(at);
    const members = named
      .flatMap((id) => org.groups.get(id) ?? [])
      .filter((m) => m !== author && m !== via && !named.includes(m));
    return members.length > 0 ? [random.pick(members)] : [];
  }

  /** An addressee answers the author (or the author follows up to the same addressees), within the same circle. */
  #replyTo(random: Random, answered: Header) {
    const replier =
      answered.to.find((id) => id !== answered.author && this.#postOf.has(id)) ?? answered.author;
    const to = replier === answered.author ? [...answered.to] : [answered.author];
    const eyesOnly = answered.captions.includes('EYES ONLY');
    const info = answered.info.filter((id) => id !== replier && !to.includes(id));
    if (!eyesOnly && random.chance(SHARE.chancery) && !info.includes('chancery') && !to.includes('chancery'))
      info.push(this.organisation.chancery.group);
    const captions: Caption[] = eyesOnly ? ['EYES ONLY'] : [];
    return { author: replier, to, info, exclude: [] as string[], via: null, captions };
  }

  /** The series registerCable would choose: towards the first addressee's post if they are a person, else general. */
  #seriesOf(author: string, firstTo: string): string {
    const from = this.#postOf.get(author)!;
    const toPost = this.#postOf.get(firstTo);
    const towards = this.organisation.series.find(
      (s) => s.fromPost === from && s.toPost !== null && s.toPost === toPost,
    );
    return (towards ?? this.organisation.series.find((s) => s.fromPost === from && s.toPost === null)!).code;
  }
}

function weighted<T>(random: Random, items: readonly T[], weights: number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = random.next() * total;
  for (const [i, item] of items.entries()) {
    u -= weights[i] ?? 0;
    if (u < 0) return item;
  }
  return items[items.length - 1]!;
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
