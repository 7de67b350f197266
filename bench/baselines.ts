/**
 * npx tsx bench/baselines.ts <instance.json> [--munkres-max-mentees 800]
 * Runs, in the same process and on the same instance, the exact solver of the optimal mode, a
 * greedy baseline (best pairs first, as curators do by hand) and the `munkres` package on the
 * capacity-expanded matrix (one column per mentor place plus one «no pair» column per mentee).
 * Munkres is O(M²·(S+M)) and needs the M × (S+M) matrix: beyond the cap it is skipped (say so).
 * Prints one JSON line per solver: {"solver","M","N","matched","objective","solve_ms"}.
 */
import { solveAssignment } from '../src/core/matching/assignment/solve-assignment';
import { solveByAuction } from './auction-solver';
import { greedy, viaMunkres } from './baseline-solvers';
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

report('exact (shortest paths, this project)', () => {
  const r = solveAssignment(problem);
  return { matched: r.matched, objective: r.totalScore };
});
report('exact (auction, the previous solver)', () => {
  const r = solveByAuction(problem);
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
