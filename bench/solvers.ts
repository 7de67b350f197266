/**
 * npx tsx bench/solvers.ts [--sizes 2000x500,5000x1250] [--munkres-max-mentees 2000] [--auction-max-mentees 2000] [--seed 1]
 * Every instance family of generate-instance.ts at every size, in one run: the exact solver of the
 * optimal mode against the previous auction solver and munkres on the capacity-expanded matrix
 * (where they are feasible), checking that the exact answers agree. One JSON line per instance,
 * then the worst ratio (ours ÷ the fastest baseline) and the slowest instance.
 */
import { solveAssignment } from '../src/core/matching/assignment/solve-assignment';
import { solveByAuction } from './auction-solver';
import { viaMunkres } from './baseline-solvers';
import { FAMILIES, generateInstance } from './generate-instance';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const sizes = option('sizes', '2000x500,5000x1250')
  .split(',')
  .map((size) => size.split('x').map(Number));
const munkresMax = Number(option('munkres-max-mentees', '2000'));
const auctionMax = Number(option('auction-max-mentees', '2000'));
const seed = Number(option('seed', '1'));
const families = ['uniform', 'contended', ...Object.keys(FAMILIES)];

let worst = { ratio: 0, instance: '' };
let slowest = { ms: 0, instance: '' };
for (const [m, n] of sizes) {
  for (const family of families) {
    const raw = generateInstance(family, m, n, 4, seed);
    const problem = {
      mentees: raw.M,
      mentors: raw.N,
      capacity: Int32Array.from(raw.cap),
      score: Int32Array.from(raw.score),
    };
    const name = `${family} ${m}×${n}`;
    const ours = timed(() => solveAssignment(problem));
    const line: Record<string, unknown> = {
      instance: name,
      places: raw.cap.reduce((a, b) => a + b, 0),
      matched: ours.value.matched,
      objective: ours.value.totalScore,
      ours_ms: ours.ms,
    };
    const baselines: number[] = [];
    if (m <= auctionMax) {
      const auction = timed(() => solveByAuction(problem));
      line.auction_ms = auction.ms;
      line.auction_agrees = agree(ours.value, auction.value);
      baselines.push(auction.ms);
    }
    if (m <= munkresMax) {
      const hungarian = timed(() => viaMunkres(problem));
      line.munkres_ms = hungarian.ms;
      line.munkres_agrees =
        ours.value.matched === hungarian.value.matched && ours.value.totalScore === hungarian.value.objective;
      baselines.push(hungarian.ms);
    }
    if (baselines.length > 0) {
      const ratio = ours.ms / Math.min(...baselines);
      line.ratio = Math.round(ratio * 1000) / 1000;
      if (ratio > worst.ratio) worst = { ratio: line.ratio as number, instance: name };
    }
    if (ours.ms > slowest.ms) slowest = { ms: ours.ms, instance: name };
    console.log(JSON.stringify(line));
  }
}
console.log(JSON.stringify({ worst_ratio: worst, slowest_ours: slowest }));

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: Math.round((performance.now() - started) * 10) / 10 };
}

function agree(a: { matched: number; totalScore: number }, b: { matched: number; totalScore: number }): boolean {
  return a.matched === b.matched && a.totalScore === b.totalScore;
}
