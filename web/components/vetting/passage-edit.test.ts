import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { editOfPassage, overlapsAny, previewOf } from './passage-edit.js';

const DRAFT = 'We agree to the procedure. The French may speak on the Balkans. The rest stands.';

describe('an edit made by quoting a passage of the draft', () => {
  it('a struck sentence takes the space before it, and its range reads exactly the words struck', () => {
    const edit = editOfPassage(
      DRAFT,
      'The French may speak on the Balkans.',
      '',
      'Not a word on the Balkans.',
    );
    expect(edit.original).toBe(' The French may speak on the Balkans.');
    expect(DRAFT.slice(edit.from, edit.to)).toBe(edit.original);
    expect(DRAFT.slice(0, edit.from) + DRAFT.slice(edit.to)).toBe(
      'We agree to the procedure. The rest stands.',
    );
  });

  it('a replaced passage keeps its spaces and carries the new words', () => {
    const edit = editOfPassage(DRAFT, 'agree to', 'accept', 'Firmer.');
    expect(edit).toEqual({ from: 3, to: 11, original: 'agree to', text: 'accept', reason: 'Firmer.' });
  });

  it('words not in the draft, or in it twice, are refused naming the passage', () => {
    const refusal = (passage: string) => {
      try {
        editOfPassage(DRAFT, passage, '', 'why');
      } catch (error) {
        return error instanceof ApiError ? error.field : 'thrown';
      }
      return null;
    };
    expect(refusal('the Danube')).toBe('passage');
    expect(refusal('The')).toBe('passage');
    expect(refusal('The rest')).toBeNull();
  });

  it('an edit without a reason is refused naming the reason', () => {
    expect(() => editOfPassage(DRAFT, 'The rest stands.', '', '  ')).toThrow(/reason/);
  });

  it('two edits of the same words overlap; edits of different sentences do not', () => {
    const first = editOfPassage(DRAFT, 'The French may', '', 'a');
    expect(overlapsAny(editOfPassage(DRAFT, 'French', 'British', 'b'), [first])).toBe(true);
    expect(overlapsAny(editOfPassage(DRAFT, 'The rest stands.', '', 'c'), [first])).toBe(false);
  });

  it('the preview shows the struck words as deleted and the new ones as inserted', () => {
    const changes = previewOf(DRAFT, [editOfPassage(DRAFT, 'agree to', 'accept', 'Firmer.')]);
    expect(changes.filter((c) => c.change !== 'kept').map((c) => [c.change, c.text.trim()])).toEqual([
      ['deleted', 'agree to'],
      ['inserted', 'accept'],
    ]);
    expect(
      changes
        .filter((c) => c.change !== 'deleted')
        .map((c) => c.text)
        .join(''),
    ).toBe(DRAFT.replace('agree to', 'accept'));
  });
});
