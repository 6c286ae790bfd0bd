import { z } from 'zod';
import { PARTICIPANT_ID } from '../cable/cable-draft.js';
import { HANDLING_TARGET_MINUTES, PRECEDENCES, type Precedence } from '../cable/vocabulary.js';

/**
 * The precedence scheme's settings (issue 14): how many minutes an action
 * addressee has to acknowledge a cable of each precedence, which precedences
 * escalate when that passes, and each post's duty officer, who is told.
 */
export const PrecedenceSchemeSchema = z.strictObject({
  targets: z.strictObject(
    Object.fromEntries(
      PRECEDENCES.map((p) => [
        p,
        z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60),
      ]),
    ) as Record<Precedence, z.ZodNumber>,
  ),
  escalate: z.array(z.enum(PRECEDENCES)).max(PRECEDENCES.length),
  dutyOfficers: z.record(PARTICIPANT_ID, PARTICIPANT_ID),
});
export type PrecedenceScheme = z.infer<typeof PrecedenceSchemeSchema>;

/** The scheme before anyone sets it: the common targets, and only FLASH escalates. */
export const DEFAULT_PRECEDENCE_SCHEME: PrecedenceScheme = {
  targets: { ...HANDLING_TARGET_MINUTES },
  escalate: ['FLASH'],
  dutyOfficers: {},
};

/** When an action addressee must have acknowledged a cable, or null when its precedence does not escalate. */
export function acknowledgeBy(
  cable: { precedence: Precedence; registeredAt: string },
  scheme: PrecedenceScheme,
): string | null {
  if (!scheme.escalate.includes(cable.precedence)) return null;
  return new Date(Date.parse(cable.registeredAt) + scheme.targets[cable.precedence] * 60_000).toISOString();
}

/**
 * The action addressees whose acknowledgement is overdue at `now`: the
 * target has passed and they have not acknowledged.
 *
 * @example overdueAddressees({ precedence: 'FLASH', registeredAt: '…09:00Z' }, ['molotov'], new Set(), scheme, '…09:11Z') // ['molotov']
 */
export function overdueAddressees(
  cable: { precedence: Precedence; registeredAt: string },
  addressees: readonly string[],
  acknowledged: ReadonlySet<string>,
  scheme: PrecedenceScheme,
  now: string,
): string[] {
  const by = acknowledgeBy(cable, scheme);
  if (by === null || Date.parse(now) < Date.parse(by)) return [];
  return addressees.filter((addressee) => !acknowledged.has(addressee));
}
