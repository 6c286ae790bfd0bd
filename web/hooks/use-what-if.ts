import { useEffect, useState } from 'react';
import { api } from '../api/api.js';
import type { CheckResponse, Move } from '../api/schema.js';

const DEBOUNCE_MS = 150;

export type WhatIf =
  | { status: 'idle' }
  /** `last` is the answer before the edit, kept on screen so the verdict does not flicker away. */
  | { status: 'checking'; last: CheckResponse | null }
  | { status: 'done'; result: CheckResponse }
  | { status: 'failed'; error: Error };

/**
 * "What if I reported this now?": the verdict one of our moves would get,
 * asked of the server (POST …/check) ~150 ms after the last change. A newer
 * question cancels the older one. `refresh` changing asks again, e.g. when a
 * directive arrives that may have changed the mandate.
 */
export function useWhatIf(conference: string, move: Omit<Move, 'side'> | null, refresh: number): WhatIf {
  const [state, setState] = useState<WhatIf>({ status: 'idle' });
  const question = move ? JSON.stringify(move) : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` only says when to ask again
  useEffect(() => {
    if (!question) {
      setState({ status: 'idle' });
      return;
    }
    setState((before) => ({
      status: 'checking',
      last: before.status === 'done' ? before.result : before.status === 'checking' ? before.last : null,
    }));
    const abort = new AbortController();
    const timer = setTimeout(() => {
      api.check(conference, JSON.parse(question) as Omit<Move, 'side'>, abort.signal).then(
        (result) => setState({ status: 'done', result }),
        (error: unknown) => {
          if (abort.signal.aborted) return;
          setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [conference, question, refresh]);

  return state;
}
