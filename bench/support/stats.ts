/** Latency samples in milliseconds, summarised the way the report prints them. */
export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Nearest-rank percentiles (no interpolation: every figure is a latency that was observed). */
export function distribution(samples: readonly number[]): Distribution {
  if (samples.length === 0)
    return { count: 0, min: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    min: sorted[0] as number,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
  };
}

export const ms = (value: number, digits = 1): string =>
  Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '—';

export const fmtDist = (d: Distribution, digits = 1): string =>
  d.count === 0
    ? 'sin muestras'
    : `min ${ms(d.min, digits)} · p50 ${ms(d.p50, digits)} · p95 ${ms(d.p95, digits)} · p99 ${ms(d.p99, digits)} · max ${ms(d.max, digits)}`;

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

export const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Counts of things by a label (status codes, error codes). */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }

  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  toString(): string {
    return this.total === 0
      ? 'ninguno'
      : [...this.counts].map(([label, count]) => `${count}× ${label}`).join(', ');
  }
}
