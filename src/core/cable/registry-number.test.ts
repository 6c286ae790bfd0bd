import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  formatRegistryNumber,
  parseRegistryNumber,
  requireRegistryNumber,
  SERIES_CODE_PATTERN,
} from './registry-number.js';

describe('formatRegistryNumber', () => {
  it('pads the sequence to four digits', () => {
    expect(formatRegistryNumber({ series: 'LONTO', sequence: 7 })).toBe('LONTO 0007');
    expect(formatRegistryNumber({ series: 'DEL-LON', sequence: 142 })).toBe('DEL-LON 0142');
  });

  it('writes a sequence of five digits or more in full', () => {
    expect(formatRegistryNumber({ series: 'TOLON', sequence: 12_345 })).toBe('TOLON 12345');
  });
});

describe('parseRegistryNumber', () => {
  it('reads a number as people write it', () => {
    expect(parseRegistryNumber('LONTO 0142')).toEqual({ series: 'LONTO', sequence: 142 });
  });

  it('reads the lower-case, unpadded and dashed forms as the same number', () => {
    for (const text of ['lonto 142', 'LONTO-0142', 'Lonto-142', '  LONTO 0142  ']) {
      expect(parseRegistryNumber(text)).toEqual({ series: 'LONTO', sequence: 142 });
    }
  });

  it('keeps the dashes of a series such as DEL-LON, in either form', () => {
    expect(parseRegistryNumber('DEL-LON 0142')).toEqual({ series: 'DEL-LON', sequence: 142 });
    expect(parseRegistryNumber('del-lon-0142')).toEqual({ series: 'DEL-LON', sequence: 142 });
  });

  it('keeps the digits of a series such as SECTO2', () => {
    expect(parseRegistryNumber('SECTO2 0009')).toEqual({ series: 'SECTO2', sequence: 9 });
  });

  it('answers null for anything that is not a registry number', () => {
    const garbage = [
      '',
      'LONTO',
      '0142',
      'LONTO 01a2',
      'LONTO  0142',
      'LONTO0142',
      '2LONTO 0142',
      'LONTO 1234567890',
      'LONTO_X 0001',
      'ЛОНТО 0142',
      `${'A'.repeat(17)} 0001`,
      'LONTO 0142; DROP TABLE cables',
    ];
    for (const text of garbage) expect(parseRegistryNumber(text), text).toBeNull();
  });

  it('reads back every number it writes', () => {
    const aSeries = fc.stringMatching(SERIES_CODE_PATTERN);
    const aSequence = fc.integer({ min: 0, max: 999_999_999 });
    fc.assert(
      fc.property(aSeries, aSequence, (series, sequence) => {
        expect(parseRegistryNumber(formatRegistryNumber({ series, sequence }))).toEqual({ series, sequence });
      }),
      { numRuns: 500 },
    );
  });
});

describe('requireRegistryNumber', () => {
  it('returns the parsed number', () => {
    expect(requireRegistryNumber('inReplyTo', 'tolon 3')).toEqual({ series: 'TOLON', sequence: 3 });
  });

  it('refuses what does not parse as invalid input naming the field', () => {
    let refusal: unknown;
    try {
      requireRegistryNumber('refs[2]', 'yesterday’s cable');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'invalid-input', field: 'refs[2]' });
    expect((refusal as DomainError).message).toContain('yesterday’s cable');
  });
});
