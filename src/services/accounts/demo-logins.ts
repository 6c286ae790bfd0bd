import type { Store } from '../../store/store.js';

/**
 * The sign-ins of a built-in example, as its loader recorded them: which
 * example, its one password and every login. Shown on the start-up banner and
 * the login page so a first visitor can sign in; absent from a registry that
 * was not started from an example.
 */
export interface DemoLogins {
  example: string;
  password: string;
  logins: { login: string; name: string; title: string }[];
}

const KEY = 'demo-logins';

export async function recordDemoLogins(store: Store, demo: DemoLogins): Promise<void> {
  await store.settings.set(KEY, JSON.stringify(demo));
}

/** The example's sign-ins, or null when no example was loaded into this registry. */
export async function demoLogins(store: Store): Promise<DemoLogins | null> {
  const stored = await store.settings.get(KEY);
  return stored ? (JSON.parse(stored) as DemoLogins) : null;
}
