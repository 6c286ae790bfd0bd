/** One figure of a benchmark, printed as one JSON line (issue #5's format). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The ceiling measured in the same run, when the figure has one. */
  ceiling?: number;
  ratio?: number;
  note?: string;
}

export function report(figure: Figure): void {
  const rounded = {
    ...figure,
    value: round(figure.value),
    ...(figure.ceiling === undefined ? {} : { ceiling: round(figure.ceiling) }),
    ...(figure.ratio === undefined ? {} : { ratio: Math.round(figure.ratio * 1000) / 1000 }),
  };
  process.stdout.write(`${JSON.stringify(rounded)}\n`);
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** Operations per second of `count` runs of `work` (awaited one after another). */
export async function rate(count: number, work: (i: number) => unknown | Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) await work(i);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

/** The value below which a fraction `p` (0 to 1) of the samples lie, by the nearest-rank method. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))]!;
}
