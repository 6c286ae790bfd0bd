import { describe, expect, test } from 'vitest';
import type { CableView } from '../api/schema.js';
import { blankForm, draftFrom, fieldErrorOf, isBlamed, problemsOf, replyForm } from './compose-form.js';

const directory = {
  precedences: ['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE'],
  classifications: ['UNCLASSIFIED', 'SECRET', 'TOP SECRET'],
  kinds: ['directive', 'report', 'reply'],
};

describe('draftFrom', () => {
  test('a minimal cable sends only the required fields', () => {
    const draft = draftFrom({ ...blankForm(directory), to: ['malenkov'], subject: ' Press ', body: 'Text' });
    expect(draft).toEqual({
      to: ['malenkov'],
      precedence: 'ROUTINE',
      classification: 'UNCLASSIFIED',
      kind: 'report',
      subject: 'Press',
      body: 'Text',
    });
  });

  test('comma-separated issues and refs become lists, blanks dropped', () => {
    const draft = draftFrom({ ...blankForm(directory), issues: 'censorship, , press ', refs: 'LONTO 0007,' });
    expect(draft.issues).toEqual(['censorship', 'press']);
    expect(draft.refs).toEqual(['LONTO 0007']);
  });

  test('exclusions, relay, captions and alias are sent when chosen', () => {
    const draft = draftFrom({
      ...blankForm(directory),
      to: ['three'],
      exclude: ['molotov'],
      via: 'vyshinsky',
      captions: ['READ-OUT'],
      alias: 'Instantsiia',
    });
    expect(draft).toMatchObject({
      exclude: ['molotov'],
      via: 'vyshinsky',
      captions: ['READ-OUT'],
      alias: 'Instantsiia',
    });
  });
});

describe('replyForm', () => {
  const original = {
    id: 'c1',
    number: 'TOLON 0003',
    author: { id: 'stalin', name: 'Stalin' },
    to: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Rumania',
    issues: ['rumania'],
    conference: 'cfm-london',
  } as CableView;

  test('a reply goes back to the author, in reply to the original, on its issues', () => {
    const form = replyForm(directory, original, 'molotov');
    expect(form).toMatchObject({
      to: ['stalin'],
      inReplyTo: 'TOLON 0003',
      kind: 'reply',
      subject: 'Re: Rumania',
      issues: 'rumania',
      precedence: 'IMMEDIATE',
      classification: 'TOP SECRET',
      conference: 'cfm-london',
    });
  });

  test('answering one’s own cable goes to its addressees', () => {
    expect(replyForm(directory, original, 'stalin').to).toEqual(['molotov']);
  });
});

test('an error on to[1] blames the To field', () => {
  expect(isBlamed('to', 'to[1]')).toBe(true);
  expect(isBlamed('to', 'body')).toBe(false);
  expect(isBlamed('info', undefined)).toBe(false);
});

describe('errors by field', () => {
  const directory = { precedences: ['FLASH', 'ROUTINE'], classifications: ['SECRET'], kinds: ['report'] };

  test('every missing field is named at once, before anything is sent', () => {
    expect(problemsOf(blankForm(directory))).toEqual({
      to: expect.any(String),
      subject: expect.any(String),
      body: expect.any(String),
    });
    const filled = { ...blankForm(directory), to: ['molotov'], subject: 'Trieste', body: 'Hold firm.' };
    expect(problemsOf(filled)).toEqual({});
  });

  test('the server’s refusal lands on the field it names, without the path in front', () => {
    expect(fieldErrorOf({ field: 'to[1]', message: 'to[1]: no person or group nobody' })).toEqual({
      to: 'No person or group nobody',
    });
    expect(fieldErrorOf({ field: 'subject', message: 'Too long' })).toEqual({ subject: 'Too long' });
  });

  test('a refusal of a payload field or of no field is left to the rest of the form', () => {
    expect(fieldErrorOf({ field: 'payload.changes[0].position', message: 'unknown step' })).toEqual({});
    expect(fieldErrorOf({ message: 'The registry is busy' })).toEqual({});
  });
});
