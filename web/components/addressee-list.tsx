import { useSession } from '../hooks/use-session.js';

/**
 * Addressees by name: a group shows as the group, with its members named, so
 * the reader sees who "the Three" are (current membership, from the directory).
 */
export function AddresseeList({ ids }: { ids: readonly string[] }) {
  const { index } = useSession();
  if (ids.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="addressees">
      {ids.map((id) => {
        const group = index.groupOf(id);
        return (
          <li key={id}>
            {group ? (
              <>
                <strong>{group.name}</strong>
                {group.members.length > 0 && (
                  <span className="muted"> ({group.members.map(index.nameOf).join(', ')})</span>
                )}
              </>
            ) : (
              index.nameOf(id)
            )}
          </li>
        );
      })}
    </ul>
  );
}
