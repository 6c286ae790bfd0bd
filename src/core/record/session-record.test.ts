import { describe, expect, it } from 'vitest';
import type { ConferencePlan } from '../conference/conference.js';
import { alignAccounts, differsInWording } from './align-accounts.js';
import { judgeDecision } from './judge-decision.js';
import { parseAccount } from './parse-account.js';
import type { RecordPayload } from './record-payload.js';
import { composeSessionRecord, type RecordAccount } from './session-record.js';

const plan: ConferencePlan = {
  ourParty: 'ussr',
  principals: ['stalin'],
  delegation: ['molotov', 'pavlov'],
  parties: ['ussr', 'us', 'uk', 'france', 'china'].map((id) => ({ id, name: id })),
  issues: [
    { id: 'procedure', title: 'Procedure', decision: 'unanimity' },
    { id: 'italy', title: 'Italy', participants: ['ussr', 'us', 'uk', 'france'], decision: 'two-thirds' },
    { id: 'rumania', title: 'Rumania', participants: ['ussr', 'us', 'uk'], decision: 'majority' },
  ],
  sessions: [
    {
      id: 's1',
      date: '1945-09-11',
      place: 'London',
      participants: ['ussr', 'us', 'uk', 'france', 'china'],
      agenda: ['procedure'],
    },
  ],
};

function anAccount(payload: Partial<RecordPayload>, author = 'pavlov', cable = 'c1'): RecordAccount {
  return {
    cable,
    author,
    registeredAt: '1945-09-11T22:00:00.000Z',
    payload: {
      type: 'record',
      conference: 'london',
      session: 's1',
      source: 'our-note',
      party: 'ussr',
      participants: [],
      agenda: [],
      entries: [],
      promised: [],
      ...payload,
    },
  };
}

describe('a decision judged under the conference rule', () => {
  const vote = (forParties: string[], against: string[] = []) => ({
    procedure: 'vote',
    outcome: 'adopted' as const,
    vote: { for: forParties, against, abstaining: [] },
  });

  it('holds under unanimity only when every participant votes for', () => {
    expect(judgeDecision(plan, 'procedure', vote(['ussr', 'us', 'uk', 'france', 'china'])).valid).toBe(true);
    expect(judgeDecision(plan, 'procedure', vote(['us', 'uk', 'france', 'china'], ['ussr'])).valid).toBe(
      false,
    );
  });

  it('holds under two-thirds with three of the four parties to the Italian treaty', () => {
    expect(judgeDecision(plan, 'italy', vote(['us', 'uk', 'france'], ['ussr']))).toEqual({
      rule: 'two-thirds',
      valid: true,
      reason: '3 of 4 for; two-thirds needs 3',
    });
  });

  it('is spoilt by the vote of a party that does not take part in the issue', () => {
    const judged = judgeDecision(plan, 'rumania', vote(['us', 'uk', 'france']));
    expect(judged.valid).toBe(false);
    expect(judged.reason).toContain('france voted but does not take part');
  });

  it('cannot be told without a vote', () => {
    expect(judgeDecision(plan, 'procedure', { procedure: 'consensus', outcome: 'adopted' }).valid).toBeNull();
  });
});

describe('the record of a session', () => {
  it('flags a session that has begun with no verbatim record, a promise not kept and no report of ours', () => {
    const theirs = anAccount(
      {
        source: 'their-memo',
        party: 'us',
        promised: [{ source: 'verbatim', party: 'uk', by: '1945-09-15' }],
      },
      'gusev',
    );
    const record = composeSessionRecord(plan, plan.sessions[0]!, [theirs], [], '1945-10-01T00:00:00Z');
    expect(record.flags.map((f) => f.flag)).toEqual([
      'no-verbatim-record',
      'promised-record-missing',
      'no-report-from-us',
    ]);
  });

  it('flags nothing before the session has begun, and no missing report once our delegation reports a move', () => {
    expect(composeSessionRecord(plan, plan.sessions[0]!, [], [], '1945-09-01T00:00:00Z').flags).toEqual([]);
    const move = {
      cable: 'r1',
      idx: 0,
      author: 'molotov',
      registeredAt: '1945-09-11T20:00:00Z',
      move: {
        issue: 'procedure',
        side: 'ours' as const,
        type: 'acceptance' as const,
        session: 's1',
        summary: 'agreed',
      },
    };
    const record = composeSessionRecord(plan, plan.sessions[0]!, [], [move], '1945-09-12T00:00:00Z');
    expect(record.flags.map((f) => f.flag)).toEqual(['no-verbatim-record']);
    expect(record.entries[0]).toMatchObject({ party: 'ussr', source: 'report', cable: 'r1' });
  });

  it('marks an entry by a party outside an issue, and attendance the procedural rules do not allow', () => {
    const account = anAccount({
      participants: [{ party: 'china', people: ['the Chinese minister'], issues: ['italy'] }],
      entries: [
        { kind: 'statement', party: 'china', issue: 'italy', text: 'China speaks on Italy.', at: '10:00' },
      ],
    });
    const record = composeSessionRecord(plan, plan.sessions[0]!, [account], [], '1945-09-12T00:00:00Z');
    expect(record.entries[0]!.outOfRule).toBe('china does not take part in italy');
    expect(record.entries[0]!.at).toBe('1945-09-11T10:00:00.000Z');
    expect(record.participants.find((p) => p.party === 'china')!.problems).toEqual([
      'china does not take part in italy',
    ]);
  });
});

describe('accounts of one meeting side by side', () => {
  it('pairs entries by key, leaves an omission empty, and shows the words one account has and the other lacks', () => {
    const ours = anAccount({
      entries: [
        {
          key: 'gold',
          kind: 'statement',
          party: 'ussr',
          text: 'There are reports of two billion in Japanese gold.',
        },
        { key: 'bevin', kind: 'statement', party: 'uk', text: 'The gold is of no interest.' },
      ],
    });
    const theirs = anAccount(
      {
        source: 'their-memo',
        party: 'us',
        entries: [
          { key: 'gold', kind: 'statement', party: 'ussr', text: 'There are reports of Japanese gold.' },
        ],
      },
      'pavlov',
      'c2',
    );
    const { rows } = alignAccounts([ours, theirs]);
    expect(rows.map((row) => row.key)).toEqual(['gold', 'bevin']);
    expect(rows[1]!.cells[1]).toBeNull();
    const wording = rows[0]!.cells[1]!.wording!;
    expect(differsInWording(wording)).toBe(true);
    expect(wording.filter((part) => part.in === 'first').map((part) => part.text.trim())).toContain(
      'two billion in',
    );
  });
});

describe('an account read from text', () => {
  it('reads speakers, parties, issues and times from Markdown', () => {
    const entries = parseAccount(
      '## japan\n\n- **09:40 Bevin (uk):** The gold is of no interest.\n- us: Nothing to add.',
      'markdown',
    );
    expect(entries).toEqual([
      {
        kind: 'statement',
        party: 'uk',
        speaker: 'Bevin',
        issue: 'japan',
        at: '09:40',
        text: 'The gold is of no interest.',
      },
      { kind: 'statement', party: 'us', issue: 'japan', text: 'Nothing to add.' },
    ]);
  });

  it('refuses a line it cannot read, naming it', () => {
    expect(() => parseAccount('Bevin (uk): fine\n\nno colon here', 'text')).toThrow(/line 3/);
    expect(() => parseAccount('{"kind":"statement","party":"uk"}', 'jsonl')).toThrow(/line 1\.text/);
  });
});
