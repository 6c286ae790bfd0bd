/** What a `plenipo serve` start knows when it decides whether a registry gets the example. */
export interface ExampleChoice {
  dialect: 'sqlite' | 'postgres';
  /** No one is in the registry yet. */
  isNew: boolean;
  /** `--empty`. */
  empty: boolean;
  /** `--example NAME`, if given. */
  example?: string;
}

/**
 * Whether a new registry gets the London 1945 example. A SQLite file does
 * unless `--empty` (a first look on a laptop). A PostgreSQL database is the
 * shared production path (docs/scale-out.md): the example's demo logins
 * (password `demo`, one an administrator) would open it to anyone, so it gets
 * the example only when asked by name, `--example london`, and a start that
 * says neither is refused.
 */
export function exampleToLoad(choice: ExampleChoice): 'london' | null {
  if (choice.example !== undefined && choice.example !== 'london')
    throw new Error(`--example: the only example plenipo serve loads is 'london', not '${choice.example}'`);
  if (!choice.isNew || choice.empty) return null;
  if (choice.dialect === 'sqlite' || choice.example === 'london') return 'london';
  throw new Error(
    'this PostgreSQL registry is new: start it with --empty (production), or with --example london to load ' +
      'the London 1945 example, whose demo logins (password "demo", one an administrator) anyone could use',
  );
}
