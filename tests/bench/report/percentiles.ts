export interface LatencyStats {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentiles; a missing sample (an edit that never arrived) counts as Infinity. */
export function summarizeLatencies(samples: readonly number[]): LatencyStats {
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? Number.NaN;
  return { count: sorted.length, min: sorted[0] ?? Number.NaN, p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}
