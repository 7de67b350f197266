/**
 * npx tsx bench/baselines.ts <instance.json> [--munkres-max-mentees 800]
 * Runs, in the same process and on the same instance, the exact solver of the optimal mode, a
 * greedy baseline (best pairs first, as curators do by hand) and the `munkres` package on the
 * capacity-expanded matrix (one column per mentor place plus one «no pair» column per mentee).
 * Munkres is O(M²·(S+M)) and needs the M × (S+M) matrix: beyond the cap it is skipped (say so).
 * Prints one JSON line per solver: {"solver","M","N","matched","objective","solve_ms"}.
 */
import { munkres } from 'munkres';
import { type AssignmentProblem, MAX_SCORE, solveAssignment } from '../src/core/matching/assignment/solve-assignment';
import { readInstance } from './instance';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
const capIndex = args.indexOf('--munkres-max-mentees');
const munkresMax = capIndex >= 0 ? Number(args[capIndex + 1]) : 800;
if (!path) {
  console.error('usage: npx tsx bench/baselines.ts <instance.json> [--munkres-max-mentees 800]');
  process.exit(2);
}
const problem = readInstance(path);

report('exact (auction, this project)', () => {
  const r = solveAssignment(problem);
  return { matched: r.matched, objective: r.totalScore };
});
report('greedy (best score first)', () => greedy(problem));
if (problem.mentees <= munkresMax) report('munkres (capacity-expanded)', () => viaMunkres(problem));
else
  console.log(
    JSON.stringify({
      solver: 'munkres (capacity-expanded)',
      M: problem.mentees,
      N: problem.mentors,
      skipped: `M > ${munkresMax}: the expanded matrix and O(M²(S+M)) time are too large`,
    }),
  );

function report(solver: string, solve: () => { matched: number; objective: number }): void {
  const started = performance.now();
  const { matched, objective } = solve();
  const solveMs = Math.round((performance.now() - started) * 10) / 10;
  console.log(
    JSON.stringify({ solver, M: problem.mentees, N: problem.mentors, matched, objective, solve_ms: solveMs }),
  );
}

function greedy({ mentees: m, mentors: n, capacity, score }: AssignmentProblem) {
  const pairs: number[] = [];
  for (let k = 0; k < m * n; k++) if (score[k] >= 0) pairs.push(k);
  pairs.sort((a, b) => score[b] - score[a] || a - b);
  const left = Array.from(capacity);
  const taken = new Uint8Array(m);
  let matched = 0;
  let objective = 0;
  for (const k of pairs) {
    const i = Math.floor(k / n);
    const j = k % n;
    if (taken[i] || left[j] <= 0) continue;
    taken[i] = 1;
    left[j]--;
    matched++;
    objective += score[k];
  }
  return { matched, objective };
}

function viaMunkres({ mentees: m, mentors: n, capacity, score }: AssignmentProblem) {
  const slots: number[] = [];
  for (let j = 0; j < n; j++) for (let c = 0; c < capacity[j]; c++) slots.push(j);
  const unmatched = MAX_SCORE * Math.min(m, slots.length) + MAX_SCORE + 1;
  const width = slots.length + m;
  const cost: Float64Array[] = [];
  for (let i = 0; i < m; i++) {
    const row = new Float64Array(width).fill(unmatched);
    slots.forEach((j, c) => {
      const s = score[i * n + j];
      row[c] = s >= 0 ? MAX_SCORE - s : 2 * unmatched;
    });
    cost.push(row);
  }
  let matched = 0;
  let objective = 0;
  for (const [i, c] of munkres(cost)) {
    if (c >= slots.length) continue;
    const s = score[i * n + slots[c]];
    if (s < 0) continue;
    matched++;
    objective += s;
  }
  return { matched, objective };
}
