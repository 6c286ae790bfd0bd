import { describe, expect, it } from 'vitest';
import { checkClassificationScheme, classificationRank, DEFAULT_CLASSIFICATIONS } from './classification.js';

const LONDON_SCHEME = ['UNCLASSIFIED', 'SECRET', 'TOP SECRET', 'SPECIAL IMPORTANCE'];

function refusalOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('classificationRank', () => {
  it('ranks the labels of the scheme lowest first', () => {
    expect(LONDON_SCHEME.map((label) => classificationRank(LONDON_SCHEME, label))).toEqual([0, 1, 2, 3]);
    expect(classificationRank(DEFAULT_CLASSIFICATIONS, 'TOP SECRET')).toBe(3);
  });

  it('refuses a label not in the scheme, naming the classification field', () => {
    expect(refusalOf(() => classificationRank(LONDON_SCHEME, 'CONFIDENTIAL'))).toMatchObject({
      code: 'invalid-input',
      field: 'classification',
    });
  });

  it('names the field the caller gives for an unknown label', () => {
    expect(
      refusalOf(() => classificationRank(LONDON_SCHEME, 'secret', 'filter.classification')),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'filter.classification',
    });
  });
});

describe('checkClassificationScheme', () => {
  it('accepts the default scheme and the London scheme as they are', () => {
    expect(checkClassificationScheme(DEFAULT_CLASSIFICATIONS)).toEqual(DEFAULT_CLASSIFICATIONS);
    expect(checkClassificationScheme(LONDON_SCHEME)).toEqual(LONDON_SCHEME);
  });

  it('refuses a scheme without levels', () => {
    expect(refusalOf(() => checkClassificationScheme([]))).toMatchObject({
      code: 'invalid-input',
      field: 'classifications',
    });
  });

  it('refuses a label that is not upper-case letters and spaces, naming its place', () => {
    for (const label of ['secret', 'SECRET!', ' SECRET', '1 SECRET', '', 'S'.repeat(41)]) {
      expect(
        refusalOf(() => checkClassificationScheme(['UNCLASSIFIED', label])),
        label,
      ).toMatchObject({
        code: 'invalid-input',
        field: 'classifications[1]',
      });
    }
  });

  it('refuses a label that appears twice, naming the second', () => {
    expect(refusalOf(() => checkClassificationScheme(['SECRET', 'TOP SECRET', 'SECRET']))).toMatchObject({
      code: 'invalid-input',
      field: 'classifications[2]',
    });
  });
});
