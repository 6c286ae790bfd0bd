import { DomainError, hasRole } from '../../core/index.js';
import type { Services } from '../services.js';
import { organisationState } from './organisation-state.js';

/**
 * The whole organisation state, history included, for those who keep it:
 * administrators, the secretariat and auditors. Everyone else sees the
 * directory (`GET /api/directory`), which holds no history.
 */
export async function viewOrganisation(services: Services, personId: string) {
  const state = await organisationState(services.store);
  const person = state.people[personId];
  if (!(['admin', 'secretariat', 'auditor'] as const).some((role) => hasRole(person, role))) {
    throw new DomainError(
      'forbidden',
      'Only an administrator, the secretariat or an auditor may see the organisation’s history.',
    );
  }
  return state;
}
