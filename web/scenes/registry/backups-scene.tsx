import { useInfiniteQuery } from '@tanstack/react-query';
import { registryQueries } from '../../api/registry-api.js';
import { CableTime } from '../../components/cable-time.js';
import { ErrorNote } from '../../components/error-note.js';
import { RegistryPage } from '../../components/registry/registry-page.js';
import { ScrollRegion } from '../../components/scroll-region.js';
import { useSession } from '../../hooks/use-session.js';

const BACKUPS = { action: 'registry.backup' } as const;

/**
 * The backups taken of this registry, as its audit log records them, and how
 * to take one. A backup is written on the server's own disk by its operator:
 * the web never names a file there, so no page can write where it should not.
 */
export function BackupsScene() {
  const backups = useInfiniteQuery(registryQueries.audit(BACKUPS));
  const { index } = useSession();
  const entries = backups.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <RegistryPage title="Backups">
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">Taking a backup</h2>
        <p>
          On the server, while it goes on serving, copy the registry to a new file; the copy is verified cable
          by cable before it is kept:
        </p>
        <pre className="command">plenipo backup --db plenipo.db --out plenipo-backup.db</pre>
        <p>
          The backup does not hold the master key (<code>plenipo.db.key</code>, or{' '}
          <code>PLENIPO_MASTER_KEY</code>
          ): keep that safe as well, apart. To restore, stop the server, then:
        </p>
        <pre className="command">plenipo restore --from plenipo-backup.db --db plenipo.db</pre>
      </section>
      <section aria-labelledby="taken-heading">
        <h2 id="taken-heading">Backups taken</h2>
        {backups.isPending && <p className="muted">Loading…</p>}
        <ErrorNote
          message={backups.error ? `The backups could not be listed: ${backups.error.message}` : null}
        />
        {backups.data && entries.length === 0 && (
          <p className="muted">No backup of this registry is recorded.</p>
        )}
        {entries.length > 0 && (
          <ScrollRegion label="Backups taken">
            <table className="setup-table" data-testid="backups">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">By</th>
                  <th scope="col">File</th>
                  <th scope="col">Cables</th>
                  <th scope="col">Last cable’s hash</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.seq}>
                    <td>
                      <CableTime at={entry.at} />
                    </td>
                    <td>
                      {entry.actor && entry.actor !== 'cli' ? index.nameOf(entry.actor) : 'the operator'}
                    </td>
                    <td>{String(entry.detail.file ?? '')}</td>
                    <td>{String(entry.detail.cables ?? '')}</td>
                    <td>
                      <code>{String(entry.detail.headHash ?? '').slice(0, 16)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </RegistryPage>
  );
}
