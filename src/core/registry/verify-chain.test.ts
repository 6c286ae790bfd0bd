import { createHash, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Cable } from '../cable/cable.js';
import { canonicalSignedEnvelope } from '../cable/canonical-envelope.js';
import { aChain, aSealedCable, rehashed } from '../testing/factories.js';
import { EMPTY_REGISTRY, GENESIS_HASH } from './chain.js';
import { type CableFault, ChainVerifier } from './verify-chain.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** An Ed25519 key pair per person, made on first use: the registry's keys, or a forger's. */
function aKeyring() {
  const keys = new Map<string, { publicKey: KeyObject; privateKey: KeyObject }>();
  const keysOf = (person: string) => {
    if (!keys.has(person)) keys.set(person, generateKeyPairSync('ed25519'));
    return keys.get(person)!;
  };
  return {
    sign: (author: string, message: string) =>
      sign(null, Buffer.from(message, 'utf8'), keysOf(author).privateKey).toString('base64'),
    verify: (author: string, message: string, signature: string) =>
      verify(null, Buffer.from(message, 'utf8'), keysOf(author).publicKey, Buffer.from(signature, 'base64')),
  };
}

const registry = aKeyring();
const forger = aKeyring();
const sealing = { sha256, sign: registry.sign };
const chain = aChain(8, sealing);
const third = chain[2]!;

/** Every fault the verifier reports, walking `cables` in the order given. */
function faultsOf(
  cables: readonly Cable[],
  indexedReaders: (cable: Cable) => string[] | undefined = () => undefined,
) {
  const verifier = new ChainVerifier(sha256, registry.verify);
  return cables.map((cable) => verifier.check(cable, indexedReaders(cable))).filter((f) => f !== null);
}

/** The fault's kind and the cable it names, without the message. */
const named = ({ seq, number, fault }: CableFault) => ({ seq, number, fault });

/** The chain with the cable at `index` replaced by `cable`. */
const withCable = (index: number, cable: Cable) => chain.map((c, i) => (i === index ? cable : c));

/** The chain from `index` on relinked and rehashed, as a forger who can hash but not sign would. */
function relinkedFrom(cables: readonly Cable[], index: number): Cable[] {
  const relinked = cables.slice(0, index);
  for (const cable of cables.slice(index)) {
    relinked.push(rehashed({ ...cable, prevHash: relinked.at(-1)?.hash ?? GENESIS_HASH }, sha256));
  }
  return relinked;
}

describe('ChainVerifier on an untouched registry', () => {
  it('finds nothing wrong with a valid chain of eight cables', () => {
    expect(faultsOf(chain)).toEqual([]);
  });

  it('ends at the last cable as the head', () => {
    const verifier = new ChainVerifier(sha256, registry.verify);
    for (const cable of chain) verifier.check(cable, cable.readers);
    expect(verifier.head).toEqual({ seq: 8, hash: chain[7]!.hash });
  });

  it('starts from the empty registry, whose head is the genesis hash', () => {
    expect(new ChainVerifier(sha256, registry.verify).head).toEqual(EMPTY_REGISTRY);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
  });

  it('accepts a readers index that lists the same readers in another order', () => {
    expect(faultsOf(chain, (cable) => [...cable.readers].reverse())).toEqual([]);
  });
});

describe('ChainVerifier names the cable that was tampered with', () => {
  it('names a cable whose body was altered in the store', () => {
    const faults = faultsOf(withCable(2, { ...third, body: 'Make every concession on Rumania.' }));
    expect(faults.map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'hash-mismatch' }]);
  });

  it('names a cable whose addressee was altered', () => {
    const faults = faultsOf(withCable(2, { ...third, to: ['beria'] }));
    expect(faults.map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'hash-mismatch' }]);
  });

  it('names a cable whose exclusion was dropped', () => {
    const faults = faultsOf(withCable(2, { ...third, exclude: ['gusev'] }));
    expect(faults.map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'hash-mismatch' }]);
  });

  it('names a cable whose readers were altered against its stored hash', () => {
    const faults = faultsOf(withCable(2, { ...third, readers: [...third.readers, 'gusev'].sort() }));
    expect(faults.map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'hash-mismatch' }]);
  });

  it('names a cable altered and rehashed by a forger who cannot sign, and the link it breaks', () => {
    const forged = rehashed({ ...third, body: 'Make every concession on Rumania.' }, sha256);
    expect(faultsOf(withCable(2, forged)).map(named)).toEqual([
      { seq: 3, number: 'TOLON 0002', fault: 'bad-signature' },
      { seq: 4, number: 'LONTO 0002', fault: 'broken-link' },
    ]);
  });

  it('names only the altered cable when the forger rehashes the whole chain after it', () => {
    const forged = relinkedFrom(withCable(2, { ...third, to: ['beria'] }), 2);
    expect(faultsOf(forged).map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'bad-signature' }]);
  });

  it('names a cable whose signature was replaced by a valid signature under another key', () => {
    const impostorSignature = forger.sign('stalin', canonicalSignedEnvelope(third));
    expect(forger.verify('stalin', canonicalSignedEnvelope(third), impostorSignature)).toBe(true);
    // The chain hash covers the signature, so a plain swap already breaks the hash ...
    expect(faultsOf(withCable(2, { ...third, signature: impostorSignature })).map(named)).toEqual([
      { seq: 3, number: 'TOLON 0002', fault: 'hash-mismatch' },
    ]);
    // ... and a forger who also rehashes is caught by the author's key.
    const resealed = relinkedFrom(withCable(2, { ...third, signature: impostorSignature }), 2);
    expect(faultsOf(resealed).map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'bad-signature' }]);
  });

  it('names a cable carrying a signature lifted from another cable by the same author', () => {
    const lifted = relinkedFrom(withCable(2, { ...third, signature: chain[0]!.signature }), 2);
    expect(faultsOf(lifted).map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'bad-signature' }]);
  });

  it('names the readers index that differs from the readers the cable was registered with', () => {
    const indexWithGusev = (cable: Cable) =>
      cable.seq === 5 ? [...cable.readers, 'gusev'].sort() : cable.readers;
    const indexWithoutBeria = (cable: Cable) =>
      cable.seq === 5 ? cable.readers.filter((reader) => reader !== 'beria') : cable.readers;
    for (const index of [indexWithGusev, indexWithoutBeria]) {
      expect(faultsOf(chain, index).map(named)).toEqual([
        { seq: 5, number: 'TOLON 0003', fault: 'readers-mismatch' },
      ]);
    }
  });

  it('names a readers index that repeats a reader', () => {
    const repeated = (cable: Cable) =>
      cable.seq === 2 ? [...cable.readers, cable.readers[0]!].sort() : undefined;
    expect(faultsOf(chain, repeated).map(named)).toEqual([
      { seq: 2, number: 'LONTO 0001', fault: 'readers-mismatch' },
    ]);
  });
});

describe('ChainVerifier names the cable out of its place', () => {
  it('names both cables when two are stored in swapped order', () => {
    const swapped = [...chain.slice(0, 2), chain[3]!, chain[2]!, ...chain.slice(4)];
    // The walk goes on from the stored cable, so the cable after the pair is named too; the first is what counts.
    const faults = faultsOf(swapped);
    expect(faults.map(named).slice(0, 2)).toEqual([
      { seq: 4, number: 'LONTO 0002', fault: 'out-of-order' },
      { seq: 3, number: 'TOLON 0002', fault: 'out-of-order' },
    ]);
    expect(faults[0]!.message).toBe('expected position 3, found 4');
  });

  it('names both cables when two swap their positions too', () => {
    const relabelled = [
      ...chain.slice(0, 2),
      { ...chain[3]!, seq: 3 },
      { ...third, seq: 4 },
      ...chain.slice(4),
    ];
    expect(faultsOf(relabelled).map(named).slice(0, 2)).toEqual([
      { seq: 3, number: 'LONTO 0002', fault: 'broken-link' },
      { seq: 4, number: 'TOLON 0002', fault: 'broken-link' },
    ]);
  });

  it('names the cable after one deleted from the middle', () => {
    const faults = faultsOf([...chain.slice(0, 3), ...chain.slice(4)]);
    expect(faults.map(named)).toEqual([{ seq: 5, number: 'TOLON 0003', fault: 'out-of-order' }]);
    expect(faults[0]!.message).toBe('expected position 4, found 5');
  });

  it('names the cable that moved into the gap when the ones after a deletion are renumbered', () => {
    const renumbered = [
      ...chain.slice(0, 3),
      ...chain.slice(4).map((cable) => ({ ...cable, seq: cable.seq - 1 })),
    ];
    expect(named(faultsOf(renumbered)[0]!)).toEqual({ seq: 4, number: 'TOLON 0003', fault: 'broken-link' });
  });

  it('names a cable inserted without the author’s key, and the cable it displaced', () => {
    const inserted = aSealedCable(
      { ...third, id: 'cable-forged', number: 'TOLON 0099', seq: 4, prevHash: third.hash },
      { sha256, sign: forger.sign },
    );
    const faults = faultsOf([...chain.slice(0, 3), inserted, ...chain.slice(3)]);
    expect(faults.map(named)).toEqual([
      { seq: 4, number: 'TOLON 0099', fault: 'bad-signature' },
      { seq: 4, number: 'LONTO 0002', fault: 'out-of-order' },
    ]);
  });

  it('names the displaced cable when the inserted one is signed and the rest renumbered', () => {
    const inserted = aSealedCable(
      { ...third, id: 'cable-inserted', number: 'TOLON 0099', seq: 4, prevHash: third.hash },
      sealing,
    );
    const after = chain.slice(3).map((cable) => ({ ...cable, seq: cable.seq + 1 }));
    expect(faultsOf([...chain.slice(0, 3), inserted, ...after]).map(named)[0]).toEqual({
      seq: 5,
      number: 'LONTO 0002',
      fault: 'broken-link',
    });
  });

  it('names a cable stored twice', () => {
    const faults = faultsOf([...chain.slice(0, 3), third, ...chain.slice(3)]);
    expect(faults.map(named)).toEqual([{ seq: 3, number: 'TOLON 0002', fault: 'out-of-order' }]);
  });

  it('names a first cable that does not link to the genesis hash', () => {
    const adrift = relinkedFrom(
      [rehashed({ ...chain[0]!, prevHash: 'a'.repeat(64) }, sha256), ...chain.slice(1)],
      1,
    );
    expect(faultsOf(adrift).map(named)).toEqual([{ seq: 1, number: 'TOLON 0001', fault: 'broken-link' }]);
  });

  it('names the first cable of a registry that does not start at position 1', () => {
    expect(faultsOf(chain.slice(1)).map(named)[0]).toEqual({
      seq: 2,
      number: 'LONTO 0001',
      fault: 'out-of-order',
    });
  });
});
