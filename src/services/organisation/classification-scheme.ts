import {
  type ClassificationScheme,
  checkClassificationScheme,
  DEFAULT_CLASSIFICATIONS,
} from '../../core/index.js';
import type { Store } from '../../store/store.js';

const KEY = 'classifications';

export async function loadClassificationScheme(store: Store): Promise<ClassificationScheme> {
  const stored = await store.settings.get(KEY);
  return stored ? (JSON.parse(stored) as string[]) : DEFAULT_CLASSIFICATIONS;
}

export async function setClassificationScheme(store: Store, scheme: readonly string[]): Promise<void> {
  await store.settings.set(KEY, JSON.stringify(checkClassificationScheme(scheme)));
}
