import { Link } from '@tanstack/react-router';
import type { CableLink } from '../api/schema.js';
import { cableLink } from '../router/links.js';
import { RegistryNumber } from './registry-number.js';

/** Links to other cables by registry number (in reply to, refs). */
export function CableLinks({ links }: { links: readonly CableLink[] }) {
  if (links.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="cable-links">
      {links.map((link) => (
        <li key={link.id}>
          <Link {...cableLink(link.id)}>
            <RegistryNumber number={link.number} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
