import type { CableLink } from '../api/schema.js';
import { cableHref } from '../hooks/parse-route.js';
import { RegistryNumber } from './registry-number.js';

/** Links to other cables by registry number (in reply to, refs). */
export function CableLinks({ links }: { links: readonly CableLink[] }) {
  if (links.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="cable-links">
      {links.map((link) => (
        <li key={link.id}>
          <a href={cableHref(link.id)}>
            <RegistryNumber number={link.number} />
          </a>
        </li>
      ))}
    </ul>
  );
}
