import { describe, expect, it } from 'vitest';
import { exampleToLoad } from './example-to-load.js';

describe('which new registry gets the London 1945 example', () => {
  it('a new SQLite file gets it unless --empty', () => {
    expect(exampleToLoad({ dialect: 'sqlite', isNew: true, empty: false })).toBe('london');
    expect(exampleToLoad({ dialect: 'sqlite', isNew: true, empty: true })).toBeNull();
  });

  it('a new PostgreSQL database gets it only when asked by name, and a start that says neither is refused', () => {
    expect(exampleToLoad({ dialect: 'postgres', isNew: true, empty: false, example: 'london' })).toBe(
      'london',
    );
    expect(exampleToLoad({ dialect: 'postgres', isNew: true, empty: true })).toBeNull();
    expect(() => exampleToLoad({ dialect: 'postgres', isNew: true, empty: false })).toThrow(
      /--empty .*--example london.*password "demo"/,
    );
  });

  it('a registry already in use never gets it, and another name is refused', () => {
    expect(exampleToLoad({ dialect: 'postgres', isNew: false, empty: false })).toBeNull();
    expect(exampleToLoad({ dialect: 'sqlite', isNew: false, empty: false, example: 'london' })).toBeNull();
    expect(() => exampleToLoad({ dialect: 'sqlite', isNew: true, empty: false, example: 'paris' })).toThrow(
      /--example/,
    );
  });
});
