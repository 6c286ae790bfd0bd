import { describe, expect, test } from 'vitest';
import type { CableDraft } from '../api/schema.js';
import { blankChange } from '../components/directive/directive-form.js';
import { blankMove } from '../components/moves/report-form.js';
import { withPayload } from './compose-payload.js';

const draft: CableDraft = {
  to: ['molotov'],
  precedence: 'IMMEDIATE',
  classification: 'SECRET',
  kind: 'directive',
  subject: 'Tripolitania',
  body: 'Release the next step.',
  conference: 'london-1945',
};
const noPayload = { directive: { issue: '', effectiveFrom: '', changes: [] }, moves: [] };

describe('the payload a composed cable carries', () => {
  test('a directive carries its amendment and is tagged with the issue', () => {
    const forms = {
      ...noPayload,
      directive: {
        issue: 'tripolitania',
        effectiveFrom: '',
        changes: [blankChange('release-next', null, [])],
      },
    };
    const sent = withPayload({ ...draft, issues: ['italy-treaty'] }, forms);
    expect(sent.payload).toEqual({
      type: 'mandate-amendment',
      conference: 'london-1945',
      issue: 'tripolitania',
      changes: [{ op: 'release-next' }],
    });
    expect(sent.issues).toEqual(['italy-treaty', 'tripolitania']);
  });

  test('a report carries its moves; the same moves in a directive are not sent', () => {
    const forms = { ...noPayload, moves: [{ ...blankMove('tripolitania'), summary: 'Opening' }] };
    expect(withPayload({ ...draft, kind: 'report' }, forms).payload?.type).toBe('moves');
    expect(withPayload(draft, forms).payload).toBeUndefined();
  });

  test('without a conference, or with nothing composed, there is no payload', () => {
    expect(withPayload({ ...draft, conference: undefined }, noPayload)).toEqual({
      ...draft,
      conference: undefined,
    });
    expect(withPayload(draft, noPayload).payload).toBeUndefined();
  });
});
