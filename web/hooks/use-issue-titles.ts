import { useMemo } from 'react';
import { issueOptions } from '../components/inbox/inbox-filters.js';
import { useConferences } from './use-conferences.js';

/** An issue's title from the plans the reader may see; its id when no plan names it. */
export function useIssueTitles(): (id: string) => string {
  const conferences = useConferences().data;
  return useMemo(() => {
    const titles = new Map(issueOptions(conferences, undefined).map(({ id, title }) => [id, title]));
    return (id: string) => titles.get(id) ?? id;
  }, [conferences]);
}
