import { describe, expect, it } from 'vitest';
import { effectLabel, mean, pairedSummary, standardDeviation } from '../../../src/core/survey/statistics';

describe('paired statistics', () => {
  it('match values computed by hand', () => {
    // differences 2, 0, 4, 2 → mean 2; squares of deviations 0+4+4+0 = 8; SD = √(8/3) = 1.63299
    const summary = pairedSummary([
      [5, 7],
      [6, 6],
      [4, 8],
      [7, 9],
    ]);
    expect(summary.n).toBe(4);
    expect(summary.entryMean).toBe(5.5);
    expect(summary.exitMean).toBe(7.5);
    expect(summary.meanDifference).toBe(2);
    expect(summary.sdDifference).toBeCloseTo(1.63299, 5);
    expect(summary.effectSize).toBeCloseTo(1.22474, 5);
    expect(summary.effectLabel).toBe('большой');
    expect(summary.shareImproved).toBe(0.75);
  });

  it('leaves the effect undefined when every difference is the same or there is one pair', () => {
    expect(
      pairedSummary([
        [3, 5],
        [4, 6],
      ]).effectSize,
    ).toBeNull();
    expect(pairedSummary([[3, 5]]).sdDifference).toBeNull();
    expect(pairedSummary([]).entryMean).toBeNull();
  });

  it('labels effects by the conventional thresholds', () => {
    expect(effectLabel(0.19)).toBe('несущественный');
    expect(effectLabel(0.2)).toBe('малый');
    expect(effectLabel(-0.5)).toBe('средний');
    expect(effectLabel(0.8)).toBe('большой');
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
  });
});
