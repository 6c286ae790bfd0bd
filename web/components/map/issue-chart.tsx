import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { IssueMap, MapPoint } from '../../api/schema.js';

// Parties are told apart by mark shape and line pattern as well as colour, and each line is labelled.
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
const DASHES = ['none', '6 3', '2 3', '8 3 2 3', '1 5', '10 4', '4 4'];
const MANY = 400;

interface Row {
  at: Date;
  party: string;
  y: number | string;
}

/**
 * Each party's stances over time (PRODUCT.md §Negotiation map): numbers as
 * lines in their unit, ladder positions as steps, with our ladder, authority
 * and red lines drawn across when the reader holds the mandate. An SVG with a
 * text label, so it prints and is read out; the stance table is its full text.
 */
export function IssueChart({ map, partyName }: { map: IssueMap; partyName: (id: string) => string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = drawChart(map, partyName);
    // Plot puts a <style> element in its SVG; the page's CSP allows only our own style sheets (record.css has it).
    for (const style of chart.querySelectorAll('style')) style.remove();
    // The chart is one image with its own label and description (the table beside it has every
    // figure); Plot's labels on its inner groups are not allowed there and would only repeat "line", "dot".
    chart.setAttribute('role', 'img');
    for (const part of chart.querySelectorAll('[aria-label], [aria-description]')) {
      if (part === chart) continue;
      part.removeAttribute('aria-label');
      part.removeAttribute('aria-description');
    }
    holder.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [map, partyName]);
  return (
    <figure className="issue-chart">
      <div ref={holder} data-testid="issue-chart" />
      <figcaption>{describeChart(map, partyName)}</figcaption>
    </figure>
  );
}

function describeChart(map: IssueMap, partyName: (id: string) => string): string {
  const latest = map.lines
    .filter((line) => line.points.length > 0)
    .map((line) => `${partyName(line.party)}: ${stance(line.points[line.points.length - 1]!)}`);
  return `${map.issue.title}: ${map.status}. Latest stances — ${latest.join('; ') || 'none yet'}. Gap: ${map.gap.text}.`;
}

function stance(point: MapPoint): string {
  return point.value !== null ? `${point.value} ${point.unit ?? ''}`.trim() : (point.position ?? '');
}

function drawChart(map: IssueMap, partyName: (id: string) => string): SVGSVGElement | HTMLElement {
  const unit = map.units[0] ?? null;
  const numeric = unit !== null;
  const levels = numeric ? [] : positionLevels(map);
  const rows: Row[] = map.lines.flatMap((line) =>
    line.points
      .filter((point) => (numeric ? point.value !== null && point.unit === unit : point.position !== null))
      .map((point) => ({
        at: new Date(point.at),
        party: partyName(line.party),
        y: numeric ? point.value! : point.position!,
      })),
  );
  const parties = [...new Set(map.lines.map((line) => partyName(line.party)))];
  const last = parties.flatMap((party) => rows.filter((row) => row.party === party).slice(-1));
  const marks: Plot.Markish[] = [
    ...parties.map((party, i) =>
      Plot.line(
        rows.filter((row) => row.party === party),
        {
          x: 'at',
          y: 'y',
          stroke: 'party',
          curve: 'step-after',
          strokeWidth: 2,
          strokeDasharray: DASHES[i % DASHES.length],
        },
      ),
    ),
    Plot.text(last, { x: 'at', y: 'y', text: 'party', dx: 8, textAnchor: 'start', fontWeight: 600 }),
    ...mandateMarks(map, numeric, unit),
  ];
  if (rows.length <= MANY)
    marks.push(Plot.dot(rows, { x: 'at', y: 'y', symbol: 'party', stroke: 'party', r: 4 }));
  return Plot.plot({
    ariaLabel: `Negotiation map of ${map.issue.title}`,
    ariaDescription: describeChart(map, partyName),
    marginLeft: numeric ? 50 : 220,
    marginRight: 90,
    height: numeric ? 320 : Math.max(160, 40 * levels.length + 60),
    x: { type: 'utc', label: null },
    y: numeric ? { label: unit, grid: true } : { type: 'point', domain: levels, label: null },
    color: { domain: parties, legend: false },
    symbol: { domain: parties, range: [...SYMBOLS], legend: false },
    marks,
  });
}

/** Positions from our opening down our ladder, then the ones off it in the order they were first put. */
function positionLevels(map: IssueMap): string[] {
  const ladder = (map.mandate?.ladder ?? []).map((step) => step.id);
  const seen = map.lines.flatMap((line) => line.points.flatMap((p) => (p.position ? [p.position] : [])));
  return [...new Set([...ladder, ...seen])];
}

function mandateMarks(map: IssueMap, numeric: boolean, unit: string | null): Plot.Markish[] {
  const mandate = map.mandate;
  if (!mandate) return [];
  if (numeric) {
    const steps = mandate.ladder
      .map((step, i) => ({ ...step, i }))
      .filter((step) => step.value !== null && step.unit === unit);
    const bounds = mandate.redLines.filter((line) => line.bound !== null && line.unit === unit);
    return [
      Plot.ruleY(steps, { y: 'value', strokeDasharray: '3 3', stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.text(steps, {
        y: 'value',
        frameAnchor: 'left',
        dx: -4,
        textAnchor: 'end',
        text: (step: { i: number }) =>
          step.i <= mandate.authority ? `our step ${step.i + 1}` : `step ${step.i + 1} (ask)`,
      }),
      Plot.ruleY(bounds, { y: 'bound', strokeWidth: 3, stroke: 'currentColor' }),
      Plot.text(bounds, {
        y: 'bound',
        frameAnchor: 'right',
        dy: -8,
        textAnchor: 'end',
        text: () => 'red line',
      }),
    ];
  }
  const authority = mandate.ladder[mandate.authority];
  const forbidden = mandate.redLines.flatMap((line) => line.positions);
  return [
    ...(authority
      ? [
          Plot.ruleY([authority.id], { strokeDasharray: '3 3', stroke: 'currentColor' }),
          Plot.text([authority.id], {
            y: (d: string) => d,
            frameAnchor: 'right',
            dy: -8,
            textAnchor: 'end',
            text: () => 'our authority',
          }),
        ]
      : []),
    Plot.ruleY(forbidden, { strokeWidth: 3, stroke: 'currentColor' }),
    Plot.text(forbidden, {
      y: (d: string) => d,
      frameAnchor: 'right',
      dy: -8,
      textAnchor: 'end',
      text: () => 'red line',
    }),
  ];
}
