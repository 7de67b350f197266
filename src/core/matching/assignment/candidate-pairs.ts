import type { PairTable } from './pair-table';

/**
 * The pairs worth trying first: for each mentee its `perSide` best-scoring mentors and for each
 * mentor its `perSide` best-scoring mentees (ties at the threshold score all stay). An optimal
 * assignment almost always lives among them, and the solver proves it on the full table with the
 * duals (see `violatedPairs`); only where the proof fails are more pairs let in.
 * Returns a mask over the pairs of `table` (1 = candidate).
 */
export function candidateMask(table: PairTable, perSide: number): Uint8Array {
  const { mentees: m, mentors: n, start, mentor, score } = table;
  const menteeThreshold = new Int32Array(m);
  const rowHistogram = new Int32Array(SCORES);
  for (let i = 0; i < m; i++) {
    rowHistogram.fill(0);
    for (let e = start[i]; e < start[i + 1]; e++) rowHistogram[score[e]]++;
    menteeThreshold[i] = thresholdOf(rowHistogram, 0, perSide);
  }
  const columnHistogram = new Int32Array(n * SCORES);
  for (let e = 0; e < mentor.length; e++) columnHistogram[mentor[e] * SCORES + score[e]]++;
  const mentorThreshold = Int32Array.from({ length: n }, (_, j) => thresholdOf(columnHistogram, j * SCORES, perSide));
  const mask = new Uint8Array(mentor.length);
  for (let i = 0; i < m; i++)
    for (let e = start[i]; e < start[i + 1]; e++)
      if (score[e] >= menteeThreshold[i] || score[e] >= mentorThreshold[mentor[e]]) mask[e] = 1;
  return mask;
}

/** The pairs of `table` marked in `mask`, as a table of their own (same mentees and mentors). */
export function maskedTable(table: PairTable, mask: Uint8Array): PairTable {
  let kept = 0;
  for (let e = 0; e < mask.length; e++) kept += mask[e];
  const start = new Int32Array(table.mentees + 1);
  const mentor = new Int32Array(kept);
  const score = new Uint8Array(kept);
  let k = 0;
  for (let i = 0; i < table.mentees; i++) {
    for (let e = table.start[i]; e < table.start[i + 1]; e++) {
      if (mask[e] === 0) continue;
      mentor[k] = table.mentor[e];
      score[k++] = table.score[e];
    }
    start[i + 1] = k;
  }
  return { mentees: table.mentees, mentors: table.mentors, start, mentor, score };
}

const SCORES = 101;

/** The lowest score s such that at least `wanted` entries score ≥ s (0 when there are fewer). */
function thresholdOf(histogram: Int32Array, base: number, wanted: number): number {
  let seen = 0;
  for (let s = SCORES - 1; s > 0; s--) {
    seen += histogram[base + s];
    if (seen >= wanted) return s;
  }
  return 0;
}
