import { type OrganisationAt, organisationAt } from '../../src/core/index.js';
import type { BenchOrganisation } from './organisation.js';

/**
 * The organisation as it stood at any instant, as the product's own
 * `organisationAt` computes it. Membership only changes at the instants where
 * one starts or ends, so one snapshot per interval between them serves every
 * cable registered in it.
 */
export class OrganisationTimeline {
  readonly #changes: number[];
  readonly #snapshots = new Map<number, OrganisationAt>();
  readonly #people: string[];
  readonly #groups: string[];

  constructor(private readonly organisation: BenchOrganisation) {
    const instants = new Set<number>();
    for (const m of organisation.memberships) {
      instants.add(Date.parse(m.from));
      if (m.until) instants.add(Date.parse(m.until));
    }
    this.#changes = [...instants].sort((a, b) => a - b);
    this.#people = organisation.people.map((person) => person.id);
    this.#groups = organisation.groups.map((group) => group.id);
  }

  /** The organisation at `at` (ISO 8601). */
  at(at: string): OrganisationAt {
    const instant = Date.parse(at);
    // The last change at or before the instant starts the interval it falls in.
    let lo = -1;
    let hi = this.#changes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#changes[mid]! <= instant) lo = mid;
      else hi = mid - 1;
    }
    let snapshot = this.#snapshots.get(lo);
    if (!snapshot) {
      const { memberships } = this.organisation;
      snapshot = organisationAt(this.#people, this.#groups, memberships, at);
      this.#snapshots.set(lo, snapshot);
    }
    return snapshot;
  }
}
