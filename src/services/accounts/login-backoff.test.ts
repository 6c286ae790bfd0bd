import { describe, expect, it } from 'vitest';
import { backoffDelay, LOGIN_BACKOFF, LoginBackoff } from './login-backoff.js';

describe('the wait after wrong passwords from one address', () => {
  it('is nothing for the first few, then doubles with each failure up to the cap', () => {
    const delays = Array.from({ length: 12 }, (_, failures) => backoffDelay(failures));
    expect(delays).toEqual([0, 0, 0, 0, 250, 500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(1_000_000)).toBe(LOGIN_BACKOFF.maxDelayMs);
  });

  it('is counted per address and forgotten after a quiet quarter of an hour', async () => {
    let now = 0;
    const waited: number[] = [];
    const backoff = new LoginBackoff(
      () => now,
      async (ms) => {
        waited.push(ms);
      },
    );
    for (let i = 0; i < 5; i += 1) backoff.recordFailure('10.0.0.1');
    await backoff.wait('10.0.0.1');
    await backoff.wait('10.0.0.2');
    expect(waited).toEqual([500]);
    now += 16 * 60_000;
    await backoff.wait('10.0.0.1');
    expect(waited).toEqual([500]);
  });

  it('remembers a bounded number of addresses, forgetting the longest quiet first', async () => {
    const waited: number[] = [];
    const backoff = new LoginBackoff(
      () => 0,
      async (ms) => {
        waited.push(ms);
      },
    );
    for (let i = 0; i < 4; i += 1) backoff.recordFailure('first');
    for (let i = 0; i < LOGIN_BACKOFF.maxAddresses; i += 1) backoff.recordFailure(`other-${i}`);
    await backoff.wait('first');
    expect(waited).toEqual([]);
  });
});
