import type { z } from 'zod';
import type { CableKind, CablePayload, Caption, Precedence, SetupDocumentSchema } from '../src/core/index.js';

/**
 * A scenario is an organisation, written as a setup document (the same as a
 * setup file for `plenipo apply`), and a run of cables, as plain data. The
 * loader (scenarios/load-scenario.ts) replays it through the same services the
 * API uses, so the example is registered, signed and chained like any real cable.
 */
export type Scenario = z.input<typeof SetupDocumentSchema> & {
  /** What the example is called where its demo logins are shown, e.g. 'London 1945'. */
  title: string;
  /** In registration order: the chain follows this order. */
  cables: readonly ScenarioCable[];
};

/** A conference as a scenario's setup document writes it, with its plan. */
export type ScenarioConference = NonNullable<z.input<typeof SetupDocumentSchema>['conferences']>[number];

export interface ScenarioCable {
  /** Local key for references inside the scenario, e.g. 'L-02' (the event id). */
  key: string;
  /** Registration time, ISO 8601 UTC, e.g. '1945-09-12T09:30:00Z'. */
  at: string;
  author: string;
  /** Signature alias shown instead of the author's name, e.g. 'Instantsiia'. */
  alias?: string;
  /** Person or group ids (one namespace). */
  to: readonly string[];
  info?: readonly string[];
  /** People excluded from the groups addressed. */
  exclude?: readonly string[];
  /** Person who relays the cable (reads it and forwards it). */
  via?: string;
  precedence: Precedence;
  classification: string;
  captions?: readonly Caption[];
  kind: CableKind;
  subject: string;
  /** Issue tags, e.g. 'procedure-france-china'. */
  issues: readonly string[];
  conference?: string;
  /** Key of the cable this one answers. */
  inReplyTo?: string;
  /** Keys of other cables it refers to. */
  refs?: readonly string[];
  body: string;
  /** A directive's mandate amendment or a report's moves (see src/core/mandate). */
  payload?: CablePayload;
}
