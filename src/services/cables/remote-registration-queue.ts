import { type Cable, DomainError, ERROR_CODES, type ErrorCode } from '../../core/index.js';
import type { CableToAppend } from '../../store/store.js';
import type { CableAppender } from './registration-queue.js';

/** A signed cable a serving process hands to the writer process. */
export interface AppendRequest {
  kind: 'plenipo-append';
  id: number;
  cable: Omit<CableToAppend, 'registeredAt'>;
  signedText: string;
}

/** The writer's answer: the cable as committed, or why it was not. */
export type AppendReply =
  | { kind: 'plenipo-appended'; id: number; cable: Cable }
  | { kind: 'plenipo-refused'; id: number; code: string | null; message: string; field: string | null };

interface Pending {
  resolve: (cable: Cable) => void;
  reject: (error: unknown) => void;
}

/**
 * The registration queue of a process that serves beside others (`plenipo
 * serve --processes N`): it signs and checks cables on its own core, and hands
 * each to the one writer process, which chains and commits them in groups.
 * A registration resolves only when the writer says the commit that holds it
 * is durable; if the writer is gone, every registration still waiting fails,
 * and none is acknowledged.
 */
export class RemoteRegistrationQueue implements CableAppender {
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #gone: Error | null = null;

  constructor(private readonly send: (request: AppendRequest) => void) {}

  /** Queues with the writer; the writer stamps the time, so time never runs backwards along the chain. */
  append(cable: Omit<CableToAppend, 'registeredAt'>, signedText: string): Promise<Cable> {
    if (this.#gone) return Promise.reject(this.#gone);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      try {
        this.send({ kind: 'plenipo-append', id, cable, signedText });
      } catch (error) {
        this.#pending.delete(id);
        reject(error);
      }
    });
  }

  /** Takes the writer's answer to one registration. */
  receive(reply: AppendReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (reply.kind === 'plenipo-appended') pending.resolve(reply.cable);
    else pending.reject(errorOf(reply));
  }

  /** The writer is gone: every registration still waiting fails, and so does every later one. */
  close(reason: string): void {
    this.#gone = new Error(`the registry writer is gone (${reason}); the cable was not acknowledged`);
    for (const pending of this.#pending.values()) pending.reject(this.#gone);
    this.#pending.clear();
  }

  /** Registrations handed over and not yet answered. */
  get waiting(): number {
    return this.#pending.size;
  }
}

function errorOf(reply: Extract<AppendReply, { kind: 'plenipo-refused' }>): Error {
  if (reply.code !== null && reply.code in ERROR_CODES)
    return new DomainError(reply.code as ErrorCode, reply.message, reply.field ?? undefined);
  return new Error(reply.message);
}
