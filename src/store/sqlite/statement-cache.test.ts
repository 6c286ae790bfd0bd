import { describe, expect, it } from 'vitest';
import { SqliteDatabase } from './sqlite-driver.js';
import { withStatementCache } from './statement-cache.js';

function numbers() {
  const database = new SqliteDatabase(':memory:');
  database.exec('create table n (x integer); insert into n values (1), (2), (3)');
  return withStatementCache(database);
}

describe('withStatementCache', () => {
  it('hands back the same prepared statement for the same SQL', () => {
    const db = numbers();
    expect(db.prepare('select x from n')).toBe(db.prepare('select x from n'));
    expect(db.prepare('select x from n')).not.toBe(db.prepare('select x from n where x > 1'));
    db.close();
  });

  it('prepares a fresh statement while the kept one is still being iterated', () => {
    const db = numbers();
    const kept = db.prepare('select x from n order by x');
    const rows = kept.iterate([]) as IterableIterator<{ x: number }>;
    expect(rows.next().value).toEqual({ x: 1 });
    const second = db.prepare('select x from n order by x');
    expect(second).not.toBe(kept);
    expect(second.all([])).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect([...rows]).toEqual([{ x: 2 }, { x: 3 }]);
    db.close();
  });
});
