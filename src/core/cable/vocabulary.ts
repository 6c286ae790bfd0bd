/**
 * The closed vocabularies of a cable (PRODUCT.md §Concepts, Cable). Each is a
 * SCREAMING constant with its union type derived from it, so the schemas, the
 * UI and the tests all read the same list.
 */

/** Precedence, highest first. The order is the inbox's sort order. */
export const PRECEDENCES = ['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE'] as const;
export type Precedence = (typeof PRECEDENCES)[number];

/**
 * How soon a cable of each precedence should be in the addressee's hands.
 * The figures follow the common military convention; they are targets the UI
 * shows, not limits the registry enforces.
 */
export const HANDLING_TARGET_MINUTES: Readonly<Record<Precedence, number>> = {
  FLASH: 10,
  IMMEDIATE: 30,
  PRIORITY: 180,
  ROUTINE: 24 * 60,
};

export const CAPTIONS = ['EYES ONLY', 'READ-OUT'] as const;
export type Caption = (typeof CAPTIONS)[number];

export const CABLE_KINDS = [
  'directive',
  'report',
  'query',
  'reply',
  'proposal',
  'approval',
  'reprimand',
  'draft',
  'edit',
  'circular',
  'digest',
  'note',
  // One account of a session (PRODUCT.md §Record), its entries in a structured payload.
  'record',
  // An administrative entry: a signed change to the organisation or a conference (PRODUCT.md §Setup).
  'setup',
  // A release or its withdrawal (issue 15): widens who may read cables, made only through the archive's API.
  'release',
] as const;
export type CableKind = (typeof CABLE_KINDS)[number];

/** The kinds a person writes as a cable; setup and release entries are made only through their own APIs. */
export const DRAFT_KINDS = CABLE_KINDS.filter((kind) => kind !== 'setup' && kind !== 'release') as Exclude<
  CableKind,
  'setup' | 'release'
>[];

/** Index of a precedence in PRECEDENCES: 0 is the most urgent. */
export function precedenceRank(precedence: Precedence): number {
  return PRECEDENCES.indexOf(precedence);
}
