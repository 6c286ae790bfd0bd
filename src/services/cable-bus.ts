import type { Cable } from '../core/index.js';

export type CableListener = (cable: Cable) => void;

/**
 * Live push of newly registered cables. Listeners subscribe as a person and
 * are called only for cables whose readers include that person, so the push
 * path applies the same access rule as every other path.
 */
export class CableBus {
  readonly #listeners = new Map<string, Set<CableListener>>();

  subscribe(person: string, listener: CableListener): () => void {
    let listeners = this.#listeners.get(person);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(person, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(person);
    };
  }

  publish(cable: Cable): void {
    for (const reader of cable.readers) {
      for (const listener of this.#listeners.get(reader) ?? []) listener(cable);
    }
  }

  get connectedPeople(): number {
    return this.#listeners.size;
  }
}
