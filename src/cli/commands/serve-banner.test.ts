import { describe, expect, it } from 'vitest';
import { type ServeFacts, serveBanner, withoutPassword } from './serve-banner.js';

const facts = (fields: Partial<ServeFacts> = {}): ServeFacts => ({
  version: '1.2.3',
  url: 'http://127.0.0.1:7945',
  db: './data/plenipo.db',
  masterKey: 'in ./data/plenipo.db.key',
  demo: {
    example: 'London 1945',
    password: 'demo',
    logins: [
      { login: 'stalin', name: 'Iosif Stalin', title: '' },
      { login: 'poskrebyshev', name: 'Alexander Poskrebyshev', title: '' },
    ],
  },
  admins: new Set(['poskrebyshev']),
  headIntervalSeconds: 300,
  serverKey: 'KEY=',
  log: 'lines',
  ...fields,
});

describe('the start-up banner of plenipo serve', () => {
  it('says where it serves, on which registry, and how to sign in to the example', () => {
    const banner = serveBanner(facts());
    expect(banner).toContain('plenipo 1.2.3 is serving http://127.0.0.1:7945\n');
    expect(banner).toContain('registry   ./data/plenipo.db (master key in ./data/plenipo.db.key)');
    expect(banner).toContain('London 1945 is loaded; demo logins, each with the password "demo":');
    expect(banner).toContain('stalin, poskrebyshev (administrator)');
    expect(banner).toContain('by the server key KEY=');
    expect(banner).toContain('a line per request below');
  });

  it('says no example is loaded when none is', () => {
    expect(serveBanner(facts({ demo: null }))).toContain('example    not loaded');
  });

  it('prints the one-time setup link when the registry has no administrator, and none otherwise', () => {
    const link = { url: 'http://127.0.0.1:7945/setup#token=abc', expiresAt: '2026-12-04T17:00:00.000Z' };
    const banner = serveBanner(facts({ demo: null, setupLink: link }));
    expect(banner).toContain('first run  no administrator yet: open http://127.0.0.1:7945/setup#token=abc');
    expect(banner).toContain('works once, until 2026-12-04T17:00:00.000Z');
    expect(serveBanner(facts())).not.toContain('first run');
  });

  it('never prints the password of a PostgreSQL URL', () => {
    const banner = serveBanner(facts({ db: 'postgres://plenipo:s3cret@db.example:5432/plenipo' }));
    expect(banner).not.toContain('s3cret');
    expect(banner).toContain('postgres://plenipo:***@db.example:5432/plenipo');
    expect(withoutPassword('./plenipo.db')).toBe('./plenipo.db');
  });
});
