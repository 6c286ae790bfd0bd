import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../registry/chain.js';
import { aSignedEnvelope } from '../testing/factories.js';
import type { Cable, SignedEnvelope } from './cable.js';
import { canonicalChainedEnvelope, canonicalJson, canonicalSignedEnvelope } from './canonical-envelope.js';

/** The same object with its keys in the reverse order. */
function reversedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

function aChainedCable(overrides: Partial<Omit<Cable, 'hash'>> = {}): Omit<Cable, 'hash'> {
  return {
    ...aSignedEnvelope(),
    seq: 1,
    number: 'TOLON 0001',
    seriesSeq: 1,
    registeredAt: '1945-09-12T09:00:00.000Z',
    readers: ['molotov', 'stalin'],
    signature: 'c2lnbmVkIGJ5IFN0YWxpbg==',
    prevHash: GENESIS_HASH,
    ...overrides,
  };
}

describe('canonicalJson', () => {
  it('sorts keys and leaves out spaces', () => {
    expect(canonicalJson({ to: ['molotov'], body: 'Stand firm.', seq: 1 })).toBe(
      '{"body":"Stand firm.","seq":1,"to":["molotov"]}',
    );
  });

  it('keeps the order of list items, which is part of the meaning', () => {
    expect(canonicalJson(['molotov', 'beria'])).not.toBe(canonicalJson(['beria', 'molotov']));
  });

  it('refuses a value with no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('canonicalSignedEnvelope', () => {
  it('gives the same text for the same envelope built in a different key order', () => {
    const envelope = aSignedEnvelope({ to: ['three'], exclude: ['molotov'], captions: ['READ-OUT'] });
    expect(canonicalSignedEnvelope(reversedKeys(envelope))).toBe(canonicalSignedEnvelope(envelope));
  });

  it('is the canonical JSON of the envelope, and parses back to it', () => {
    const envelope = aSignedEnvelope({ body: 'Ваш ответ неудовлетворителен.\n“Quoted”' });
    const text = canonicalSignedEnvelope(envelope);
    expect(text).toBe(canonicalJson(envelope));
    expect(JSON.parse(text)).toEqual(envelope);
  });

  it('leaves out what the registry adds, so the author signs the envelope alone', () => {
    const envelope = aSignedEnvelope();
    expect(canonicalSignedEnvelope(aChainedCable(envelope))).toBe(canonicalSignedEnvelope(envelope));
  });

  const changes: [keyof SignedEnvelope, Partial<SignedEnvelope>][] = [
    ['id', { id: 'cable-0002' }],
    ['series', { series: 'CEN' }],
    ['author', { author: 'poskrebyshev' }],
    ['alias', { alias: 'Druzhkov' }],
    ['to', { to: ['molotov', 'beria'] }],
    ['info', { info: ['three'] }],
    ['exclude', { exclude: ['gusev'] }],
    ['via', { via: 'vyshinsky' }],
    ['precedence', { precedence: 'FLASH' }],
    ['classification', { classification: 'TOP SECRET' }],
    ['captions', { captions: ['EYES ONLY'] }],
    ['kind', { kind: 'reprimand' }],
    ['subject', { subject: 'Stand firm on Bulgaria' }],
    ['issues', { issues: ['bulgaria'] }],
    ['conference', { conference: null }],
    ['inReplyTo', { inReplyTo: 'cable-0000' }],
    ['refs', { refs: ['cable-0000'] }],
    ['body', { body: 'The Rumanians will hold firm. Make no concessions on Rumania!' }],
  ];

  it.each(changes)('changes when `%s` changes, so the signature covers it', (_field, change) => {
    expect(canonicalSignedEnvelope(aSignedEnvelope(change))).not.toBe(
      canonicalSignedEnvelope(aSignedEnvelope()),
    );
  });

  it('changes when an exclusion is dropped: "to the Three, not to Molotov" is not "to the Three"', () => {
    const notToMolotov = aSignedEnvelope({ to: ['three'], exclude: ['molotov'] });
    const toTheThree = aSignedEnvelope({ to: ['three'], exclude: [] });
    expect(canonicalSignedEnvelope(notToMolotov)).not.toBe(canonicalSignedEnvelope(toTheThree));
  });

  it('tells an action addressee from a copy addressee', () => {
    const actionToBeria = aSignedEnvelope({ to: ['molotov', 'beria'], info: [] });
    const copyToBeria = aSignedEnvelope({ to: ['molotov'], info: ['beria'] });
    expect(canonicalSignedEnvelope(actionToBeria)).not.toBe(canonicalSignedEnvelope(copyToBeria));
  });
});

describe('canonicalChainedEnvelope', () => {
  it('gives the same text for the same cable built in a different key order', () => {
    const cable = aChainedCable();
    expect(canonicalChainedEnvelope(reversedKeys(cable))).toBe(canonicalChainedEnvelope(cable));
  });

  it('ignores a stored hash, which it is the input of', () => {
    const cable = aChainedCable();
    expect(canonicalChainedEnvelope({ ...cable, hash: 'f'.repeat(64) } as Cable)).toBe(
      canonicalChainedEnvelope(cable),
    );
  });

  const changes: [string, Partial<Omit<Cable, 'hash'>>][] = [
    ['readers', { readers: ['molotov', 'stalin', 'vyshinsky'] }],
    ['prevHash', { prevHash: 'a'.repeat(64) }],
    ['seq', { seq: 2 }],
    ['number', { number: 'TOLON 0002' }],
    ['seriesSeq', { seriesSeq: 2 }],
    ['registeredAt', { registeredAt: '1945-09-12T09:00:01.000Z' }],
    ['signature', { signature: 'c2lnbmVkIGJ5IE1vbG90b3Y=' }],
    ['signed envelope', { exclude: ['gusev'] }],
  ];

  it.each(changes)('changes when the %s changes, so the chain hash covers it', (_what, change) => {
    expect(canonicalChainedEnvelope(aChainedCable(change))).not.toBe(
      canonicalChainedEnvelope(aChainedCable()),
    );
  });

  it('is the canonical JSON of the registered fields with the signed envelope as a value, byte for byte', () => {
    // The definition every registered hash was computed under: any text that differs breaks old registries.
    const byDefinition = (cable: Omit<Cable, 'hash'>) =>
      canonicalJson({
        seq: cable.seq,
        number: cable.number,
        seriesSeq: cable.seriesSeq,
        registeredAt: cable.registeredAt,
        readers: cable.readers,
        signed: JSON.parse(canonicalSignedEnvelope(cable)),
        signature: cable.signature,
        prevHash: cable.prevHash,
      });
    const text = fc.string({ unit: 'binary' });
    const json = fc.jsonValue();
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.nat(),
          number: text,
          seriesSeq: fc.nat(),
          registeredAt: text,
          readers: fc.array(text),
          signature: text,
          prevHash: text,
          subject: text,
          body: text,
          payload: fc.oneof(fc.constant(null), fc.dictionary(text, json)),
        }),
        (fields) => {
          const cable = aChainedCable(fields as Partial<Omit<Cable, 'hash'>>);
          expect(canonicalChainedEnvelope(cable)).toBe(byDefinition(cable));
        },
      ),
    );
  });

  it('holds the signed envelope as it is signed', () => {
    const cable = aChainedCable();
    expect(JSON.parse(canonicalChainedEnvelope(cable)).signed).toEqual(
      JSON.parse(canonicalSignedEnvelope(cable)),
    );
  });
});
