import type { RecordFlag } from '../../api/schema.js';

/** What a session's record lacks, each said in words with a warning mark, never by colour alone. */
export function RecordFlags({ flags }: { flags: readonly RecordFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="record-flags" data-testid="record-flags">
      {flags.map((flag) => (
        <li key={`${flag.flag}:${flag.detail}`} data-flag={flag.flag}>
          <span aria-hidden="true">⚠ </span>
          {flag.detail}
        </li>
      ))}
    </ul>
  );
}
