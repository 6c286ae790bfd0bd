/** What a dossier or bundle download names: the API's query, one of a cable, a thread, or an issue/conference/period. */
export interface DossierQuery {
  cable?: string;
  thread?: string;
  issue?: string;
  conference?: string;
}

function hrefOf(path: string, query: DossierQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return `${path}?${params}`;
}

/**
 * Download links for what the reader sees: a printable PDF and a verifiable
 * bundle of it. The server answers only with cables the reader may read.
 */
export function ArchiveDownloads({ query, what }: { query: DossierQuery; what: string }) {
  return (
    <p className="archive-downloads">
      <a href={hrefOf('/api/dossier.pdf', query)} download>
        PDF of {what}
      </a>{' '}
      <a href={hrefOf('/api/bundle', query)} download>
        Verifiable bundle of {what}
      </a>
    </p>
  );
}
