/** The baselines the exact solver is compared with: greedy (as curators do by hand) and munkres. */
import { munkres } from 'munkres';
import { type AssignmentProblem, MAX_SCORE } from '../src/core/matching/assignment/solve-assignment';

export function greedy({ mentees: m, mentors: n, capacity, score }: AssignmentProblem) {
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

export function viaMunkres({ mentees: m, mentors: n, capacity, score }: AssignmentProblem) {
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
