import type { CablePayload, RecordPayload } from '../../src/core/index.js';
import type { ScenarioCable } from '../scenario.js';

const FIVE = ['ussr', 'us', 'uk', 'france', 'china'];
const EVERYONE = { for: FIVE, against: [], abstaining: [] };

type Account = Omit<RecordPayload, 'type' | 'conference' | 'participants' | 'agenda' | 'promised'> &
  Partial<Pick<RecordPayload, 'participants' | 'agenda' | 'promised'>>;

function account(payload: Account): CablePayload {
  return { type: 'record', conference: 'london-1945', ...payload } as CablePayload;
}

/** The delegation's note of a sitting, kept by Pavlov and sent to Molotov with a copy to Stalin. */
function note(key: string, at: string, subject: string, body: string, payload: Account): ScenarioCable {
  return {
    key,
    at,
    author: 'pavlov',
    to: ['molotov'],
    info: ['stalin'],
    precedence: 'ROUTINE',
    classification: 'TOP SECRET',
    kind: 'record',
    subject,
    issues: [...new Set(payload.entries.flatMap((entry) => (entry.issue ? [entry.issue] : [])))],
    conference: 'london-1945',
    body,
    payload: account(payload),
  };
}

const MINISTERS = [
  { party: 'ussr', people: ['Molotov', 'Vyshinsky'] },
  { party: 'us', people: ['Byrnes', 'Dulles'] },
  { party: 'uk', people: ['Bevin'] },
  { party: 'france', people: ['Bidault'] },
  { party: 'china', people: ['the Chinese foreign minister'] },
];

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
  note(
    'R-0926',
    '1945-09-26T21:45:00Z',
    'Record of the sitting of 26 September: procedure for a peace conference',
    "Pavlov's note of Byrnes's offer to trade the procedure for a peace conference.",
    {
      session: 's-1945-09-26',
      source: 'our-note',
      party: 'ussr',
      participants: MINISTERS,
      entries: [
        {
          kind: 'proposal',
          party: 'us',
          speaker: 'Byrnes',
          issue: 'procedure-france-china',
          at: '16:00',
          position: 'potsdam-formula',
          text: 'Would accept the Soviet procedure if the Soviet side agrees to convene a peace conference.',
        },
        {
          kind: 'statement',
          party: 'ussr',
          speaker: 'Molotov',
          issue: 'peace-conference',
          at: '16:25',
          position: 'no-conference-yet',
          text: 'A peace conference cannot be promised before the treaties are prepared.',
        },
      ],
    },
  ),
  note(
    'R-0927a',
    '1945-09-27T18:00:00Z',
    'Our record of the exchange on Japan, 27 September',
    "Pavlov's note of the exchange over the control council for Japan and the Japanese gold.",
    {
      session: 's-1945-09-27',
      source: 'our-note',
      party: 'ussr',
      title: 'Soviet record',
      participants: MINISTERS,
      entries: [
        {
          key: 'gold-question',
          kind: 'statement',
          party: 'ussr',
          speaker: 'Molotov',
          issue: 'japan-control-council',
          at: '17:10',
          position: 'real-control-council',
          text: 'The Soviet government is surprised that its allies will not hear it on Japan. There are reports that one to two billion dollars of Japanese gold have been taken by the Americans.',
        },
        {
          key: 'gold-bevin',
          kind: 'statement',
          party: 'uk',
          speaker: 'Bevin',
          issue: 'japan-control-council',
          at: '17:15',
          text: 'The gold is of no interest to the British government.',
        },
        {
          key: 'gold-byrnes',
          kind: 'statement',
          party: 'us',
          speaker: 'Byrnes',
          issue: 'japan-control-council',
          at: '17:18',
          text: 'He has heard nothing of any gold; if there were that much, one would need a sack to carry it.',
        },
      ],
    },
  ),
  {
    ...note(
      'R-0927b',
      '1945-09-28T09:00:00Z',
      'The American memorandum of the exchange on Japan, 27 September',
      'The memorandum of the American delegation on the same exchange, as it reached us.',
      {
        session: 's-1945-09-27',
        source: 'their-memo',
        party: 'us',
        title: 'American memorandum',
        entries: [
          {
            key: 'gold-question',
            kind: 'statement',
            party: 'ussr',
            speaker: 'Molotov',
            issue: 'japan-control-council',
            text: 'Mr Molotov asked about reports that Japanese gold had been removed by American forces.',
          },
          {
            key: 'gold-byrnes',
            kind: 'statement',
            party: 'us',
            speaker: 'Byrnes',
            issue: 'japan-control-council',
            text: 'The Secretary said he had no knowledge of any gold.',
          },
        ],
      },
    ),
  },
  note(
    'R-1002',
    '1945-10-02T23:30:00Z',
    'Record of the last sitting, 2 October: no communiqué',
    "Pavlov's note of the closing sitting. The delegation kept no stenographic record; one is to be compiled for the Four.",
    {
      session: 's-1945-10-02',
      source: 'our-note',
      party: 'ussr',
      participants: MINISTERS,
      agenda: ['procedure-france-china', 'general'],
      promised: [{ source: 'verbatim', party: 'ussr', by: '1945-10-10' }],
      entries: [
        {
          kind: 'statement',
          party: 'us',
          speaker: 'Byrnes',
          issue: 'procedure-france-china',
          at: '15:00',
          position: 'all-five-discuss',
          text: 'Again declines to revise the decision of 11 September.',
        },
        {
          kind: 'statement',
          party: 'uk',
          speaker: 'Bevin',
          issue: 'procedure-france-china',
          at: '15:10',
          position: 'all-five-discuss',
          text: 'Joins Byrnes in declining.',
        },
        {
          kind: 'statement',
          party: 'ussr',
          speaker: 'Molotov',
          issue: 'procedure-france-china',
          at: '15:20',
          position: 'potsdam-formula',
          status: 'deadlocked',
          text: 'Holds to the Potsdam decisions.',
        },
        {
          kind: 'decision',
          party: 'ussr',
          speaker: 'the chair',
          issue: 'general',
          at: '16:00',
          text: 'The session closes without a protocol or a communiqué.',
          decision: { procedure: 'no agreement on a protocol', outcome: 'deferred' },
        },
      ],
    },
  ),
];
