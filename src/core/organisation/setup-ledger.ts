import type { Cable } from '../cable/cable.js';
import { DEFAULT_CLASSIFICATIONS } from '../cable/classification.js';
import { applySetup } from './apply-setup.js';
import { emptyOrganisation, keyInForce, type OrganisationState } from './organisation-state.js';
import { SetupPayloadSchema } from './setup-change.js';

/**
 * The organisation as a walk along the chain makes it, for verify and import:
 * the key in force for each cable's author at its position (PRODUCT.md
 * §Registry: a key is pinned by the entry that set it, never by a table), and
 * the state the setup entries make, which the tables must equal.
 */
export class SetupLedger {
  readonly state: OrganisationState = emptyOrganisation(DEFAULT_CLASSIFICATIONS);

  /**
   * The public key that must have signed `cable`: its author's key in force
   * before it. The registry's first entry creates its own author, so it is
   * checked against the key it declares.
   */
  keyFor(cable: Pick<Cable, 'author' | 'seq' | 'kind' | 'payload'>): string | null {
    const person = this.state.people[cable.author];
    if (person) return keyInForce(person, cable.seq);
    if (cable.kind !== 'setup' || Object.keys(this.state.people).length > 0) return null;
    const parsed = SetupPayloadSchema.safeParse(cable.payload);
    const created = parsed.success
      ? parsed.data.changes.find((change) => change.op === 'person.create' && change.id === cable.author)
      : undefined;
    return created?.op === 'person.create' ? created.publicKey : null;
  }

  /** Takes in a cable walked past; for a setup entry, the reason it does not apply, or null. */
  observe(cable: Pick<Cable, 'author' | 'seq' | 'kind' | 'payload' | 'registeredAt'>): string | null {
    if (cable.kind !== 'setup') return null;
    const parsed = SetupPayloadSchema.safeParse(cable.payload);
    if (!parsed.success) return 'its setup payload is not valid';
    try {
      applySetup(this.state, parsed.data.changes, {
        seq: cable.seq,
        at: cable.registeredAt,
        author: cable.author,
      });
      return null;
    } catch (error) {
      return `its setup changes do not apply: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
