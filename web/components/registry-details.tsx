import type { CableView } from '../api/schema.js';
import { useSession } from '../hooks/use-session.js';

/** The chain and signature facts, folded away: they matter to the clerk and the historian. */
export function RegistryDetails({ cable }: { cable: CableView }) {
  const { index } = useSession();
  return (
    <details className="registry-details">
      <summary>Registry details</summary>
      <dl>
        {/* The chain's internals come to auditors only: they count cables others may not read. */}
        {cable.seq !== undefined && (
          <>
            <dt>Chain position</dt>
            <dd>{cable.seq}</dd>
          </>
        )}
        <dt>Cable id</dt>
        <dd className="mono">{cable.id}</dd>
        {cable.hash !== undefined && (
          <>
            <dt>Hash</dt>
            <dd className="mono">{cable.hash}</dd>
            <dt>Previous hash</dt>
            <dd className="mono">{cable.prevHash}</dd>
          </>
        )}
        <dt>Author's signature</dt>
        <dd className="mono">{cable.signature}</dd>
        <dt>Readers (fixed at registration)</dt>
        <dd>{cable.readers.map(index.nameOf).join(', ') || '—'}</dd>
      </dl>
    </details>
  );
}
