import type { ClassificationScheme } from '../../core/index.js';
import type { Store } from '../../store/store.js';
import { organisationState } from './organisation-state.js';

/** The classification scheme in force: the last one a setup entry set, or the default before any. */
export async function loadClassificationScheme(store: Store): Promise<ClassificationScheme> {
  return (await organisationState(store)).classifications;
}
