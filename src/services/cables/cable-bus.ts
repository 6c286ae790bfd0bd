import type { Cable, Deadline } from '../../core/index.js';
import type { DeadlineAlert } from '../../store/deadline-store.js';
import type { Alert } from '../../store/store.js';

export type CableListener = (cable: Cable) => void;
/** An alert as pushed: the alert and the report it is about (which its recipient may read). */
export type AlertListener = (alert: Omit<Alert, 'id' | 'seenAt'> & { cable: Cable }) => void;
/** A deadline's alert as pushed: the alert, the deadline, and the cable that set it (which its recipient may read). */
export type DeadlineAlertListener = (alert: DeadlineAlert & { deadline: Deadline; cable: Cable }) => void;

/**
 * Live push of newly registered cables and of alerts. Listeners subscribe as
 * a person and are called only for cables whose readers include that person,
 * and only for alerts addressed to them, so the push path applies the same
 * access rule as every other path.
 */
export class CableBus {
  readonly #listeners = new Map<string, Set<CableListener>>();
  readonly #alertListeners = new Map<string, Set<AlertListener>>();
  readonly #deadlineListeners = new Map<string, Set<DeadlineAlertListener>>();
  readonly #registeredHere = new Set<CableListener>();

  subscribe(person: string, listener: CableListener): () => void {
    return addTo(this.#listeners, person, listener);
  }

  subscribeAlerts(person: string, listener: AlertListener): () => void {
    return addTo(this.#alertListeners, person, listener);
  }

  subscribeDeadlineAlerts(person: string, listener: DeadlineAlertListener): () => void {
    return addTo(this.#deadlineListeners, person, listener);
  }

  publishDeadlineAlert(person: string, alert: Parameters<DeadlineAlertListener>[0]): void {
    if (!alert.cable.readers.includes(person)) return;
    for (const listener of this.#deadlineListeners.get(person) ?? []) listener(alert);
  }

  publish(cable: Cable): void {
    this.pushToReaders(cable);
    this.hearRegisteredHere(cable);
  }

  protected hearRegisteredHere(cable: Cable): void {
    for (const listener of this.#registeredHere) listener(cable);
  }

  /**
   * Hears every cable registered in this process, once, and never one another
   * process announced: for work done once per cable, such as e-mail (issue 14).
   */
  subscribeRegisteredHere(listener: CableListener): () => void {
    this.#registeredHere.add(listener);
    return () => this.#registeredHere.delete(listener);
  }

  /** Pushes to this process's readers only: a cable another process registered and announced. */
  publishHere(cable: Cable): void {
    this.pushToReaders(cable);
  }

  protected pushToReaders(cable: Cable): void {
    for (const reader of cable.readers) {
      for (const listener of this.#listeners.get(reader) ?? []) listener(cable);
    }
  }

  publishAlert(person: string, alert: Parameters<AlertListener>[0]): void {
    if (!alert.cable.readers.includes(person)) return;
    for (const listener of this.#alertListeners.get(person) ?? []) listener(alert);
  }

  get connectedPeople(): number {
    return this.#listeners.size;
  }
}

function addTo<L>(map: Map<string, Set<L>>, person: string, listener: L): () => void {
  let listeners = map.get(person);
  if (!listeners) {
    listeners = new Set();
    map.set(person, listeners);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) map.delete(person);
  };
}
