import type { ScenarioCable } from '../scenario.js';
import { EVERYONE, MINISTERS, note } from './record-note.js';

/**
 * The record of the London sittings (issue 13) as the delegation kept it:
 * Pavlov's notes of the sittings the facts date, the American memorandum of
 * the exchange over Japanese gold beside our own note of it, and no verbatim
 * record of any sitting (L-32: the delegation had none, and the one ordered
 * afterwards never reached the registry). Texts are our own wording of the
 * facts in shared/scenario/london-1945.md.
 */
export const cablesLondonRecord: readonly ScenarioCable[] = [
  note(
    'R-0911',
    '1945-09-11T22:00:00Z',
    'Record of the opening sitting, 11 September',
    "Pavlov's note of the first sitting of the Council.",
    {
      session: 's-1945-09-11',
      source: 'our-note',
      party: 'ussr',
      participants: MINISTERS,
      agenda: ['procedure-france-china'],
      entries: [
        {
          kind: 'proposal',
          party: 'us',
          speaker: 'Byrnes',
          issue: 'procedure-france-china',
          at: '16:10',
          position: 'all-five-discuss',
          text: 'Moves that the French and Chinese ministers take part in discussing every peace treaty, without a vote where they did not sign the armistice.',
        },
        {
          kind: 'statement',
          party: 'uk',
          speaker: 'Bevin',
          issue: 'procedure-france-china',
          at: '16:20',
          position: 'all-five-discuss',
          text: 'Supports the American motion.',
        },
        {
          kind: 'statement',
          party: 'ussr',
          speaker: 'Molotov',
          issue: 'procedure-france-china',
          at: '16:35',
          position: 'all-five-discuss',
          text: 'Agrees, on the understanding that decisions stay with the states that signed each armistice.',
        },
        {
          kind: 'decision',
          party: 'ussr',
          speaker: 'the chair',
          issue: 'procedure-france-china',
          at: '16:45',
          text: 'All five ministers take part in discussing every treaty; only the signatories of an armistice decide its treaty.',
          decision: { procedure: 'consensus of the five ministers', vote: EVERYONE, outcome: 'adopted' },
        },
      ],
    },
  ),
  note(
    'R-0920',
    '1945-09-20T22:30:00Z',
    'Record of the sitting of 20 September: the American pact on Germany',
    "Pavlov's note of Byrnes's proposal of a treaty on Germany's demilitarisation.",
    {
      session: 's-1945-09-20',
      source: 'our-note',
      party: 'ussr',
      participants: MINISTERS,
      entries: [
        {
          kind: 'proposal',
          party: 'us',
          speaker: 'Byrnes',
          issue: 'germany-demilitarization',
          at: '15:30',
          value: 25,
          unit: 'years',
          text: 'Proposes a treaty of the four powers keeping Germany disarmed for twenty to twenty-five years.',
        },
        {
          kind: 'statement',
          party: 'ussr',
          speaker: 'Molotov',
          issue: 'germany-demilitarization',
          at: '15:50',
          position: 'continue-talks',
          text: 'Will study the proposal and hear Moscow before answering.',
        },
      ],
    },
  ),
  note(
    'R-0922',
    '1945-09-22T21:00:00Z',
    'Record of the sitting of 22 September: the decision of 11 September withdrawn',
    "Pavlov's note of the sitting at which Molotov withdrew the consent of 11 September.",
    {
      session: 's-1945-09-22',
      source: 'our-note',
      party: 'ussr',
      participants: MINISTERS,
      agenda: ['procedure-france-china'],
      entries: [
        {
          kind: 'statement',
          party: 'ussr',
          speaker: 'Molotov',
          issue: 'procedure-france-china',
          at: '15:05',
          position: 'potsdam-formula',
          status: 'deadlocked',
          text: 'The decision of 11 September departed from the Potsdam decisions and must be corrected; until it is, the Soviet delegation cannot take part in discussing the treaties.',
        },
        {
          kind: 'statement',
          party: 'us',
          speaker: 'Byrnes',
          issue: 'procedure-france-china',
          at: '15:30',
          position: 'all-five-discuss',
          text: 'The Council decided the matter unanimously on the first day and should not go back on it.',
        },
        {
          kind: 'statement',
          party: 'uk',
          speaker: 'Bevin',
          issue: 'procedure-france-china',
          at: '15:40',
          position: 'all-five-discuss',
          text: 'Will not agree to shut France and China out of the discussion.',
        },
        {
          kind: 'statement',
          party: 'france',
          speaker: 'Bidault',
          issue: 'procedure-france-china',
          at: '15:50',
          position: 'all-five-discuss',
          text: 'France expects to keep the place in the discussion the Council gave it.',
        },
      ],
    },
  ),
];
