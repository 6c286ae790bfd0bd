import type { Services } from '../../src/services/services.js';

/** How many cables the registry holds and its head: equal before and after means nothing was written. */
export async function registryStateOf(services: Services) {
  const [count, head] = await Promise.all([services.store.registry.count(), services.store.registry.head()]);
  return { count, head };
}
