import { useQuery } from '@tanstack/react-query';
import { queries } from '../api/queries.js';
import { BARE_NAMES, type Names, namesFrom } from '../components/mandate/describe-mandate.js';

/**
 * Names for a conference's ids (issue titles, party names, step labels of
 * today's ladders); bare ids until they load, or if the reader may not see them.
 */
export function useConferenceNames(conference: string | null): Names {
  const answer = useQuery({ ...queries.mandates(conference ?? ''), enabled: Boolean(conference) });
  if (!conference || !answer.data) return BARE_NAMES;
  const { plan, mandates } = answer.data;
  return namesFrom(
    plan,
    mandates.flatMap(({ mandate }) => (mandate ? [mandate.ladder] : [])),
  );
}
