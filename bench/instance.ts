import { readFileSync } from 'node:fs';
import type { AssignmentProblem } from '../src/core/matching/assignment/solve-assignment';

/** The instance format: {"M", "N", "cap": [N], "score": [M*N, row-major, 0..100 or -1]}. */
export interface InstanceFile {
  M: number;
  N: number;
  cap: number[];
  score: number[];
}

export function readInstance(path: string): AssignmentProblem {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as InstanceFile;
  if (raw.cap.length !== raw.N || raw.score.length !== raw.M * raw.N) {
    throw new Error(`${path}: expected ${raw.N} capacities and ${raw.M * raw.N} scores`);
  }
  return { mentees: raw.M, mentors: raw.N, capacity: Int32Array.from(raw.cap), score: Int32Array.from(raw.score) };
}

/** Matched count first, then total score, as one comparable number (score totals stay below 10^9). */
export function objectiveOf(matched: number, totalScore: number): { matched: number; objective: number } {
  return { matched, objective: totalScore };
}
