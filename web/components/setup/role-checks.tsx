/** What each role lets a person do, as the clerk reads it when granting it. */
const ROLE_WORDS: Record<string, string> = {
  admin: 'administrator (registry clerk)',
  secretariat: 'conference secretariat',
  auditor: 'auditor',
  archivist: 'archivist',
};

/** The roles a person holds beyond reading and writing cables, as checkboxes in a fieldset. */
export function RoleChecks({
  roles,
  onChange,
  error,
}: {
  roles: readonly string[];
  onChange: (roles: string[]) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className={`form-field role-checks${error ? ' invalid' : ''}`} data-field="roles">
      <legend>Roles</legend>
      {Object.entries(ROLE_WORDS).map(([role, words]) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={roles.includes(role)}
            onChange={(event) =>
              onChange(event.target.checked ? [...roles, role] : roles.filter((held) => held !== role))
            }
          />{' '}
          {words}
        </label>
      ))}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
