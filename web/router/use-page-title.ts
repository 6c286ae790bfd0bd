import { useEffect } from 'react';

/** Names the browser tab after the page ('Inbox · plenipo', 'LONTO 0007 · plenipo'); null while it loads. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · plenipo` : 'plenipo';
  }, [title]);
}
