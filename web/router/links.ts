import { linkOptions } from '@tanstack/react-router';
import type { AuthorityIntent } from './route-search.js';

/** Where a cable opens, by id or registry number: `/cable/LONTO%200007`. */
export function cableLink(ref: string) {
  return linkOptions({ to: '/cable/$ref', params: { ref } });
}

/** A draft's vetting: its reviews as tracked changes and its sign-off. */
export function vettingLink(ref: string) {
  return linkOptions({ to: '/vetting/$ref', params: { ref } });
}

/** Compose, as a reply to a cable or blank. */
export function composeLink(reply?: string) {
  return linkOptions({ to: '/compose', search: reply ? { reply } : {} });
}

/** Compose prefilled for one step of the authority round trip on the cable `reply` answers. */
export function authorityLink(
  intent: AuthorityIntent,
  place: { reply: string; about?: string | null; move?: number | null },
) {
  return linkOptions({
    to: '/compose',
    search: {
      reply: place.reply,
      intent,
      ...(place.about && place.about !== place.reply ? { about: place.about } : {}),
      ...(place.move !== undefined && place.move !== null ? { move: place.move } : {}),
    },
  });
}

/** The mandate panel: a conference's issues, or one issue's mandate, now or as of `at`. */
export function mandateLink(place: {
  conference?: string | null;
  issue?: string | null;
  at?: string | null;
}) {
  const search = {
    ...(place.conference ? { conference: place.conference } : {}),
    ...(place.at ? { at: place.at } : {}),
  };
  return place.issue
    ? linkOptions({ to: '/mandates/$issue', params: { issue: place.issue }, search })
    : linkOptions({ to: '/mandates', search });
}

/** The record and the map: a conference's sessions or one session; the map's overview or one issue. */
export function recordLink(place: {
  conference?: string | null;
  session?: string | null;
  map?: boolean;
  issue?: string | null;
}) {
  const search = place.conference ? { conference: place.conference } : {};
  if (place.map && place.issue)
    return linkOptions({ to: '/map/$issue', params: { issue: place.issue }, search });
  if (place.map) return linkOptions({ to: '/map', search });
  return place.session
    ? linkOptions({ to: '/record/$session', params: { session: place.session }, search })
    : linkOptions({ to: '/record', search });
}
