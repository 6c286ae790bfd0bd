import type { Scenario, ScenarioCable } from '../scenario.js';
import { cablesLondonClose } from './cables-london-close.js';
import { cablesLondonEve } from './cables-london-eve.js';
import { cablesLondonJapan } from './cables-london-japan.js';
import { cablesLondonOpening } from './cables-london-opening.js';
import { cablesLondonRecord } from './cables-london-record.js';
import { cablesLondonRecordEnd } from './cables-london-record-end.js';
import { cablesLondonTurn } from './cables-london-turn.js';
import { cablesMoscowAutumn } from './cables-moscow-autumn.js';
import { cablesMoscowDecember } from './cables-moscow-december.js';
import { organisation } from './organisation.js';

/**
 * The built-in example (PRODUCT.md, and shared/scenario/london-1945.md for the
 * facts): the first session of the Council of Foreign Ministers in London,
 * September–October 1945, and the Moscow autumn that followed. Keys are the
 * event ids of the facts table, with a letter where one event became several
 * cables (L-00 is the eve of the session, which the table implies). Stalin's
 * directives carry the delegation's mandates (mandates.ts) and the
 * delegation's reports the moves at the table, so the replay gives verdicts
 * and alerts as it goes. The parts are concatenated in registration order.
 */
export const london1945: Scenario = {
  ...organisation,
  cables: interleave(
    [
      ...cablesLondonEve,
      ...cablesLondonOpening,
      ...cablesLondonTurn,
      ...cablesLondonJapan,
      ...cablesLondonClose,
      ...cablesMoscowAutumn,
      ...cablesMoscowDecember,
    ],
    [...cablesLondonRecord, ...cablesLondonRecordEnd],
  ),
};

/** The cables of `base` in their order, each of `extra` placed before the first of `base` registered after it. */
function interleave(base: readonly ScenarioCable[], extra: readonly ScenarioCable[]): ScenarioCable[] {
  const merged = [...base];
  for (const cable of extra) {
    const later = merged.findIndex((other) => other.at > cable.at);
    merged.splice(later === -1 ? merged.length : later, 0, cable);
  }
  return merged;
}
