import { z } from 'zod';
import { cleanText, PARTICIPANT_ID } from '../cable/cable-draft.js';
import { SERIES_CODE_PATTERN } from '../cable/registry-number.js';
import { ConferencePlanSchema } from '../conference/conference.js';

/**
 * What a person may do beyond reading and writing cables (PRODUCT.md §Who uses
 * it): the registry clerk administers the organisation, the secretariat
 * conferences and their plans, the auditor reads registry internals, the
 * archivist releases cables.
 */
export const ROLES = ['admin', 'secretariat', 'auditor', 'archivist'] as const;
export type Role = (typeof ROLES)[number];

/** The registry itself: the principal whose key is the server key, author of the entry that opens the chain. */
export const REGISTRY_PRINCIPAL = 'registry';

/** An ISO 8601 instant with a zone, or a bare date (read as UTC midnight). */
export const INSTANT = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'must be a date or an ISO 8601 time with a zone, such as 1945-09-11T10:00:00Z',
  )
  .refine((text) => !Number.isNaN(Date.parse(text)), 'must be a real date');

const NAME = cleanText(120).pipe(z.string().trim().min(1, 'must not be empty'));
const LONG_TEXT = cleanText(500).pipe(z.string().trim());
const PUBLIC_KEY = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a raw Ed25519 public key in base64');
const ZONE = z
  .string()
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, 'must be an IANA time zone such as Europe/London');
const SERIES_CODE = z.string().regex(SERIES_CODE_PATTERN, 'must be a series code such as LONTO');
const LEVEL = z.string().regex(/^[A-Z][A-Z -]{0,39}$/, 'must be a classification level in capitals');

/**
 * One change to the organisation or a conference, as an administrative
 * registry entry carries it. Every instant a change takes effect is written
 * in it (the service stamps "now" before signing), so replaying the chain
 * gives the same state wherever and whenever it is replayed.
 */
export const SetupChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('post.create'),
    id: PARTICIPANT_ID,
    name: NAME,
    place: LONG_TEXT,
    zone: ZONE,
  }),
  z.strictObject({
    op: z.literal('post.change'),
    id: PARTICIPANT_ID,
    name: NAME.optional(),
    place: LONG_TEXT.optional(),
    zone: ZONE.optional(),
  }),
  z.strictObject({ op: z.literal('post.close'), id: PARTICIPANT_ID, at: INSTANT }),
  z.strictObject({
    op: z.literal('series.create'),
    code: SERIES_CODE,
    name: NAME,
    fromPost: PARTICIPANT_ID,
    toPost: PARTICIPANT_ID.nullable(),
  }),
  z.strictObject({ op: z.literal('series.close'), code: SERIES_CODE, at: INSTANT }),
  z.strictObject({
    op: z.literal('person.create'),
    id: PARTICIPANT_ID,
    name: NAME,
    title: LONG_TEXT,
    post: PARTICIPANT_ID,
    publicKey: PUBLIC_KEY,
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
    clearance: LEVEL,
    at: INSTANT,
  }),
  z.strictObject({
    op: z.literal('person.change'),
    id: PARTICIPANT_ID,
    name: NAME.optional(),
    title: LONG_TEXT.optional(),
  }),
  z.strictObject({ op: z.literal('person.move'), id: PARTICIPANT_ID, post: PARTICIPANT_ID, from: INSTANT }),
  z.strictObject({ op: z.literal('person.key'), id: PARTICIPANT_ID, publicKey: PUBLIC_KEY }),
  z.strictObject({
    op: z.literal('person.roles'),
    id: PARTICIPANT_ID,
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
  }),
  z.strictObject({ op: z.literal('person.clearance'), id: PARTICIPANT_ID, level: LEVEL, from: INSTANT }),
  z.strictObject({ op: z.literal('person.alias'), id: PARTICIPANT_ID, alias: PARTICIPANT_ID }),
  z.strictObject({ op: z.literal('person.end'), id: PARTICIPANT_ID, at: INSTANT }),
  z.strictObject({ op: z.literal('group.create'), id: PARTICIPANT_ID, name: NAME, description: LONG_TEXT }),
  z.strictObject({
    op: z.literal('group.change'),
    id: PARTICIPANT_ID,
    name: NAME.optional(),
    description: LONG_TEXT.optional(),
  }),
  z.strictObject({
    op: z.literal('membership.start'),
    group: PARTICIPANT_ID,
    person: PARTICIPANT_ID,
    from: INSTANT,
  }),
  z.strictObject({
    op: z.literal('membership.end'),
    group: PARTICIPANT_ID,
    person: PARTICIPANT_ID,
    until: INSTANT,
  }),
  z.strictObject({ op: z.literal('classification.set'), levels: z.array(LEVEL).min(1).max(20) }),
  z.strictObject({
    op: z.literal('conference.create'),
    id: PARTICIPANT_ID,
    name: NAME,
    place: LONG_TEXT,
    startsOn: INSTANT,
    endsOn: INSTANT,
  }),
  z.strictObject({
    op: z.literal('conference.change'),
    id: PARTICIPANT_ID,
    name: NAME.optional(),
    place: LONG_TEXT.optional(),
    startsOn: INSTANT.optional(),
    endsOn: INSTANT.optional(),
  }),
  z.strictObject({ op: z.literal('conference.plan'), id: PARTICIPANT_ID, plan: ConferencePlanSchema }),
]);
export type SetupChange = z.infer<typeof SetupChangeSchema>;
export type SetupOp = SetupChange['op'];

/** The most changes one setup entry holds: an entry is read back through this bound, so none is written past it. */
export const MAX_SETUP_CHANGES = 5000;

/** The payload of a `setup` entry: the changes it makes, applied in order, all or none. */
export const SetupPayloadSchema = z.strictObject({
  type: z.literal('setup'),
  changes: z.array(SetupChangeSchema).min(1).max(MAX_SETUP_CHANGES),
});
export type SetupPayload = z.infer<typeof SetupPayloadSchema>;

/** Changes the conference secretariat may make as well as the registry clerk. */
export function isConferenceChange(change: SetupChange): boolean {
  return change.op.startsWith('conference.');
}

/** Fields a request may leave to the registry: the instant (now), a new key pair, defaults for a new person. */
const FILLED_IN = ['at', 'from', 'until', 'publicKey', 'title', 'roles', 'clearance'] as const;

/**
 * A setup change as a client sends it (the API, a setup file): any field the
 * registry fills in may be left out. The entry always carries them written out.
 */
export const SetupChangeRequestSchema = z.discriminatedUnion(
  'op',
  SetupChangeSchema.options.map((option) => {
    const mask = Object.fromEntries(FILLED_IN.filter((key) => key in option.shape).map((key) => [key, true]));
    return (option as z.ZodObject).partial(mask as Record<string, true>);
  }) as unknown as typeof SetupChangeSchema.options,
);
