import type { AssignmentProblem } from '../../../src/core/matching/assignment/solve-assignment';

/** Brute force over every mentee's choice (a mentor or nobody), memoised on remaining capacities. */
export function referenceOptimum(problem: AssignmentProblem): { matched: number; totalScore: number } {
  const { mentees: m, mentors: n, capacity, score } = problem;
  const memo = new Map<string, [number, number]>();
  const left = Array.from({ length: n }, (_, j) => capacity[j]);
  const best = (i: number): [number, number] => {
    if (i === m) return [0, 0];
    const key = `${i}|${left.join(',')}`;
    const known = memo.get(key);
    if (known) return known;
    let result = best(i + 1);
    for (let j = 0; j < n; j++) {
      const s = score[i * n + j];
      if (s < 0 || left[j] === 0) continue;
      left[j]--;
      const [matched, total] = best(i + 1);
      left[j]++;
      const candidate: [number, number] = [matched + 1, total + s];
      if (candidate[0] > result[0] || (candidate[0] === result[0] && candidate[1] > result[1])) result = candidate;
    }
    memo.set(key, result);
    return result;
  };
  const [matched, totalScore] = best(0);
  return { matched, totalScore };
}
