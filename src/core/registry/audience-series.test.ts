import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRegistryNumber, parseRegistryNumber } from '../cable/registry-number.js';
import {
  AUDIENCE_SERIES_PATTERN,
  audienceSeries,
  isAudienceSeries,
  standingAudienceOf,
  standingSeriesOf,
} from './audience-series.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const aReader = fc.constantFrom('stalin', 'molotov', 'beria', 'gusev', 'pavlov', 'vyshinsky', 'gromyko');
const anAudience = fc.uniqueArray(aReader, { minLength: 2, maxLength: 7 });

const PEOPLE = [
  { id: 'stalin', postId: 'centre' },
  { id: 'vyshinsky', postId: 'centre' },
  { id: 'molotov', postId: 'london' },
  { id: 'gusev', postId: 'london' },
  { id: 'gromyko', postId: 'washington' },
];

describe('standingAudienceOf', () => {
  it('is everyone at both ends of a series, or at its post for a general series', () => {
    const tolon = { code: 'TOLON', fromPost: 'centre', toPost: 'london' };
    expect(standingAudienceOf(tolon, PEOPLE)).toEqual(['gusev', 'molotov', 'stalin', 'vyshinsky']);
    expect(standingAudienceOf({ code: 'CEN', fromPost: 'centre', toPost: null }, PEOPLE)).toEqual([
      'stalin',
      'vyshinsky',
    ]);
  });
});

describe('audienceSeries', () => {
  it('numbers a cable to exactly the standing audience in the standing series', () => {
    expect(audienceSeries('CEN', ['vyshinsky', 'stalin'], ['stalin', 'vyshinsky'], sha256)).toBe('CEN');
  });

  it('numbers a narrower or wider distribution in a series of its own audience', () => {
    const standing = ['gusev', 'molotov', 'stalin', 'vyshinsky'];
    const narrower = audienceSeries('TOLON', ['molotov', 'stalin'], standing, sha256);
    const wider = audienceSeries('TOLON', [...standing, 'gromyko'], standing, sha256);
    for (const code of [narrower, wider]) {
      expect(code).toMatch(AUDIENCE_SERIES_PATTERN);
      expect(isAudienceSeries(code)).toBe(true);
      expect(standingSeriesOf(code)).toBe('TOLON');
    }
    expect(narrower).not.toBe(wider);
  });

  it('depends on the readers alone, in any order, so it tells nothing of other audiences', () => {
    fc.assert(
      fc.property(anAudience, fc.array(aReader), (audience, standing) => {
        const code = audienceSeries('LONTO', audience, standing, sha256);
        const shuffled = [...audience].reverse().concat(audience[0]!);
        expect(audienceSeries('LONTO', shuffled, standing, sha256)).toBe(code);
        const sameStanding = [...new Set(standing)].sort().join() === [...audience].sort().join();
        expect(code === 'LONTO').toBe(sameStanding);
      }),
    );
  });

  it('gives numbers that read back as written', () => {
    fc.assert(
      fc.property(anAudience, fc.integer({ min: 1, max: 99_999 }), (audience, sequence) => {
        const series = audienceSeries('DEL-LON', audience, [], sha256);
        const number = formatRegistryNumber({ series, sequence });
        expect(parseRegistryNumber(number)).toEqual({ series, sequence });
        expect(parseRegistryNumber(number.toLowerCase().replace(' ', '-'))).toEqual({ series, sequence });
      }),
    );
  });
});
