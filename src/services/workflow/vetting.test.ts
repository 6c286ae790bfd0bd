import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { jointText, type VettedPayload } from '../../core/index.js';
import type { Services } from '../services.js';
import { acknowledgeCable } from './acknowledge-cable.js';
import { answerEdits } from './answer-edits.js';
import { fireEscalations } from './fire-escalations.js';
import { registerFinalText } from './register-final-text.js';
import { reviewDraft } from './review-draft.js';
import { vetDraft } from './vet-draft.js';
import { viewAcknowledgements } from './view-acknowledgements.js';

const TEXT =
  'The Soviet delegation accepts the procedure. France may take part in every discussion. China may not.';
const SENTENCE = ' France may take part in every discussion.';
const at = TEXT.indexOf(SENTENCE);
const strike = {
  from: at,
  to: at + SENTENCE.length,
  original: SENTENCE,
  text: '',
  reason: 'We never agreed to it.',
};

let registry: TestServices;
let services: Services;
let now = '2027-09-20T09:00:00.000Z';

beforeAll(async () => {
  registry = await openTestServices('london-organisation');
  services = { ...registry.services, now: () => now };
});
afterAll(() => registry?.cleanup());

const aDraft = (fields: object = {}) => ({
  reviewers: ['stalin', 'beria'],
  info: ['vyshinsky'],
  classification: 'SECRET',
  subject: 'Draft statement on procedure',
  body: TEXT,
  ...fields,
});

async function refusal(promise: Promise<unknown>) {
  const count = await services.store.registry.count();
  const error = await promise.then(
    () => null,
    (e: { code: string; field?: string }) => e,
  );
  expect(await services.store.registry.count()).toBe(count);
  return error && { code: error.code, field: error.field };
}

describe('a draft vetted by two reviewers', () => {
  it('registers its final text only once one has struck a sentence, the other has no objections, and the author accepts', async () => {
    const draft = await vetDraft(services, 'molotov', aDraft());
    const struck = await reviewDraft(services, 'stalin', draft.number, { verdict: 'edits', edits: [strike] });
    await reviewDraft(services, 'beria', draft.number, { verdict: 'no-objections' });
    const early = registerFinalText(services, 'molotov', draft.number, { to: ['four'] });
    expect(await refusal(early)).toEqual({ code: 'invalid-input', field: 'payload.draft' });

    await answerEdits(services, 'molotov', draft.number, {
      answers: [{ review: struck.number, edit: 0, decision: 'accepted' }],
    });
    const final = await registerFinalText(services, 'molotov', draft.number, { to: ['four'] });
    expect(final.body).toBe('The Soviet delegation accepts the procedure. China may not.');
    expect(final.refs).toEqual([draft.id]);
    const payload = final.payload as unknown as VettedPayload;
    expect(payload).toMatchObject({ type: 'vetted', draft: draft.id });
    expect(payload.trail).toHaveLength(3);
  });

  it('refuses an edit whose range does not match the text, naming the edit, and registers nothing', async () => {
    const draft = await vetDraft(services, 'molotov', aDraft());
    const wrong = reviewDraft(services, 'stalin', draft.number, {
      verdict: 'edits',
      edits: [{ ...strike, from: strike.from + 1 }],
    });
    expect(await refusal(wrong)).toEqual({ code: 'invalid-input', field: 'payload.edits[0].original' });
  });

  it('refuses a sign-off by a reader who is not a reviewer, and treats one who may not read the draft as if it were missing', async () => {
    const draft = await vetDraft(services, 'molotov', aDraft());
    const byReader = reviewDraft(services, 'vyshinsky', draft.id, { verdict: 'no-objections' });
    expect(await refusal(byReader)).toEqual({ code: 'invalid-input', field: 'payload.draft' });
    expect(await refusal(reviewDraft(services, 'gromyko', draft.id, { verdict: 'no-objections' }))).toEqual({
      code: 'not-found',
      field: undefined,
    });
  });

  it("a joint cable carries every signatory's signature of its text, each verifying under their key", async () => {
    const draft = await vetDraft(
      services,
      'molotov',
      aDraft({ joint: true, subject: 'Joint reply to the Four' }),
    );
    await reviewDraft(services, 'stalin', draft.number, { verdict: 'no-objections' });
    await reviewDraft(services, 'beria', draft.number, { verdict: 'no-objections' });
    const final = await registerFinalText(services, 'molotov', draft.number, { to: ['four'], kind: 'reply' });
    const { signatures } = final.payload as unknown as VettedPayload;
    expect(signatures?.map((s) => s.signatory)).toEqual(['stalin', 'beria']);
    for (const { signatory, signature } of signatures ?? []) {
      const keys = await services.store.directory.keysOf(signatory);
      const message = jointText(final.subject, final.body);
      expect(services.keyring.verify(keys!.publicKey, message, signature)).toBe(true);
      expect(services.keyring.verify(keys!.publicKey, `${message} `, signature)).toBe(false);
    }
  });
});

describe('acknowledgements and escalation', () => {
  it('an action addressee acknowledges; the author sees it; a FLASH left unacknowledged escalates once', async () => {
    now = '2027-09-21T09:00:00.000Z';
    const { registerCable } = await import('../cables/register-cable.js');
    const flash = await registerCable(services, 'molotov', {
      to: ['stalin', 'beria'],
      info: ['vyshinsky'],
      precedence: 'FLASH',
      classification: 'SECRET',
      kind: 'query',
      subject: 'The French question: your instructions at once',
      body: 'Bevin insists on France. Instruct.',
    });
    now = '2027-09-21T09:05:00.000Z';
    await acknowledgeCable(services, 'stalin', flash.number);
    expect(await refusal(acknowledgeCable(services, 'gromyko', flash.number))).toEqual({
      code: 'not-found',
      field: undefined,
    });
    expect(await refusal(acknowledgeCable(services, 'vyshinsky', flash.number))).toEqual({
      code: 'invalid-input',
      field: 'cable',
    });
    expect(await fireEscalations(services)).toBe(0);
    now = '2027-09-21T09:10:00.000Z';
    expect(await fireEscalations(services)).toBe(1);
    expect(await fireEscalations(services)).toBe(0);
    const table = await viewAcknowledgements(services, 'molotov', flash.number);
    expect(table.addressees).toEqual([
      expect.objectContaining({
        person: 'beria',
        acknowledgedAt: null,
        escalatedAt: '2027-09-21T09:10:00.000Z',
      }),
      expect.objectContaining({
        person: 'stalin',
        acknowledgedAt: '2027-09-21T09:05:00.000Z',
        escalatedAt: null,
      }),
    ]);
    expect(await services.store.workflow.escalationsOf('molotov', 10)).toEqual([
      expect.objectContaining({
        addressee: 'beria',
        recipient: 'molotov',
        dueAt: '2027-09-21T09:10:00.000Z',
      }),
    ]);
  });
});
