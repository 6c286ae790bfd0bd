import type { Conference, Directory } from '../api/schema.js';
import type { ComposeForm } from './compose-form.js';

type Plans = readonly Pick<Conference, 'id' | 'plan'>[];

/**
 * Where a new cable starts for its writer, from their part in the conferences:
 * a principal writes directives, a member of a delegation reports, each on the
 * conference they serve (the first, if several); anyone else writes a note.
 * Negotiation traffic starts one level above the scheme's lowest, since the
 * lowest is usually "unclassified" and a cable of the talks seldom is; anyone
 * outside the talks starts at the lowest. The writer can change every one.
 */
export function roleDefaults(
  directory: Pick<Directory, 'classifications' | 'kinds'>,
  conferences: Plans,
  meId: string,
): Partial<Pick<ComposeForm, 'kind' | 'conference' | 'classification'>> {
  const offer = (kind: string) => (directory.kinds.includes(kind) ? { kind } : {});
  const atTalks = { classification: directory.classifications[1] ?? directory.classifications[0] ?? '' };
  const led = conferences.find(({ plan }) => plan?.principals.includes(meId));
  if (led) return { ...offer('directive'), conference: led.id, ...atTalks };
  const served = conferences.find(({ plan }) => plan?.delegation.includes(meId));
  if (served) return { ...offer('report'), conference: served.id, ...atTalks };
  return offer('note');
}
