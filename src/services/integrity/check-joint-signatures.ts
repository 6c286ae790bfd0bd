import {
  type CableFault,
  jointText,
  keyInForce,
  type OrganisationState,
  type VettedPayload,
} from '../../core/index.js';
import type { Services } from '../services.js';

/**
 * A joint cable (issue 14) verifies as such: each signatory's signature of its
 * subject and text holds under the key that signatory held at its chain
 * position, and every signatory is there. The first that does not is the fault.
 */
export async function checkJointSignatures(
  services: Services,
  state: OrganisationState,
): Promise<CableFault | null> {
  for (const cable of await services.store.workflow.jointCables()) {
    if (cable.payload?.type !== 'vetted') continue;
    const { signatures = [] } = cable.payload as unknown as VettedPayload;
    const message = jointText(cable.subject, cable.body);
    for (const { signatory, signature } of signatures) {
      const person = state.people[signatory];
      const key = person ? keyInForce(person, cable.seq) : null;
      if (!key || !services.keyring.verify(key, message, signature))
        return {
          seq: cable.seq,
          number: cable.number,
          fault: 'bad-signature',
          message: `the joint signature of ${signatory} does not verify under their key`,
        };
    }
  }
  return null;
}
