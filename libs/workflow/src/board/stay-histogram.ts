/**
 * Durations in buckets 10 % wider each: bucket b holds [1.1^b, 1.1^(b+1)) seconds (bucket 0 also
 * holds less than a second). Percentiles read from them are within 5 % of the exact ones, and a
 * window of any length is a sum of a few hundred counters.
 */
export const BUCKET_GROWTH = 1.1;

/** The bucket of a duration, as SQL over an interval expression (the same rule as bucketOf). */
export const bucketSql = (interval: string) =>
  `floor(ln(greatest(extract(epoch FROM ${interval}), 1)) / ln(${BUCKET_GROWTH}))::smallint`;

export function bucketOf(seconds: number): number {
  return Math.floor(Math.log(Math.max(seconds, 1)) / Math.log(BUCKET_GROWTH));
}

/** [low, high) seconds of a bucket. */
export function bucketBounds(bucket: number): [number, number] {
  return [bucket === 0 ? 0 : BUCKET_GROWTH ** bucket, BUCKET_GROWTH ** (bucket + 1)];
}

/**
 * The p-th percentile (0..1) of a histogram, interpolated like percentile_cont: the rank p·(n−1)
 * falls in a bucket, and within it the stays are taken as evenly spread (geometrically).
 */
export function percentileOf(histogram: ReadonlyMap<number, number>, p: number): number {
  const buckets = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return 0;
  const rank = p * (total - 1);
  let before = 0;
  for (const [bucket, count] of buckets) {
    if (rank < before + count) {
      const [low, high] = bucketBounds(bucket);
      const fraction = (rank - before + 0.5) / count;
      return low === 0 ? high * fraction : low * (high / low) ** fraction;
    }
    before += count;
  }
  const [, high] = bucketBounds(buckets.at(-1)?.[0] ?? 0);
  return high;
}
