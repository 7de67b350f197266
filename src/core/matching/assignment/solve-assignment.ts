import { candidateMask, maskedTable } from './candidate-pairs';
import { IndexedMinHeap } from './min-heap';
import { type PairTable, pairTableFromDense } from './pair-table';

/**
 * Exact capacitated assignment: among all assignments of mentees to mentors that use only allowed
 * pairs and respect each mentor's capacity, maximise the number of matched mentees, then the total
 * score. Scores are integers 0..100.
 *
 * Method: successive shortest augmenting paths (the Hungarian method in Jonker–Volgenant form) on
 * the mentor level, never on expanded places. A pair costs 100 − score; staying unmatched costs
 * D = 100·min(mentees, places) + 1, more than any score can buy back, so one more matched mentee
 * always wins and the lexicographic objective is one min-cost problem. Mentees join one at a time;
 * for each, Dijkstra over mentors with reduced costs (dual potentials u for mentees, v for mentors)
 * finds the cheapest way to fit it in: a chain of moves ending at a mentor with a free place, or at
 * some mentee of the chain giving up its pair. The duals keep every reduced cost ≥ 0 and every pair
 * in use at 0, so after the last mentee the assignment is optimal (LP duality). The mentees that
 * cannot reach a free place wait for a second phase (see `run`), where staying unmatched is priced
 * as low as the duals allow.
 *
 * The nearest mentor comes from a binary heap, and a mentee's pairs (kept best score first) are
 * relaxed lazily: only as far as their lower bound (every v ≤ 0) is below the heap's next key, the
 * rest waits in the heap under that bound — most searches end long before a popular mentor's
 * holders have relaxed their worse pairs.
 *
 * Work is bounded by construction: one Dijkstra per mentee, each taking a mentee's pairs at most
 * once, settling a mentor at most once and taking a mentee's waiting pairs out of the heap at most
 * once per pair — at most mentees × (2 · allowed pairs + mentees + 2 · mentors) steps, on any
 * instance (`work` counts them; tests hold the bound). A greedy start (each mentee takes its best
 * mentor while it has room, which is already optimal for it under the initial duals) leaves
 * Dijkstra only the contended mentees. All numbers are integers, exact in doubles. Where places <
 * mentees the solve runs on candidate pairs first and is proved on the full table (see `solvePairs`).
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
  /** Pair relaxations and scans done: never above `workBound` of the same problem. */
  work: number;
}

export const MAX_SCORE = 100;

/** A dense matrix (tests, benchmarks): converted to the pair table first. */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentResult {
  return solvePairs(pairTableFromDense(problem.mentees, problem.mentors, problem.score), problem.capacity, options);
}

/**
 * Solving on a mentee's candidate pairs first (`candidate-pairs.ts`) and proving optimality on the
 * full table takes at most this many rounds before the full table is solved directly.
 */
const CANDIDATE_ROUNDS = 3;
const CANDIDATES_PER_SIDE = 48;
/** Pairs this close to tight join the candidates along with the violated ones (fewer rounds, measured). */
const NEAR_TIGHT = 1;

export interface SolveOptions {
  /** How many best pairs per mentee and per mentor the first round tries (tests make it tiny). */
  candidatesPerSide?: number;
  /**
   * Candidates are tried while they are at most this share of the allowed pairs (by default a
   * third when places < mentees, else none).
   */
  candidateShare?: number;
  /** How many pairs a mentee's row relaxes at least each time it is taken up (tests make it 1). */
  relaxAtLeast?: number;
}

/** The guaranteed ceiling of `work` (see the method above): every round bounded, as many rounds. */
export function workBound(table: PairTable): number {
  const { mentees: m, mentors: n } = table;
  const oneSolve = (2 * m + 1) * (2 * table.start[m] + m + 2 * n + 2);
  return (CANDIDATE_ROUNDS + 1) * oneSolve + CANDIDATE_ROUNDS * (3 * table.start[m] + m + n);
}

/**
 * Most of an optimal assignment's pairs are among each side's best few, so the first rounds solve
 * on candidate pairs only (searches then relax a few dozen pairs per mentee instead of every
 * allowed one) and check the result with its duals against every allowed pair: no pair with a
 * negative reduced cost, and no path over all allowed pairs from an unmatched mentee to a free
 * place (so the matched count is the full table's maximum, see `run`), mean the candidate optimum
 * is the optimum of the full table (LP duality — the duals also hold for the pairs left out).
 * Pairs that fail either check join the candidates; after CANDIDATE_ROUNDS the full table is solved.
 */
export function solvePairs(
  fullTable: PairTable,
  capacity: ArrayLike<number>,
  options: SolveOptions = {},
): AssignmentResult {
  const cap = Int32Array.from({ length: fullTable.mentors }, (_, j) => Math.max(0, Math.floor(capacity[j])));
  const table = withoutFullMentors(fullTable, cap);
  const perSide = options.candidatesPerSide ?? CANDIDATES_PER_SIDE;
  const relaxAtLeast = Math.max(1, options.relaxAtLeast ?? RELAX_AT_LEAST);
  let work = 0;
  let places = 0;
  for (let j = 0; j < cap.length; j++) places += cap[j];
  const share = options.candidateShare ?? (places < table.mentees ? CANDIDATE_SHARE : 0);
  // With no share allowed, no candidate round runs: the mask is not worth building.
  const mask = share > 0 ? candidateMask(table, perSide) : new Uint8Array(0);
  for (let round = 0; round < CANDIDATE_ROUNDS && share > 0 && sparseEnough(mask, share); round++) {
    const solver = new ShortestPaths(maskedTable(table, mask), cap, relaxAtLeast);
    solver.run();
    work += solver.work + mask.length;
    // Both checks always run, so that the next round gets every pair either of them found.
    const violated = solver.markViolated(table, mask);
    const augmenting = solver.markAugmenting(table, mask);
    work += 2 * mask.length + table.mentees + table.mentors;
    if (violated === 0 && augmenting === 0) return resultOf(solver, table.mentees, work);
  }
  const solver = new ShortestPaths(table, cap, relaxAtLeast);
  solver.run();
  return resultOf(solver, table.mentees, work + solver.work);
}

/**
 * A search costs about as much on a third of the pairs as on all of them (measured: the long
 * searches scan most mentors either way), so candidates only pay while they stay this sparse —
 * and, since searches relax a mentee's pairs lazily, only where many mentees must stay out
 * (places < mentees): every one of them costs a search over most mentors of the full table, far
 * less on the candidates. Elsewhere the extra rounds cost more than they save (measured), and the
 * full table is solved at once.
 */
const CANDIDATE_SHARE = 1 / 3;

function sparseEnough(mask: Uint8Array, share: number): boolean {
  let kept = 0;
  for (let e = 0; e < mask.length; e++) kept += mask[e];
  return kept <= mask.length * share && kept < mask.length;
}

function resultOf(solver: ShortestPaths, mentees: number, work: number): AssignmentResult {
  let matched = 0;
  let totalScore = 0;
  for (let i = 0; i < mentees; i++) {
    const j = solver.mentorOf[i];
    if (j < 0) continue;
    matched++;
    totalScore += MAX_SCORE - solver.costOf(i, j);
  }
  return { mentorOf: solver.mentorOf, matched, totalScore, work };
}

class ShortestPaths {
  readonly mentorOf: Int32Array;
  work = 0;
  private readonly m: number;
  private readonly n: number;
  private readonly start: Int32Array;
  private readonly adjacent: Int32Array;
  private readonly score: Uint8Array;
  private readonly cap: Int32Array;
  private readonly load: Int32Array;
  /** Holders of mentor j: holder[offset[j]] … holder[offset[j] + load[j] − 1]. */
  private readonly offset: Int32Array;
  private readonly holder: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly u: Float64Array;
  private readonly v: Float64Array;
  /** The cost of a mentee staying unmatched, set for the second phase (see `run`). */
  private unmatchedCost = 0;
  // Dijkstra state, reset after each search over what it touched.
  private readonly dist: Float64Array;
  private readonly pred: Int32Array;
  private readonly scanned: Uint8Array;
  /**
   * Reached, unscanned mentors j keyed by 2·distance + (1 when full) — among equals a free one
   * first — and the unrelaxed rest of each scanned mentee i's pairs (item n + i) keyed by
   * 2·(a lower bound of its distances) + 1.
   */
  private readonly heap: IndexedMinHeap;
  /** For a scanned mentee: its distance − u + MAX_SCORE, and where its unrelaxed pairs begin. */
  private readonly rowBase: Float64Array;
  private readonly rowNext: Int32Array;
  /**
   * An upper bound of v over each mentee's mentors (0 until the row was seen whole; v only
   * decreases, so a maximum once seen stays a bound), and the maximum seen in this search so far.
   */
  private readonly rowTop: Float64Array;
  private readonly rowSeenTop: Float64Array;
  private readonly reached: Int32Array;
  private reachedSize = 0;
  private readonly rowsSeen: Int32Array;
  private readonly rowDist: Float64Array;
  private rowsSeenSize = 0;
  private bestGiveUp = Number.POSITIVE_INFINITY;
  /** Whether the current search may end with a mentee giving up its pair (the second phase). */
  private giveUps = true;
  /** Mentors in a dead end (see `inDeadEnd`). */
  private readonly dead: Uint8Array;
  private giveUpRow = -1;
  private readonly rowSorted: Uint8Array;
  private readonly counts = new Int32Array(MAX_SCORE + 2);
  private sortMentors = new Int32Array(0);
  private sortScores = new Uint8Array(0);

  constructor(
    table: PairTable,
    cap: Int32Array,
    private readonly relaxAtLeast: number,
  ) {
    this.m = table.mentees;
    this.n = table.mentors;
    this.cap = cap;
    this.start = table.start;
    // Rows are sorted best score first only when a search first relaxes them (`sortRow`): the
    // greedy start scans each row whole, and most rows never meet a search.
    this.adjacent = table.mentor.slice();
    this.score = table.score.slice();
    this.rowSorted = new Uint8Array(this.m);
    this.rowBase = new Float64Array(this.m);
    this.rowNext = new Int32Array(this.m);
    this.rowTop = new Float64Array(this.m);
    this.rowSeenTop = new Float64Array(this.m);
    this.load = new Int32Array(this.n);
    this.offset = new Int32Array(this.n + 1);
    for (let j = 0; j < this.n; j++) this.offset[j + 1] = this.offset[j] + this.cap[j];
    const places = this.offset[this.n];
    this.holder = new Int32Array(places).fill(-1);
    this.mentorOf = new Int32Array(this.m).fill(-1);
    this.slotOf = new Int32Array(this.m).fill(-1);
    this.u = new Float64Array(this.m);
    this.v = new Float64Array(this.n);
    this.dist = new Float64Array(this.n).fill(Number.POSITIVE_INFINITY);
    this.pred = new Int32Array(this.n);
    this.scanned = new Uint8Array(this.n);
    this.heap = new IndexedMinHeap(this.n + this.m);
    this.dead = new Uint8Array(this.n);
    this.reached = new Int32Array(this.n);
    this.rowsSeen = new Int32Array(this.m);
    this.rowDist = new Float64Array(this.m);
  }

  costOf(i: number, j: number): number {
    for (let e = this.start[i]; e < this.start[i + 1]; e++)
      if (this.adjacent[e] === j) return MAX_SCORE - this.score[e];
    throw new Error(`pair ${i}–${j} is not allowed`);
  }

  /**
   * Marks in `mask` every pair of `table` whose reduced cost under this solution's duals is
   * negative (the pairs that could still improve it) or nearly 0, and returns how many are negative.
   */
  markViolated(table: PairTable, mask: Uint8Array): number {
    let violated = 0;
    for (let i = 0; i < table.mentees; i++) {
      const base = MAX_SCORE - this.u[i];
      for (let e = table.start[i]; e < table.start[i + 1]; e++) {
        const reduced = base - table.score[e] - this.v[table.mentor[e]];
        if (reduced < NEAR_TIGHT) mask[e] = 1;
        if (reduced < 0) violated++;
      }
    }
    return violated;
  }

  /**
   * Whether this solution matches as many mentees as `table` allows (Berge: no alternating path
   * over the pairs of `table` from an unmatched mentee to a mentor with a free place). One search
   * from all unmatched mentees at once; marks in `mask` the pairs of every such path it finds and
   * returns how many it found (0: the count is the maximum).
   */
  markAugmenting(table: PairTable, mask: Uint8Array): number {
    const { m, n, mentorOf, load, cap, offset, holder } = this;
    const viaPair = new Int32Array(n).fill(-1);
    const fromRow = new Int32Array(n);
    const queue = new Int32Array(m);
    const queued = new Uint8Array(m);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < m; i++) {
      if (mentorOf[i] >= 0) continue;
      queue[tail++] = i;
      queued[i] = 1;
    }
    let found = 0;
    while (head < tail) {
      const i = queue[head++];
      for (let e = table.start[i]; e < table.start[i + 1]; e++) {
        const j = table.mentor[e];
        if (viaPair[j] >= 0) continue;
        viaPair[j] = e;
        fromRow[j] = i;
        if (load[j] < cap[j]) {
          found++;
          // Back along the path: each mentee on it reached mentor j by pair viaPair[j].
          for (let k = j; ; ) {
            mask[viaPair[k]] = 1;
            const row = fromRow[k];
            if (mentorOf[row] < 0) break;
            k = mentorOf[row];
          }
          continue;
        }
        for (let s = offset[j]; s < offset[j] + load[j]; s++) {
          const next = holder[s];
          if (queued[next] === 1) continue;
          queued[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    return found;
  }

  /**
   * Two phases. First every mentee that can reach a free place is fitted in; a search that finds
   * none leaves its mentee waiting, untouched (no dual moves), and marks what it reached as a dead
   * end — all full, their mentees' pairs leading only among them, which later fittings never
   * enter, so it stays one (`inDeadEnd` then skips the search). After the first phase the matched
   * count is the maximum (no unmatched mentee has a path to a free place, and none appears), so
   * the second phase only decides who stays out, and staying out may cost any constant at least
   * every u (the count of those left out is fixed): the largest u keeps every reduced cost ≥ 0 and
   * lets the give-up searches stop early, where D = 100·min(mentees, places) + 1 made each of them
   * explore everything it could reach.
   */
  run(): void {
    const waiting: number[] = [];
    for (let i = 0; i < this.m; i++) if (!this.takeBestFree(i)) waiting.push(i);
    const deferred: number[] = [];
    for (const i of waiting) if (this.inDeadEnd(i) || !this.augment(i, false)) deferred.push(i);
    if (deferred.length > 0) {
      let highest = 0;
      for (let i = 0; i < this.m; i++) if (this.u[i] > highest) highest = this.u[i];
      this.unmatchedCost = highest;
    }
    for (const i of deferred) this.augment(i, true);
  }

  /**
   * Whether every pair of mentee i leads into mentors a search has shown to be a dead end: all
   * full, and their mentees' pairs lead only among them, so no free place can be reached.
   */
  private inDeadEnd(i: number): boolean {
    const { start, adjacent, dead } = this;
    this.work += start[i + 1] - start[i] + 1;
    for (let e = start[i]; e < start[i + 1]; e++) if (dead[adjacent[e]] === 0) return false;
    return true;
  }

  /**
   * The greedy start: u_i = the cheapest pair of mentee i (v = 0), and the mentee takes a mentor of
   * that cost if one has room — a pair of reduced cost 0, so the duals stay feasible.
   */
  private takeBestFree(i: number): boolean {
    let best = MAX_SCORE + 1;
    let bestFree = MAX_SCORE + 1;
    let freeMentor = -1;
    for (let e = this.start[i]; e < this.start[i + 1]; e++) {
      const cost = MAX_SCORE - this.score[e];
      if (cost < best) best = cost;
      const j = this.adjacent[e];
      if (cost < bestFree && this.load[j] < this.cap[j]) {
        bestFree = cost;
        freeMentor = j;
      }
    }
    this.work += this.start[i + 1] - this.start[i];
    if (freeMentor < 0) return false;
    this.u[i] = best;
    if (bestFree !== best) return false;
    this.place(i, freeMentor, this.offset[freeMentor] + this.load[freeMentor]);
    this.load[freeMentor]++;
    return true;
  }

  private place(i: number, j: number, slot: number): void {
    this.mentorOf[i] = j;
    this.slotOf[i] = slot;
    this.holder[slot] = i;
  }

  /** One Dijkstra from mentee r, then the duals and the chain of moves it found. */
  private augment(r: number, giveUps: boolean): boolean {
    this.bestGiveUp = Number.POSITIVE_INFINITY;
    this.giveUpRow = -1;
    this.giveUps = giveUps;
    this.scanRow(r, 0);
    let end = -1;
    let endDist = Number.POSITIVE_INFINITY;
    const heap = this.heap;
    const n = this.n;
    while (heap.size > 0) {
      if (this.bestGiveUp < Math.floor(heap.peekKey() / 2)) break;
      const j = heap.pop();
      this.work++;
      if (j >= n) {
        this.relaxRow(j - n, heap.size > 0 ? heap.peekKey() : Number.POSITIVE_INFINITY);
        continue;
      }
      const d = this.dist[j];
      if (this.load[j] < this.cap[j]) {
        end = j;
        endDist = d;
        break;
      }
      this.scanned[j] = 1;
      for (let s = this.offset[j]; s < this.offset[j] + this.load[j]; s++) this.scanRow(this.holder[s], d);
      this.work++;
    }
    if (end < 0 && !giveUps) {
      // Every reached mentor was scanned and none has a free place: a dead end from now on.
      for (let t = 0; t < this.reachedSize; t++) this.dead[this.reached[t]] = 1;
      this.resetSearch();
      return false;
    }
    if (end < 0) endDist = this.bestGiveUp;
    this.updateDuals(endDist);
    if (end >= 0) {
      const slot = this.offset[end] + this.load[end];
      this.load[end]++;
      this.shiftChain(r, end, slot);
    } else {
      const quitter = this.giveUpRow;
      const j = this.mentorOf[quitter];
      if (j >= 0) {
        const slot = this.slotOf[quitter];
        this.mentorOf[quitter] = -1;
        this.slotOf[quitter] = -1;
        this.shiftChain(r, j, slot);
      }
    }
    this.resetSearch();
    return true;
  }

  /** Mentee i's pairs best score first, equal scores by mentor (a counting sort: scores are 0..100). */
  private sortRow(i: number): void {
    const { adjacent, score, counts } = this;
    const first = this.start[i];
    const end = this.start[i + 1];
    if (this.sortMentors.length < end - first) {
      this.sortMentors = new Int32Array(2 * (end - first));
      this.sortScores = new Uint8Array(2 * (end - first));
    }
    const { sortMentors: mentors, sortScores: scores } = this;
    counts.fill(0);
    for (let e = first; e < end; e++) {
      mentors[e - first] = adjacent[e];
      scores[e - first] = score[e];
      counts[MAX_SCORE - score[e] + 1]++;
    }
    counts[0] = first;
    for (let c = 1; c <= MAX_SCORE + 1; c++) counts[c] += counts[c - 1];
    for (let k = 0; k < end - first; k++) {
      const at = counts[MAX_SCORE - scores[k]]++;
      adjacent[at] = mentors[k];
      score[at] = scores[k];
    }
    this.rowSorted[i] = 1;
  }

  /**
   * Mentee i is reached at distance d: its pairs are relaxed best score first, as far as they can
   * matter now (`relaxRow`), and its option of giving up its pair is noted.
   */
  private scanRow(i: number, d: number): void {
    this.rowsSeen[this.rowsSeenSize] = i;
    this.rowDist[this.rowsSeenSize++] = d;
    this.rowBase[i] = d - this.u[i] + MAX_SCORE;
    this.rowSeenTop[i] = Number.NEGATIVE_INFINITY;
    if (this.rowSorted[i] === 0) this.sortRow(i);
    this.rowNext[i] = this.start[i];
    this.work++;
    this.relaxRow(i, this.heap.size > 0 ? this.heap.peekKey() : Number.POSITIVE_INFINITY);
    const giveUp = d - this.u[i] + this.unmatchedCost;
    if (this.giveUps && giveUp < this.bestGiveUp) {
      this.bestGiveUp = giveUp;
      this.giveUpRow = i;
    }
  }

  /**
   * Relaxes the next pairs of mentee i. Its pairs come best score first and every v ≤ 0, so
   * base − score bounds from below the distance any later pair can give: pairs are relaxed (at
   * least a few at a time) until that bound passes the nearest item of the heap (`nextKey`), and
   * the rest waits in the heap under the bound. Dijkstra stays exact: a mentor is settled only
   * when no waiting pair can bring it closer, and the duals' update holds for the waiting pairs too.
   * A scanned mentor is never improved (its distance ≤ every bound still in the heap).
   */
  private relaxRow(i: number, nextKey: number): void {
    const { adjacent, score, v, dist, heap, load, cap } = this;
    const base = this.rowBase[i];
    const lowest = base - this.rowTop[i];
    const end = this.start[i + 1];
    const from = this.rowNext[i];
    const least = from + this.relaxAtLeast;
    let top = this.rowSeenTop[i];
    let e = from;
    for (; e < end; e++) {
      if (e >= least && 2 * (lowest - score[e]) + 1 > nextKey) break;
      const k = adjacent[e];
      const price = v[k];
      if (price > top) top = price;
      const candidate = base - score[e] - price;
      if (candidate < dist[k]) {
        if (dist[k] === Number.POSITIVE_INFINITY) this.reached[this.reachedSize++] = k;
        dist[k] = candidate;
        this.pred[k] = i;
        heap.push(k, 2 * candidate + (load[k] < cap[k] ? 0 : 1));
      }
    }
    this.work += e - from;
    this.rowNext[i] = e;
    this.rowSeenTop[i] = top;
    if (e < end) heap.push(this.n + i, 2 * (lowest - score[e]) + 1);
    // The whole row was seen under today's v, and v only ever decreases: a bound from now on.
    else this.rowTop[i] = top;
  }

  /** Johnson's update: everything settled closer than the end moves by its slack to the end. */
  private updateDuals(endDist: number): void {
    for (let t = 0; t < this.rowsSeenSize; t++) this.u[this.rowsSeen[t]] += endDist - this.rowDist[t];
    for (let t = 0; t < this.reachedSize; t++) {
      const j = this.reached[t];
      if (this.scanned[j] === 1) this.v[j] -= endDist - this.dist[j];
    }
  }

  /** Mentor j has a free place `slot`: its predecessor moves in, and so on back to the start r. */
  private shiftChain(r: number, j: number, slot: number): void {
    let mentor = j;
    let hole = slot;
    for (;;) {
      const i = this.pred[mentor];
      const from = this.mentorOf[i];
      const fromSlot = this.slotOf[i];
      this.place(i, mentor, hole);
      if (i === r) return;
      mentor = from;
      hole = fromSlot;
    }
  }

  private resetSearch(): void {
    for (let t = 0; t < this.reachedSize; t++) {
      const j = this.reached[t];
      this.dist[j] = Number.POSITIVE_INFINITY;
      this.scanned[j] = 0;
    }
    this.reachedSize = 0;
    this.heap.clear();
    this.rowsSeenSize = 0;
  }
}

/** How many pairs a mentee's row relaxes each time it is taken up, whatever the bound. */
const RELAX_AT_LEAST = 8;

/** Pairs with mentors of capacity 0 can never be used: dropped so that no search looks at them. */
function withoutFullMentors(table: PairTable, cap: Int32Array): PairTable {
  let usable = 0;
  for (let e = 0; e < table.mentor.length; e++) if (cap[table.mentor[e]] > 0) usable++;
  if (usable === table.mentor.length) return table;
  const start = new Int32Array(table.mentees + 1);
  const mentor = new Int32Array(usable);
  const score = new Uint8Array(usable);
  let k = 0;
  for (let i = 0; i < table.mentees; i++) {
    for (let e = table.start[i]; e < table.start[i + 1]; e++) {
      if (cap[table.mentor[e]] === 0) continue;
      mentor[k] = table.mentor[e];
      score[k++] = table.score[e];
    }
    start[i + 1] = k;
  }
  return { mentees: table.mentees, mentors: table.mentors, start, mentor, score };
}
