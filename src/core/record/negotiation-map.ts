import type { Issue } from '../conference/conference.js';
import { isNumeric, type Mandate } from '../mandate/mandate.js';
import type { IssueStatus, RecordSource } from './record-payload.js';

/** A party's stance at one moment, from a reported move or a record entry its reader may read. */
export interface MapPoint {
  at: string;
  party: string;
  position: string | null;
  value: number | null;
  unit: string | null;
  /** Where the issue stands after this point, when it says so. */
  status: IssueStatus | null;
  text: string;
  cable: string;
  source: RecordSource | 'report';
}

/** A point placed on the map: its number, or its step on our ladder (0 is our opening). */
export interface PlacedPoint extends MapPoint {
  step: number | null;
}

export interface PartyLine {
  party: string;
  points: PlacedPoint[];
  latest: PlacedPoint | null;
}

export interface StatusChange {
  status: IssueStatus;
  at: string;
  cable: string;
  text: string;
}

/** Our mandate as the map's reader holds it: present only when they may read the directives that set it. */
export interface MapMandate {
  ladder: { id: string; label: string; value: number | null; unit: string | null }[];
  authority: number;
  redLines: { description: string; bound: number | null; unit: string | null; positions: string[] }[];
  directives: string[];
}

export interface NegotiationMap {
  issue: Pick<Issue, 'id' | 'title'>;
  parties: PartyLine[];
  units: string[];
  mandate: MapMandate | null;
  gap: { value: number | null; unit: string | null; steps: number | null; text: string };
  status: IssueStatus;
  statusSince: string | null;
  statusHistory: StatusChange[];
  lastMovedAt: string | null;
}

/**
 * Draws one issue's map (PRODUCT.md §Negotiation map): each party's line of
 * stances over time, numbers with their units and ladder positions as steps
 * of our ladder; our ladder, authority and red lines when the reader holds a
 * mandate (built only from directives they may read); the gap between the
 * parties' latest stances; and the status with when it last changed (open
 * until a point says otherwise).
 */
export function drawNegotiationMap(
  issue: Pick<Issue, 'id' | 'title'>,
  parties: readonly string[],
  points: readonly MapPoint[],
  mandate: Mandate | null,
): NegotiationMap {
  const ladder = mandate?.ladder ?? [];
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const placed = sorted.map((point): PlacedPoint => {
    const index = point.position ? ladder.findIndex((step) => step.id === point.position) : -1;
    const step = index >= 0 ? ladder[index]! : null;
    const fromLadder = step && isNumeric(step) && point.value === null;
    return {
      ...point,
      step: index >= 0 ? index : null,
      value: fromLadder ? step.min : point.value,
      unit: fromLadder ? step.unit : point.unit,
    };
  });
  const names = [...new Set([...parties, ...placed.map((point) => point.party)])];
  const lines = names.map((party): PartyLine => {
    const own = placed.filter(
      (point) => point.party === party && (point.value !== null || point.position !== null),
    );
    return { party, points: own, latest: own[own.length - 1] ?? null };
  });
  const history = statusHistoryOf(placed);
  const last = history[history.length - 1];
  return {
    issue: { id: issue.id, title: issue.title },
    parties: lines,
    units: [...new Set(placed.flatMap((point) => (point.unit ? [point.unit] : [])))],
    mandate: mandate && mandate.directives.length > 0 ? mapMandateOf(mandate) : null,
    gap: gapOf(lines),
    status: last?.status ?? 'open',
    statusSince: last?.at ?? null,
    statusHistory: history,
    lastMovedAt: placed[placed.length - 1]?.at ?? null,
  };
}

function statusHistoryOf(points: readonly PlacedPoint[]): StatusChange[] {
  const history: StatusChange[] = [];
  for (const { status, at, cable, text } of points) {
    if (!status || history[history.length - 1]?.status === status) continue;
    history.push({ status, at, cable, text });
  }
  return history;
}

function mapMandateOf(mandate: Mandate): MapMandate {
  return {
    ladder: mandate.ladder.map((step) => ({
      id: step.id,
      label: step.label,
      value: isNumeric(step) ? step.min : null,
      unit: isNumeric(step) ? step.unit : null,
    })),
    authority: mandate.authority,
    redLines: mandate.redLines.map(({ clause }) => ({
      description: clause.description,
      bound: clause.rule.type === 'numeric-bound' ? clause.rule.bound : null,
      unit: clause.rule.type === 'numeric-bound' ? clause.rule.unit : null,
      positions: clause.rule.type === 'forbid-positions' ? clause.rule.positions : [],
    })),
    directives: mandate.directives,
  };
}

/** The distance between the parties' latest stances: in the first unit shared, else in steps of our ladder. */
function gapOf(lines: readonly PartyLine[]): NegotiationMap['gap'] {
  const latest = lines.flatMap((line) => (line.latest ? [line.latest] : []));
  const unit = latest.find((point) => point.value !== null)?.unit ?? null;
  const values = latest.filter((point) => point.value !== null && point.unit === unit).map((p) => p.value!);
  if (unit !== null && values.length >= 2) {
    const value = round(Math.max(...values) - Math.min(...values));
    return { value, unit, steps: null, text: `${value} ${unit} between the furthest apart` };
  }
  const steps = latest.filter((point) => point.step !== null).map((point) => point.step!);
  if (steps.length >= 2) {
    const apart = Math.max(...steps) - Math.min(...steps);
    return {
      value: null,
      unit: null,
      steps: apart,
      text: `${apart} step${apart === 1 ? '' : 's'} of our ladder apart`,
    };
  }
  const positions = [...new Set(latest.flatMap((point) => (point.position ? [point.position] : [])))];
  if (latest.length >= 2 && positions.length === 1)
    return { value: null, unit: null, steps: 0, text: `none: every party at ${positions[0]}` };
  if (positions.length >= 2)
    return { value: null, unit: null, steps: null, text: `apart: ${positions.join(' against ')}` };
  return { value: null, unit: null, steps: null, text: 'not enough positions to measure' };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
