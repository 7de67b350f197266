/** Small descriptive statistics for entry → exit comparisons (domain §6). */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample standard deviation (n − 1); null below two values. */
export function standardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values) as number;
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

export type EffectLabel = 'большой' | 'средний' | 'малый' | 'несущественный';

export interface PairedSummary {
  n: number;
  entryMean: number | null;
  exitMean: number | null;
  meanDifference: number | null;
  sdDifference: number | null;
  shareImproved: number | null;
  /** Mean difference / SD of differences (Cohen's d for paired samples); null when undefined. */
  effectSize: number | null;
  effectLabel: EffectLabel | null;
}

/** Paired entry/exit values of the same people. */
export function pairedSummary(pairs: ReadonlyArray<readonly [entry: number, exit: number]>): PairedSummary {
  const differences = pairs.map(([entry, exit]) => exit - entry);
  const meanDifference = mean(differences);
  const sdDifference = standardDeviation(differences);
  const effectSize =
    meanDifference !== null && sdDifference !== null && sdDifference > 0 ? meanDifference / sdDifference : null;
  return {
    n: pairs.length,
    entryMean: mean(pairs.map(([entry]) => entry)),
    exitMean: mean(pairs.map(([, exit]) => exit)),
    meanDifference,
    sdDifference,
    shareImproved: pairs.length === 0 ? null : differences.filter((d) => d > 0).length / pairs.length,
    effectSize,
    effectLabel: effectSize === null ? null : effectLabel(effectSize),
  };
}

/** Conventional thresholds on |d|: 0.2 small, 0.5 medium, 0.8 large. */
export function effectLabel(d: number): EffectLabel {
  const size = Math.abs(d);
  if (size >= 0.8) return 'большой';
  if (size >= 0.5) return 'средний';
  if (size >= 0.2) return 'малый';
  return 'несущественный';
}

export function round(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
