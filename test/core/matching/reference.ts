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

/**
 * The same optimum by min-cost flow for instances too large for brute force: successive shortest
 * paths with Bellman–Ford (queue-based) from zero flow, each pair costing −(BIG + score) so that
 * every augmentation (one more matched mentee) is worth more than any score; SSP gives the
 * cheapest flow of every size, so the last one is the lexicographic optimum. Independent of the
 * solver (no duals, no heaps, no candidates).
 */
export function flowOptimum(problem: AssignmentProblem): { matched: number; totalScore: number } {
  const { mentees: m, mentors: n, capacity, score } = problem;
  const big = 101 * (m + 1);
  const source = m + n;
  const sink = m + n + 1;
  const nodes = m + n + 2;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: nodes }, () => []);
  const edge = (a: number, b: number, c: number, w: number) => {
    out[a].push(to.length);
    to.push(b);
    cap.push(c);
    cost.push(w);
    out[b].push(to.length);
    to.push(a);
    cap.push(0);
    cost.push(-w);
  };
  for (let i = 0; i < m; i++) edge(source, i, 1, 0);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) if (score[i * n + j] >= 0) edge(i, m + j, 1, -(big + score[i * n + j]));
  for (let j = 0; j < n; j++) edge(m + j, sink, Math.max(0, capacity[j]), 0);
  let matched = 0;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(nodes).fill(-1);
    const queued = new Array<boolean>(nodes).fill(false);
    dist[source] = 0;
    const queue = [source];
    queued[source] = true;
    while (queue.length > 0) {
      const a = queue.shift() as number;
      queued[a] = false;
      for (const e of out[a]) {
        if (cap[e] === 0 || dist[a] + cost[e] >= dist[to[e]]) continue;
        dist[to[e]] = dist[a] + cost[e];
        via[to[e]] = e;
        if (!queued[to[e]]) {
          queued[to[e]] = true;
          queue.push(to[e]);
        }
      }
    }
    if (dist[sink] === Number.POSITIVE_INFINITY || dist[sink] >= 0) break;
    for (let b = sink; b !== source; b = to[via[b] ^ 1]) {
      cap[via[b]]--;
      cap[via[b] ^ 1]++;
    }
    matched++;
    total += -dist[sink] - big;
  }
  return { matched, totalScore: total };
}
