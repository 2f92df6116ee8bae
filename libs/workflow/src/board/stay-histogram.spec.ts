import { bucketBounds, bucketOf, percentileOf } from './stay-histogram.js';

const histogramOf = (seconds: number[]) => {
  const histogram = new Map<number, number>();
  for (const s of seconds) histogram.set(bucketOf(s), (histogram.get(bucketOf(s)) ?? 0) + 1);
  return histogram;
};

const exact = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (rank - low);
};

describe('stay histograms', () => {
  it('puts each duration in the bucket whose bounds hold it', () => {
    for (const seconds of [0, 0.5, 1, 59, 3600, 86_400 * 3, 86_400 * 400]) {
      const [low, high] = bucketBounds(bucketOf(seconds));
      expect(seconds < high && (seconds >= low || low <= 1)).toBe(true);
    }
  });

  it('gives median and p90 within 10 % of the exact percentiles', () => {
    // Hours to days, as stays are: a deterministic spread.
    const values = Array.from({ length: 5_000 }, (_, i) => 600 + ((i * 7919) % 500_000));
    const histogram = histogramOf(values);
    for (const p of [0.5, 0.9]) {
      const estimate = percentileOf(histogram, p);
      expect(Math.abs(estimate - exact(values, p)) / exact(values, p)).toBeLessThan(0.1);
    }
  });

  it('one stay is its own median and p90, within its bucket', () => {
    const histogram = histogramOf([3600]);
    for (const p of [0.5, 0.9]) {
      const estimate = percentileOf(histogram, p);
      expect(Math.abs(estimate - 3600) / 3600).toBeLessThan(0.05);
    }
  });

  it('an empty histogram is 0', () => {
    expect(percentileOf(new Map(), 0.5)).toBe(0);
  });
});
