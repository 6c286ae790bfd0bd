import { describe, expect, it } from 'vitest';
import { aCableDraft } from '../testing/factories.js';
import { CableDraftSchema, MAX_ADDRESSEES, MAX_BODY_BYTES } from './cable-draft.js';

/** The paths of the fields a draft is refused for, e.g. `to.1`; empty when it is accepted. */
function refusedFields(input: unknown): string[] {
  const result = CableDraftSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

function refusalMessages(input: unknown): string[] {
  const result = CableDraftSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `person-${i}`);

describe('CableDraftSchema', () => {
  it('accepts a plain directive from Stalin to Molotov', () => {
    expect(refusedFields(aCableDraft())).toEqual([]);
  });

  it('gives every optional list an empty default', () => {
    const draft = CableDraftSchema.parse(aCableDraft());
    expect(draft).toMatchObject({ info: [], exclude: [], captions: [], issues: [], refs: [] });
    expect(draft.via).toBeUndefined();
    expect(draft.alias).toBeUndefined();
  });

  it('keeps every field of a fully addressed cable', () => {
    const full = aCableDraft({
      series: 'DEL-LON',
      alias: 'Druzhkov',
      to: ['three'],
      info: ['poskrebyshev'],
      exclude: ['molotov'],
      via: 'vyshinsky',
      captions: ['READ-OUT'],
      issues: ['censorship'],
      conference: 'london-1945',
      inReplyTo: 'LONTO 0012',
      refs: ['TOLON 0003'],
    });
    expect(CableDraftSchema.parse(full)).toEqual(full);
  });
});

describe('CableDraftSchema addressing', () => {
  it('refuses a cable without `to`', () => {
    const { to: _, ...withoutTo } = aCableDraft();
    expect(refusedFields(withoutTo)).toEqual(['to']);
  });

  it('refuses a cable with an empty `to`, saying it needs an action addressee', () => {
    expect(refusedFields(aCableDraft({ to: [] }))).toEqual(['to']);
    expect(refusalMessages(aCableDraft({ to: [] }))).toEqual(['a cable needs at least one action addressee']);
  });

  it('refuses an addressee that is not an id, naming its place in the list', () => {
    expect(refusedFields(aCableDraft({ to: ['molotov', 'Beria'] }))).toEqual(['to.1']);
    expect(refusedFields(aCableDraft({ info: ['the four'] }))).toEqual(['info.0']);
    expect(refusedFields(aCableDraft({ exclude: ['-molotov'] }))).toEqual(['exclude.0']);
    expect(refusedFields(aCableDraft({ via: '' }))).toEqual(['via']);
  });

  it('accepts ids of up to 64 characters and refuses longer ones', () => {
    expect(refusedFields(aCableDraft({ to: ['m'.repeat(64)] }))).toEqual([]);
    expect(refusedFields(aCableDraft({ to: ['m'.repeat(65)] }))).toEqual(['to.0']);
  });

  it(`accepts ${MAX_ADDRESSEES} addressees in a list and refuses one more`, () => {
    expect(refusedFields(aCableDraft({ to: ids(MAX_ADDRESSEES) }))).toEqual([]);
    expect(refusedFields(aCableDraft({ to: ids(MAX_ADDRESSEES + 1) }))).toEqual(['to']);
    expect(refusedFields(aCableDraft({ info: ids(MAX_ADDRESSEES + 1) }))).toEqual(['info']);
    expect(refusedFields(aCableDraft({ exclude: ids(MAX_ADDRESSEES + 1) }))).toEqual(['exclude']);
  });

  it('refuses an unknown field, so a misspelt exclusion is never silently dropped', () => {
    const result = CableDraftSchema.safeParse({ ...aCableDraft({ to: ['four'] }), excludes: ['molotov'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['excludes'] });
  });
});

describe('CableDraftSchema vocabularies', () => {
  it('refuses a precedence, kind or caption outside the vocabulary', () => {
    expect(refusedFields({ ...aCableDraft(), precedence: 'URGENT' })).toEqual(['precedence']);
    expect(refusedFields({ ...aCableDraft(), kind: 'memo' })).toEqual(['kind']);
    expect(refusedFields({ ...aCableDraft(), captions: ['NOFORN'] })).toEqual(['captions.0']);
  });

  it('refuses an empty classification and one over 40 characters', () => {
    expect(refusedFields(aCableDraft({ classification: '' }))).toEqual(['classification']);
    expect(refusedFields(aCableDraft({ classification: 'S'.repeat(41) }))).toEqual(['classification']);
  });

  it('refuses a series code that is not upper case', () => {
    expect(refusedFields(aCableDraft({ series: 'LONTO' }))).toEqual([]);
    expect(refusedFields(aCableDraft({ series: 'lonto' }))).toEqual(['series']);
    expect(refusedFields(aCableDraft({ series: 'LON TO' }))).toEqual(['series']);
  });

  it('accepts 20 issue tags and 50 references, and refuses more', () => {
    expect(refusedFields(aCableDraft({ issues: ids(20), refs: ids(50) }))).toEqual([]);
    expect(refusedFields(aCableDraft({ issues: ids(21) }))).toEqual(['issues']);
    expect(refusedFields(aCableDraft({ refs: ids(51) }))).toEqual(['refs']);
  });

  it('refuses an issue tag in capitals and a blank reference', () => {
    expect(refusedFields(aCableDraft({ issues: ['Rumania'] }))).toEqual(['issues.0']);
    expect(refusedFields(aCableDraft({ refs: ['   '] }))).toEqual(['refs.0']);
    expect(refusedFields(aCableDraft({ inReplyTo: 'x'.repeat(81) }))).toEqual(['inReplyTo']);
  });
});

describe('CableDraftSchema subject and alias', () => {
  it('refuses a blank subject and trims the one it keeps', () => {
    expect(refusedFields(aCableDraft({ subject: '   ' }))).toEqual(['subject']);
    expect(CableDraftSchema.parse(aCableDraft({ subject: '  On Rumania ' })).subject).toBe('On Rumania');
  });

  it('accepts a subject of 200 characters and refuses 201', () => {
    expect(refusedFields(aCableDraft({ subject: 'S'.repeat(200) }))).toEqual([]);
    expect(refusedFields(aCableDraft({ subject: 'S'.repeat(201) }))).toEqual(['subject']);
  });

  it('refuses a line break or tab in the subject', () => {
    expect(refusedFields(aCableDraft({ subject: 'On Rumania\nand Bulgaria' }))).toEqual(['subject']);
    expect(refusedFields(aCableDraft({ subject: 'On Rumania\r' }))).toEqual(['subject']);
    expect(refusedFields(aCableDraft({ subject: 'On\tRumania' }))).toEqual(['subject']);
  });

  it('refuses NUL and other control characters in the subject', () => {
    for (const control of ['\u0000', '\u0007', '\u001B', '\u007F']) {
      expect(refusedFields(aCableDraft({ subject: `On Rumania${control}` }))).toEqual(['subject']);
    }
  });

  it('refuses a blank alias, an alias over 60 characters, and a control character in it', () => {
    expect(refusedFields(aCableDraft({ alias: ' ' }))).toEqual(['alias']);
    expect(refusedFields(aCableDraft({ alias: 'D'.repeat(61) }))).toEqual(['alias']);
    expect(refusedFields(aCableDraft({ alias: 'Druzh\u0000kov' }))).toEqual(['alias']);
    expect(CableDraftSchema.parse(aCableDraft({ alias: ' Druzhkov ' })).alias).toBe('Druzhkov');
  });
});

describe('CableDraftSchema body', () => {
  it('refuses an empty body', () => {
    expect(refusedFields(aCableDraft({ body: '' }))).toEqual(['body']);
  });

  it('keeps line breaks and tabs in the body', () => {
    const body = 'Your answer is unsatisfactory.\r\n\n\tIt glosses over the matter.';
    expect(CableDraftSchema.parse(aCableDraft({ body })).body).toBe(body);
  });

  it('refuses NUL and other control characters in the body', () => {
    for (const control of ['\u0000', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F']) {
      expect(refusedFields(aCableDraft({ body: `Stand firm.${control}` }))).toEqual(['body']);
    }
  });

  it('refuses a lone surrogate in the body or the subject, high or low, but keeps a whole pair', () => {
    expect(refusedFields(aCableDraft({ body: 'Stand \uD83D firm' }))).toEqual(['body']);
    expect(refusedFields(aCableDraft({ body: 'Stand firm\uDE00' }))).toEqual(['body']);
    expect(refusedFields(aCableDraft({ body: '\uDE00\uD83D' }))).toEqual(['body']);
    expect(refusedFields(aCableDraft({ subject: 'On Rumania \uD83D' }))).toEqual(['subject']);
    expect(refusedFields(aCableDraft({ body: 'Stand firm \uD83D\uDE00' }))).toEqual([]);
  });

  it(`accepts a body of exactly ${MAX_BODY_BYTES} bytes of UTF-8 and refuses one byte more`, () => {
    expect(refusedFields(aCableDraft({ body: 'a'.repeat(MAX_BODY_BYTES) }))).toEqual([]);
    expect(refusedFields(aCableDraft({ body: 'a'.repeat(MAX_BODY_BYTES + 1) }))).toEqual(['body']);
  });

  it('counts the body in bytes, not characters: Cyrillic letters take two each', () => {
    const halfAsManyLetters = 'я'.repeat(MAX_BODY_BYTES / 2);
    expect(refusedFields(aCableDraft({ body: halfAsManyLetters }))).toEqual([]);
    // One more letter is still far fewer characters than the limit, but two bytes too many.
    expect(refusedFields(aCableDraft({ body: `${halfAsManyLetters}я` }))).toEqual(['body']);
  });

  it('counts a character outside the Basic Multilingual Plane as four bytes', () => {
    const quarterAsManyPairs = '\u{1F4DC}'.repeat(MAX_BODY_BYTES / 4);
    expect(refusedFields(aCableDraft({ body: quarterAsManyPairs }))).toEqual([]);
    expect(refusedFields(aCableDraft({ body: `${quarterAsManyPairs}a` }))).toEqual(['body']);
  });
});
