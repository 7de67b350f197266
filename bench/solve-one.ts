/**
 * npx tsx bench/solve-one.ts <family> [mentees] [mentors] [seed]
 * One family at one size with the exact solver only (profiling, quick A/B): one JSON line.
 */
import { solveAssignment } from '../src/core/matching/assignment/solve-assignment';
import { generateInstance } from './generate-instance';

const [family = 'contended', m = '5000', n = '1250', seed = '1'] = process.argv.slice(2);
const raw = generateInstance(family, Number(m), Number(n), 4, Number(seed));
const problem = {
  mentees: raw.M,
  mentors: raw.N,
  capacity: Int32Array.from(raw.cap),
  score: Int32Array.from(raw.score),
};
const started = performance.now();
const result = solveAssignment(problem);
const ms = Math.round((performance.now() - started) * 10) / 10;
console.log(
  JSON.stringify({
    instance: `${family} ${m}×${n}`,
    matched: result.matched,
    objective: result.totalScore,
    ms,
    work: result.work,
  }),
);
