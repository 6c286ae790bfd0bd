import type { Session } from './login.js';

/** One Server-Sent Event as the client parsed it. */
export interface ServerSentEvent {
  event: string;
  id: string | null;
  data: string;
}

/**
 * A live connection to `GET /api/events`, read with fetch streaming.
 * `opened` resolves at the server's first comment, which it writes once the
 * connection is subscribed; `next()` waits for the next event, however long.
 */
export class EventStream {
  readonly #abort = new AbortController();
  readonly #queue: ServerSentEvent[] = [];
  readonly #waiting: ((event: ServerSentEvent) => void)[] = [];
  readonly #done: Promise<void>;
  readonly opened: Promise<void>;

  private constructor(baseUrl: string, session: Session) {
    let markOpened!: () => void;
    this.opened = new Promise((resolve) => {
      markOpened = resolve;
    });
    const response = fetch(new URL('/api/events', baseUrl), {
      headers: session.reads,
      signal: this.#abort.signal,
    });
    this.#done = this.#read(response, markOpened).catch((error: unknown) => {
      if (!this.#abort.signal.aborted) throw error;
    });
  }

  static async open(baseUrl: string, session: Session): Promise<EventStream> {
    const stream = new EventStream(baseUrl, session);
    const ended = stream.#done.then(() => {
      throw new Error('GET /api/events ended before the server wrote anything');
    });
    await Promise.race([stream.opened, ended]);
    return stream;
  }

  /** Resolves when the server ends the stream (or `close()` does). */
  get ended(): Promise<void> {
    return this.#done;
  }

  next(): Promise<ServerSentEvent> {
    const queued = this.#queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Events up to and including the first whose data satisfies `isLast`. */
  async until(isLast: (data: string) => boolean): Promise<ServerSentEvent[]> {
    const events: ServerSentEvent[] = [];
    for (;;) {
      const event = await this.next();
      events.push(event);
      if (isLast(event.data)) return events;
    }
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await this.#done;
  }

  async #read(response: Promise<Response>, markOpened: () => void) {
    const answer = await response;
    if (answer.status !== 200 || !answer.body) throw new Error(`GET /api/events: HTTP ${answer.status}`);
    const decoder = new TextDecoder();
    let buffered = '';
    const reader = answer.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += decoder.decode(chunk.value, { stream: true });
      let end = buffered.indexOf('\n\n');
      while (end >= 0) {
        this.#take(buffered.slice(0, end), markOpened);
        buffered = buffered.slice(end + 2);
        end = buffered.indexOf('\n\n');
      }
    }
  }

  #take(block: string, markOpened: () => void) {
    const event: ServerSentEvent = { event: 'message', id: null, data: '' };
    let hasData = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) markOpened();
      else if (line.startsWith('event: ')) event.event = line.slice(7);
      else if (line.startsWith('id: ')) event.id = line.slice(4);
      else if (line.startsWith('data: ')) {
        event.data += (hasData ? '\n' : '') + line.slice(6);
        hasData = true;
      }
    }
    if (!hasData) return;
    const waiter = this.#waiting.shift();
    if (waiter) waiter(event);
    else this.#queue.push(event);
  }
}
