import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Scenario } from '../scenario.js';
import { bargainingCables } from './cables.js';
import { bargainingRecord } from './record.js';

/**
 * The second example: a union executive steering its bargaining team through
 * a contract renewal. Its organisation and plan come only from the setup file
 * beside this one (the same file `plenipo apply` reads), so nothing in plenipo
 * is specific to London or to diplomacy.
 */
export function bargainingScenario(): Scenario {
  return {
    title: 'Contract bargaining',
    ...parse(readFileSync(setupFile(), 'utf8')),
    // The record's notes take their place in time among the directives and reports.
    cables: [...bargainingCables, ...bargainingRecord].sort((a, b) => a.at.localeCompare(b.at)),
  };
}

/** The setup file, found from the sources (tests) and from the build (dist/scenarios/…) alike. */
export function setupFile(): URL {
  for (const up of ['./', '../../../scenarios/bargaining/']) {
    const url = new URL(`${up}setup.yaml`, import.meta.url);
    try {
      readFileSync(url);
      return url;
    } catch {}
  }
  throw new Error('the bargaining example’s setup.yaml is missing from this installation');
}
