import { api } from '../api/api.js';
import { BARE_NAMES, type Names, namesFrom } from '../components/mandate/describe-mandate.js';
import { useAsync } from './use-async.js';

/**
 * Names for a conference's ids (issue titles, party names, step labels of
 * today's ladders); bare ids until they load, or if the reader may not see them.
 */
export function useConferenceNames(conference: string | null): Names {
  const state = useAsync(() => (conference ? api.mandates(conference) : Promise.resolve(null)), [conference]);
  if (state.status !== 'done' || !state.value) return BARE_NAMES;
  const { plan, mandates } = state.value;
  return namesFrom(
    plan,
    mandates.flatMap(({ mandate }) => (mandate ? [mandate.ladder] : [])),
  );
}
