/**
 * Exact capacitated assignment: among all assignments of mentees to mentors that use only allowed
 * pairs (score ≥ 0) and respect each mentor's capacity, maximise the number of matched mentees,
 * then the total score. Scores are integers 0..100 (-1 = forbidden).
 *
 * Network: mentee →(100 − score) mentor →(0, capacity) T, and mentee →(D) T (“stays unmatched”).
 * D exceeds any possible score gain, so one more matched mentee always wins and the lexicographic
 * objective becomes one min-cost flow. It is solved by successive shortest paths (the Hungarian
 * method with one node per mentor instead of one column per slot), Dijkstra on reduced costs.
 *
 * Speed comes from pricing: each mentee first sees only its best few mentors. The solution on that
 * sparse graph comes with node potentials; if every other allowed pair has a non-negative reduced
 * cost under them, the potentials prove the solution optimal for the whole instance. Otherwise the
 * violating pairs join the graph and it is solved again. The answer is therefore always exact;
 * the candidate lists only decide how fast. Every quantity is an integer held exactly in a double.
 */
export interface AssignmentProblem {
  mentees: number;
  mentors: number;
  /** Capacity of each mentor (≥ 0). */
  capacity: ArrayLike<number>;
  /** mentees × mentors scores, row-major: 0..100, or -1 for a forbidden pair. */
  score: ArrayLike<number>;
}

export interface AssignmentResult {
  /** The mentor of each mentee, or -1 when the mentee stays unmatched. */
  mentorOf: Int32Array;
  matched: number;
  totalScore: number;
  /** Sparse solves needed before the optimality certificate held for every pair. */
  rounds: number;
}

export const MAX_SCORE = 100;
const INITIAL_CANDIDATES = 24;

/** `initialCandidates`: how many best mentors each mentee sees first (tests lower it to exercise pricing). */
export function solveAssignment(problem: AssignmentProblem, initialCandidatesPerMentee = INITIAL_CANDIDATES): AssignmentResult {
  const { mentees: m, mentors: n, score } = problem;
  const cap = Int32Array.from({ length: n }, (_, j) => Math.max(0, Math.floor(problem.capacity[j])));
  const totalCapacity = cap.reduce((sum, c) => sum + c, 0);
  const unmatchedCost = MAX_SCORE * Math.min(m, totalCapacity) + MAX_SCORE + 1;
  const candidates = initialCandidates(problem, cap, initialCandidatesPerMentee);
  let rounds = 0;
  for (;;) {
    rounds++;
    const graph = toGraph(candidates, score, n);
    const solved = solveSparse(m, n, cap, graph, unmatchedCost);
    const added = addViolations(problem, cap, solved, candidates);
    if (added === 0) {
      let matched = 0;
      let totalScore = 0;
      solved.mentorOf.forEach((j, i) => {
        if (j < 0) return;
        matched++;
        totalScore += score[i * n + j];
      });
      return { mentorOf: solved.mentorOf, matched, totalScore, rounds };
    }
  }
}

/** Each mentee's allowed mentors with the highest scores (ties: lower index), at most `k`. */
function initialCandidates(problem: AssignmentProblem, cap: Int32Array, k: number): number[][] {
  const { mentees: m, mentors: n, score } = problem;
  const lists: number[][] = [];
  const byScore: number[][] = Array.from({ length: MAX_SCORE + 1 }, () => []);
  for (let i = 0; i < m; i++) {
    for (const bucket of byScore) bucket.length = 0;
    for (let j = 0; j < n; j++) {
      const s = score[i * n + j];
      if (s >= 0 && cap[j] > 0) byScore[s].push(j);
    }
    const list: number[] = [];
    for (let s = MAX_SCORE; s >= 0 && list.length < k; s--) {
      for (const j of byScore[s]) {
        if (list.length === k) break;
        list.push(j);
      }
    }
    lists.push(list);
  }
  return lists;
}

interface SparseGraph {
  start: Int32Array;
  mentor: Int32Array;
  cost: Float64Array;
}

function toGraph(candidates: number[][], score: ArrayLike<number>, n: number): SparseGraph {
  const start = new Int32Array(candidates.length + 1);
  candidates.forEach((list, i) => {
    start[i + 1] = start[i] + list.length;
  });
  const mentor = new Int32Array(start[candidates.length]);
  const cost = new Float64Array(start[candidates.length]);
  candidates.forEach((list, i) => {
    list.forEach((j, k) => {
      mentor[start[i] + k] = j;
      cost[start[i] + k] = MAX_SCORE - score[i * n + j];
    });
  });
  return { start, mentor, cost };
}

/**
 * Full pricing: an allowed pair outside the graph with a negative reduced cost could improve the
 * solution, so it joins the graph. Returns how many pairs were added (0 = the solution is optimal).
 */
function addViolations(problem: AssignmentProblem, cap: Int32Array, solved: SparseSolution, candidates: number[][]): number {
  const { mentees: m, mentors: n, score } = problem;
  const inGraph = new Uint8Array(n);
  let added = 0;
  for (let i = 0; i < m; i++) {
    const list = candidates[i];
    for (const j of list) inGraph[j] = 1;
    const base = i * n;
    const potential = solved.potMentee[i];
    const before = list.length;
    for (let j = 0; j < n; j++) {
      const s = score[base + j];
      if (s < 0 || cap[j] === 0 || inGraph[j] === 1) continue;
      if (MAX_SCORE - s + potential - solved.potMentor[j] < 0) list.push(j);
    }
    for (let k = 0; k < before; k++) inGraph[list[k]] = 0;
    added += list.length - before;
  }
  return added;
}

interface SparseSolution {
  mentorOf: Int32Array;
  potMentee: Float64Array;
  potMentor: Float64Array;
}

/**
 * Successive shortest paths, one mentee at a time. Potentials follow Johnson's rule; T's potential
 * stays 0 (it is always the target), so only the nodes a search settled are updated. A mentor and
 * the mentees it holds are settled together: the edges back to them are tight.
 */
function solveSparse(m: number, n: number, cap: Int32Array, graph: SparseGraph, unmatchedCost: number): SparseSolution {
  const { start, mentor: adjMentor, cost: adjCost } = graph;
  const offset = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) offset[j + 1] = offset[j] + cap[j];
  const slots = new Int32Array(offset[n]);
  const load = new Int32Array(n);
  const mentorOf = new Int32Array(m).fill(-1);
  const potMentee = new Float64Array(m);
  const potMentor = new Float64Array(n);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const reachedFrom = new Int32Array(n);
  const settled = new Uint8Array(n);
  const touched = new Int32Array(n);
  const settledMentees = new Int32Array(m);
  const menteeDist = new Float64Array(m);
  const heap = new MinHeap(n);

  for (let r = 0; r < m; r++) {
    let potential = -unmatchedCost;
    for (let e = start[r]; e < start[r + 1]; e++) {
      const candidate = potMentor[adjMentor[e]] - adjCost[e];
      if (candidate > potential) potential = candidate;
    }
    potMentee[r] = potential;

    let touchedCount = 0;
    let settledMenteeCount = 0;
    let best = unmatchedCost + potential;
    let bestMentor = -1;
    let bestMentee = r;
    heap.clear();

    const relaxFrom = (mentee: number, menteeDistance: number): void => {
      settledMentees[settledMenteeCount++] = mentee;
      menteeDist[mentee] = menteeDistance;
      const reduced = menteeDistance + potMentee[mentee];
      if (mentee !== r && reduced + unmatchedCost < best) {
        best = reduced + unmatchedCost;
        bestMentor = -1;
        bestMentee = mentee;
      }
      for (let e = start[mentee]; e < start[mentee + 1]; e++) {
        const j = adjMentor[e];
        if (settled[j] === 1) continue;
        const d = reduced + adjCost[e] - potMentor[j];
        if (d < dist[j]) {
          if (dist[j] === Number.POSITIVE_INFINITY) touched[touchedCount++] = j;
          dist[j] = d;
          reachedFrom[j] = mentee;
          heap.push(d, j);
        }
      }
    };

    relaxFrom(r, 0);
    while (heap.size > 0) {
      const next = heap.topValue();
      const nextDist = heap.topKey();
      if (nextDist >= best) break;
      heap.pop();
      if (settled[next] === 1 || nextDist !== dist[next]) continue;
      settled[next] = 1;
      if (load[next] < cap[next]) {
        const toT = nextDist + potMentor[next];
        if (toT < best) {
          best = toT;
          bestMentor = next;
          bestMentee = -1;
        }
        continue;
      }
      for (let k = offset[next]; k < offset[next + 1]; k++) relaxFrom(slots[k], nextDist);
    }

    augment(bestMentor, bestMentee, r);

    for (let k = 0; k < touchedCount; k++) {
      const j = touched[k];
      if (settled[j] === 1) potMentor[j] -= best - dist[j];
      settled[j] = 0;
      dist[j] = Number.POSITIVE_INFINITY;
    }
    for (let k = 0; k < settledMenteeCount; k++) {
      const i = settledMentees[k];
      potMentee[i] -= best - menteeDist[i];
    }
  }
  return { mentorOf, potMentee, potMentor };

  /** Shifts each mentee on the path one step: the last one to a free mentor or out, the new one in. */
  function augment(lastMentor: number, leavingMentee: number, first: number): void {
    let mentor: number;
    let mentee: number;
    if (lastMentor >= 0) {
      mentee = reachedFrom[lastMentor];
      slots[offset[lastMentor] + load[lastMentor]] = mentee;
      load[lastMentor]++;
      mentor = mentorOf[mentee];
      mentorOf[mentee] = lastMentor;
    } else {
      mentee = leavingMentee;
      mentor = mentorOf[mentee];
      mentorOf[mentee] = -1;
    }
    while (mentee !== first) {
      // `mentor` lost `mentee`; the mentee that reached `mentor` on the path takes its slot.
      const incoming = reachedFrom[mentor];
      for (let k = offset[mentor]; k < offset[mentor] + load[mentor]; k++) {
        if (slots[k] === mentee) {
          slots[k] = incoming;
          break;
        }
      }
      mentee = incoming;
      const previous = mentorOf[mentee];
      mentorOf[mentee] = mentor;
      mentor = previous;
    }
  }
}

/** A binary min-heap of (key, value) with lazy deletion; ties pop the smaller value first. */
class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  topValue(): number {
    return this.values[0];
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(key, value, this.keys[parent], this.values[parent])) break;
      this.keys[i] = this.keys[parent];
      this.values[i] = this.values[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    const key = this.keys[last];
    const value = this.values[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.less(this.keys[child + 1], this.values[child + 1], this.keys[child], this.values[child])) child++;
      if (!this.less(this.keys[child], this.values[child], key, value)) break;
      this.keys[i] = this.keys[child];
      this.values[i] = this.values[child];
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  private less(keyA: number, valueA: number, keyB: number, valueB: number): boolean {
    return keyA < keyB || (keyA === keyB && valueA < valueB);
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Int32Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
