import { Link } from '@tanstack/react-router';
import type { CitedCable } from '../api/schema.js';
import { cableLink } from '../router/links.js';
import { RegistryNumber } from './registry-number.js';

/**
 * The directive (or report) a clause or verdict rests on, by registry number.
 * Null means the reader may not read it: said so, never named.
 */
export function CitedCableLink({ cable }: { cable: CitedCable | null }) {
  if (!cable) return <span className="muted">a cable you may not read</span>;
  return (
    <Link {...cableLink(cable.id)} className="cited">
      <RegistryNumber number={cable.number} />
    </Link>
  );
}
