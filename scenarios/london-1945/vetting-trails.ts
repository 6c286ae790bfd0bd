import type { Services } from '../../src/services/services.js';
import { answerEdits } from '../../src/services/workflow/answer-edits.js';
import { registerFinalText } from '../../src/services/workflow/register-final-text.js';
import { reviewDraft } from '../../src/services/workflow/review-draft.js';
import { vetDraft } from '../../src/services/workflow/vet-draft.js';

/**
 * The London example's vetting (issue 14), replayed through the workflow
 * services at its historical times after the example's cables: Stalin strikes
 * one sentence from Molotov's draft statement on procedure, with his reason;
 * the Four have no objections to Stalin's draft answer on Japan; and the
 * Three's reply on it goes out as one joint cable under their signatures.
 * The cable texts are written for plenipo; the facts follow the example.
 */

const STATEMENT =
  'The Soviet delegation holds to the Berlin decisions on the Council. ' +
  'Treaties are drawn up by the states that signed the armistice with the enemy state concerned. ' +
  'The Soviet delegation will not object if France and China go on attending every discussion as before. ' +
  'We ask the Council to return to the Berlin procedure from the next sitting.';
const STRUCK =
  ' The Soviet delegation will not object if France and China go on attending every discussion as before.';

const JAPAN_ANSWER =
  'The Soviet Government has studied the American note on the control machinery for Japan. ' +
  'It cannot accept a council whose decisions are taken by a majority in which one power always prevails. ' +
  'Decisions of the Allied Council must be unanimous on questions of principle, and the Soviet representative ' +
  'must have the right to suspend an order of the Supreme Commander until the governments agree.';

/** Registers the three vetting trails; returns the final cables' ids. */
export async function replayVettingTrails(
  services: Services,
): Promise<{ statement: string; japan: string; joint: string }> {
  const on = (instant: string): Services => ({ ...services, now: () => instant });

  // September: Molotov's draft statement goes to Stalin, who alone must sign it off.
  const draft = await vetDraft(on('1945-09-21T19:00:00.000Z'), 'molotov', {
    reviewers: ['stalin'],
    rule: { type: 'named', reviewer: 'stalin' },
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    subject: 'Draft statement to the Council on procedure',
    body: STATEMENT,
    conference: 'london-1945',
    issues: ['procedure-france-china'],
  });
  const from = STATEMENT.indexOf(STRUCK);
  const strike = await reviewDraft(on('1945-09-22T01:00:00.000Z'), 'stalin', draft.id, {
    verdict: 'edits',
    edits: [
      {
        from,
        to: from + STRUCK.length,
        original: STRUCK,
        reason:
          'Strike it: it gives back with one hand what the statement takes with the other. The Berlin formula, nothing more.',
      },
    ],
  });
  await answerEdits(on('1945-09-22T06:00:00.000Z'), 'molotov', draft.id, {
    answers: [{ review: strike.id, edit: 0, decision: 'accepted', note: 'Struck.' }],
  });
  const statement = await registerFinalText(on('1945-09-22T07:00:00.000Z'), 'molotov', draft.id, {
    to: ['stalin'],
    info: ['vyshinsky'],
  });

  // November: Stalin's own draft answer on Japan goes to the Four, each of whom must have no objections.
  const japanDraft = await vetDraft(on('1945-11-04T21:00:00.000Z'), 'stalin', {
    reviewers: ['molotov', 'beria', 'malenkov', 'mikoyan'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    subject: 'Draft answer to the American note on Japan',
    body: JAPAN_ANSWER,
    issues: ['japan-control-council'],
  });
  for (const [i, member] of ['molotov', 'beria', 'malenkov', 'mikoyan'].entries())
    await reviewDraft(on(`1945-11-05T0${i + 6}:00:00.000Z`), member, japanDraft.id, {
      verdict: 'no-objections',
    });
  const japan = await registerFinalText(on('1945-11-05T12:00:00.000Z'), 'stalin', japanDraft.id, {
    to: ['molotov'],
    kind: 'directive',
  });

  // The Three's collective reply, one cable under each signature.
  const jointDraft = await vetDraft(on('1945-11-05T13:00:00.000Z'), 'molotov', {
    reviewers: ['beria', 'malenkov', 'mikoyan'],
    joint: true,
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    subject: 'The Four on your draft answer on Japan',
    body: 'We have read your draft answer to the Americans on Japan. We have no objections. It goes to Harriman today.',
    issues: ['japan-control-council'],
  });
  for (const [i, member] of ['beria', 'malenkov', 'mikoyan'].entries())
    await reviewDraft(on(`1945-11-05T1${i + 4}:00:00.000Z`), member, jointDraft.id, {
      verdict: 'no-objections',
    });
  const joint = await registerFinalText(on('1945-11-05T18:00:00.000Z'), 'molotov', jointDraft.id, {
    to: ['stalin'],
    kind: 'reply',
  });
  return { statement: statement.id, japan: japan.id, joint: joint.id };
}
