import { performance } from 'node:perf_hooks';
import { type Distribution, distribution, Tally } from './stats.js';

export interface ClosedLoopResult {
  readonly clients: number;
  readonly seconds: number;
  readonly ok: number;
  readonly rate: number;
  readonly latency: Distribution;
  readonly errors: Tally;
}

/** One transition: undefined when it succeeded, else a label to tally. */
export type Step<T> = (item: T, serial: number) => Promise<string | undefined>;

/**
 * Closed loop: `clients` concurrent workers, each cycling its own items (so no two requests ever
 * race on one instance) for `seconds`. Only successes count; one finishing after the window is
 * neither counted nor an error.
 */
export async function closedLoop<T>(
  items: readonly T[],
  clients: number,
  seconds: number,
  step: Step<T>,
): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  const errors = new Tally();
  let serial = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async (k: number) => {
    const own = items.filter((_, i) => i % clients === k);
    for (let i = 0; performance.now() < end; i++) {
      const t0 = performance.now();
      const failure = await step(own[i % own.length] as T, ++serial);
      const t1 = performance.now();
      if (t1 > end) break;
      if (failure === undefined) latencies.push(t1 - t0);
      else errors.add(failure);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => worker(k)));
  return {
    clients,
    seconds: (performance.now() - started) / 1000,
    ok: latencies.length,
    rate: latencies.length / seconds,
    latency: distribution(latencies),
    errors,
  };
}
