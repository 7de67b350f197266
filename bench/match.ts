/**
 * npm run bench:match -- <instance.json>
 * Solves the instance with the exact optimal mode and prints one JSON line:
 * {"M","N","matched","objective","solve_ms"} (objective = total score of a maximum matching
 * with the highest total; "matched" is the primary objective).
 */
import { solveAssignment } from '../src/core/matching/assignment/solve-assignment';
import { readInstance } from './instance';

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run bench:match -- <instance.json>');
  process.exit(2);
}
const problem = readInstance(path);
const started = performance.now();
const result = solveAssignment(problem);
const solveMs = performance.now() - started;
console.log(
  JSON.stringify({
    M: problem.mentees,
    N: problem.mentors,
    matched: result.matched,
    objective: result.totalScore,
    solve_ms: Math.round(solveMs * 10) / 10,
  }),
);
