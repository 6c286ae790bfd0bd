import type { z } from 'zod';
import type {
  CableKind,
  CablePayload,
  Caption,
  ConferencePlanSchema,
  Precedence,
} from '../src/core/index.js';

/**
 * A scenario is an organisation and a run of cables, as plain data. The loader
 * (scenarios/load-scenario.ts) replays it through the same services the API
 * uses, so the example is registered, signed and chained like any real cable.
 */
export interface Scenario {
  /** The ordered classification scheme, lowest first. */
  classifications: readonly string[];
  posts: readonly ScenarioPost[];
  people: readonly ScenarioPerson[];
  groups: readonly ScenarioGroup[];
  series: readonly ScenarioSeries[];
  conferences: readonly ScenarioConference[];
  /** In registration order: the chain follows this order. */
  cables: readonly ScenarioCable[];
}

export interface ScenarioPost {
  id: string;
  name: string;
  place: string;
  /** IANA zone the post's people read times in, e.g. 'Europe/Moscow'. */
  zone: string;
}

export interface ScenarioPerson {
  /** Also the login: the lowercase surname. */
  id: string;
  name: string;
  title: string;
  post: string;
  admin?: boolean;
}

export interface ScenarioGroup {
  id: string;
  name: string;
  description: string;
  /** Membership over time; `until` absent means still a member. ISO dates. */
  members: readonly { person: string; from: string; until?: string }[];
}

export interface ScenarioSeries {
  /** e.g. 'LONTO': registry numbers read 'LONTO 0007'. */
  code: string;
  name: string;
  /** Cables authored at this post are numbered in this series... */
  fromPost: string;
  /** ...when their first action addressee sits at this post (absent: any other). */
  toPost?: string;
}

export interface ScenarioConference {
  id: string;
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
  /** Parties, issues with their procedural rules, sessions, principals: what mandates and moves refer to. */
  plan?: z.input<typeof ConferencePlanSchema>;
}

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
