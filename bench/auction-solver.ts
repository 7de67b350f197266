/**
 * The previous solver of the optimal mode, kept as a benchmark baseline (bench/solvers.ts).
 * Exact capacitated assignment: among all assignments of mentees to mentors that use only allowed
 * pairs (score ≥ 0) and respect each mentor's capacity, maximise the number of matched mentees,
 * then the total score. Scores are integers 0..100 (-1 = forbidden).
 *
 * Method: the auction algorithm with ε-scaling (Bertsekas). A pair is worth (C + score)·(M + 1),
 * staying unmatched is worth 0; C exceeds any possible score gain, so one more matched mentee
 * always wins and the lexicographic objective is one weighted problem. Each mentor has one price
 * per place. A mentee bids for the cheapest place of its best mentor, raising that price by the
 * gap to its second-best option plus ε. With ε = 1 on values scaled by M + 1, ε-complementary
 * slackness for every pair, and price 0 for every empty place, prove the assignment optimal
 * (the total slack is below one unscaled point). After each forward phase a reverse auction
 * (an empty place with a positive price attracts a mentee or drops to 0, with the same ε) makes
 * the last condition hold; running it at every scale keeps its steps few.
 *
 * Speed comes from pricing: mentees bid only among their best few mentors; at the end every other
 * allowed pair is checked against the prices and the violating ones join in. The answer is exact
 * either way — the candidate lists only decide how fast. All numbers are integers exact in doubles.
 */
import { type AssignmentProblem, MAX_SCORE } from '../src/core/matching/assignment/solve-assignment';

export interface AuctionResult {
  /** The mentor of each mentee, or -1 when the mentee stays unmatched. */
  mentorOf: Int32Array;
  matched: number;
  totalScore: number;
  /** How many times the full price check added pairs before it held. */
  pricingRounds: number;
}

/** Mentees bid first among their best quarter of mentors (measured: fewer lists mean more pricing rounds). */
const candidateCount = (mentors: number): number => Math.max(32, Math.ceil(mentors / 4));
const EPSILON_DIVISOR = 6;
const UNMATCHED = -2;
const UNASSIGNED = -1;

/** `initialCandidates`: how many best mentors each mentee bids among at first (tests lower it to exercise pricing). */
export function solveByAuction(
  problem: AssignmentProblem,
  initialCandidates = candidateCount(problem.mentors),
): AuctionResult {
  const auction = new Auction(problem, initialCandidates);
  const pricingRounds = auction.run();
  const mentorOf = auction.mentorOfEachMentee();
  let matched = 0;
  let totalScore = 0;
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    matched++;
    totalScore += problem.score[i * problem.mentors + j];
  });
  return { mentorOf, matched, totalScore, pricingRounds };
}

class Auction {
  private readonly m: number;
  private readonly n: number;
  private readonly score: ArrayLike<number>;
  private readonly cap: Int32Array;
  private readonly scale: number;
  private readonly bonus: number;
  /** Places of mentor j: offset[j] .. offset[j + 1]. */
  private readonly offset: Int32Array;
  private readonly placePrice: Float64Array;
  private readonly placeHolder: Int32Array;
  private readonly placeMentor: Int32Array;
  /** The cheapest place of each mentor (its price is what a newcomer has to beat). */
  private readonly cheapest: Int32Array;
  /** Each mentee's place, UNASSIGNED (waiting to bid) or UNMATCHED (staying without a pair). */
  private readonly placeOf: Int32Array;
  private readonly candidates: number[][];
  /** Every allowed pair once, per mentee (CSR): pricing scans these instead of the whole matrix. */
  private readonly allowedStart: Int32Array;
  private readonly allowedMentor: Int32Array;
  private start = new Int32Array(0);
  private adjMentor = new Int32Array(0);
  private adjValue = new Float64Array(0);
  private byMentorStart = new Int32Array(0);
  private byMentorMentee = new Int32Array(0);
  private byMentorValue = new Float64Array(0);
  private readonly queue: Int32Array;
  private queueHead = 0;
  private queueSize = 0;
  private readonly queued: Uint8Array;
  private readonly profitOf: Float64Array;
  private epsilon = 1;

  constructor(problem: AssignmentProblem, initialCandidates: number) {
    this.m = problem.mentees;
    this.n = problem.mentors;
    this.score = problem.score;
    this.cap = Int32Array.from({ length: this.n }, (_, j) => Math.max(0, Math.floor(problem.capacity[j])));
    const places = this.cap.reduce((sum, c) => sum + c, 0);
    this.scale = this.m + 1;
    this.bonus = MAX_SCORE * Math.min(this.m, places) + 1;
    this.offset = new Int32Array(this.n + 1);
    for (let j = 0; j < this.n; j++) this.offset[j + 1] = this.offset[j] + this.cap[j];
    this.placePrice = new Float64Array(places);
    this.placeHolder = new Int32Array(places).fill(-1);
    this.placeMentor = new Int32Array(places);
    for (let j = 0; j < this.n; j++) this.placeMentor.fill(j, this.offset[j], this.offset[j + 1]);
    this.cheapest = Int32Array.from(this.offset.subarray(0, this.n));
    this.placeOf = new Int32Array(this.m).fill(UNASSIGNED);
    this.queue = new Int32Array(this.m);
    this.queued = new Uint8Array(this.m);
    this.profitOf = new Float64Array(this.m);
    let allowed = 0;
    for (let k = 0; k < this.m * this.n; k++) if (this.score[k] >= 0 && this.cap[k % this.n] > 0) allowed++;
    this.allowedStart = new Int32Array(this.m + 1);
    this.allowedMentor = new Int32Array(allowed);
    let e = 0;
    for (let i = 0; i < this.m; i++) {
      for (let j = 0; j < this.n; j++)
        if (this.score[i * this.n + j] >= 0 && this.cap[j] > 0) this.allowedMentor[e++] = j;
      this.allowedStart[i + 1] = e;
    }
    this.candidates = this.bestMentors(initialCandidates);
  }

  /** Runs the scaled phases, then prices every pair until none improves. Returns the pricing rounds. */
  run(): number {
    this.buildGraph();
    const top = (this.bonus + MAX_SCORE) * this.scale;
    this.epsilon = Math.max(1, Math.floor(top / EPSILON_DIVISOR));
    for (let i = 0; i < this.m; i++) this.enqueue(i);
    let rounds = 0;
    for (;;) {
      this.bidUntilSettled();
      this.reverseSweep();
      // Pricing at every scale: pairs outside the lists join while ε is still coarse.
      while (this.addViolatingPairs() > 0) {
        rounds++;
        this.buildGraph();
        this.releaseUnhappy();
        this.bidUntilSettled();
        this.reverseSweep();
      }
      if (this.epsilon === 1) return rounds;
      this.epsilon = Math.max(1, Math.floor(this.epsilon / EPSILON_DIVISOR));
      this.releaseUnhappy();
    }
  }

  mentorOfEachMentee(): Int32Array {
    return Int32Array.from(this.placeOf, (place) => (place >= 0 ? this.placeMentor[place] : -1));
  }

  private value(i: number, j: number): number {
    return (this.bonus + this.score[i * this.n + j]) * this.scale;
  }

  /** What mentee i gains where it is now (0 when unmatched); kept current on every change of its place or price. */
  private profit(i: number): number {
    return this.profitOf[i];
  }

  private settle(i: number, place: number): void {
    this.placeOf[i] = place;
    this.profitOf[i] = place >= 0 ? this.value(i, this.placeMentor[place]) - this.placePrice[place] : 0;
  }

  private bestMentors(k: number): number[][] {
    const { m, n, score } = this;
    const byScore: number[][] = Array.from({ length: MAX_SCORE + 1 }, () => []);
    const lists: number[][] = [];
    for (let i = 0; i < m; i++) {
      for (const bucket of byScore) bucket.length = 0;
      for (let e = this.allowedStart[i]; e < this.allowedStart[i + 1]; e++) {
        const j = this.allowedMentor[e];
        byScore[score[i * n + j]].push(j);
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

  private buildGraph(): void {
    const { m, n, candidates } = this;
    this.start = new Int32Array(m + 1);
    for (let i = 0; i < m; i++) this.start[i + 1] = this.start[i] + candidates[i].length;
    const edges = this.start[m];
    this.adjMentor = new Int32Array(edges);
    this.adjValue = new Float64Array(edges);
    const perMentor = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) {
      candidates[i].forEach((j, k) => {
        this.adjMentor[this.start[i] + k] = j;
        this.adjValue[this.start[i] + k] = this.value(i, j);
        perMentor[j + 1]++;
      });
    }
    for (let j = 0; j < n; j++) perMentor[j + 1] += perMentor[j];
    this.byMentorStart = perMentor.slice();
    this.byMentorMentee = new Int32Array(edges);
    this.byMentorValue = new Float64Array(edges);
    const fill = perMentor.slice(0, n);
    for (let e = 0; e < edges; e++) {
      const j = this.adjMentor[e];
      this.byMentorMentee[fill[j]] = this.menteeOfEdge(e);
      this.byMentorValue[fill[j]] = this.adjValue[e];
      fill[j]++;
    }
  }

  private menteeOfEdge(e: number): number {
    let low = 0;
    let high = this.m - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.start[mid] <= e) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private enqueue(i: number): void {
    if (this.queued[i] === 1) return;
    this.queued[i] = 1;
    this.placeOf[i] = UNASSIGNED;
    this.queue[(this.queueHead + this.queueSize) % this.m] = i;
    this.queueSize++;
  }

  private bidUntilSettled(): void {
    while (this.queueSize > 0) {
      const i = this.queue[this.queueHead];
      this.queueHead = (this.queueHead + 1) % this.m;
      this.queueSize--;
      this.queued[i] = 0;
      this.bid(i);
    }
  }

  /** Mentee i takes the cheapest place of its best mentor, or stays unmatched if nothing beats 0. */
  private bid(i: number): void {
    const { adjMentor, adjValue, placePrice, cheapest } = this;
    let best = 0;
    let second = 0;
    let bestMentor = -1;
    for (let e = this.start[i]; e < this.start[i + 1]; e++) {
      const j = adjMentor[e];
      const v = adjValue[e] - placePrice[cheapest[j]];
      if (v > best) {
        second = best;
        best = v;
        bestMentor = j;
      } else if (v > second) {
        second = v;
      }
    }
    if (bestMentor < 0) {
      this.settle(i, UNMATCHED);
      return;
    }
    const place = cheapest[bestMentor];
    const nextCheapest = this.secondCheapestPrice(bestMentor, place);
    const valueHere = best + placePrice[place];
    if (valueHere - nextCheapest > second) second = valueHere - nextCheapest;
    const previous = this.placeHolder[place];
    placePrice[place] = valueHere - second + this.epsilon;
    this.placeHolder[place] = i;
    this.settle(i, place);
    this.updateCheapest(bestMentor);
    if (previous >= 0) this.enqueue(previous);
  }

  private secondCheapestPrice(j: number, except: number): number {
    let price = Number.POSITIVE_INFINITY;
    for (let k = this.offset[j]; k < this.offset[j + 1]; k++) {
      if (k !== except && this.placePrice[k] < price) price = this.placePrice[k];
    }
    return price;
  }

  private updateCheapest(j: number): void {
    let cheapest = this.offset[j];
    for (let k = cheapest + 1; k < this.offset[j + 1]; k++) {
      if (this.placePrice[k] < this.placePrice[cheapest]) cheapest = k;
    }
    this.cheapest[j] = cheapest;
  }

  /** Before a finer phase or after new pairs join: mentees that violate ε-slackness bid again. */
  private releaseUnhappy(): void {
    for (let i = 0; i < this.m; i++) {
      if (this.placeOf[i] === UNASSIGNED) continue;
      if (this.bestValue(i) > this.profit(i) + this.epsilon) {
        const place = this.placeOf[i];
        if (place >= 0) this.placeHolder[place] = -1;
        this.enqueue(i);
      }
    }
  }

  /**
   * Reverse auction (Bertsekas): an empty place with a positive price either attracts the mentee
   * that gains most from it — at a price that keeps everybody within ε — or drops to price 0.
   * Prices only fall and each move raises the moving mentee's profit by ≥ ε, so it terminates,
   * leaving every empty place at price 0 with ε-slackness intact.
   */
  private reverseSweep(): void {
    const pending: number[] = [];
    for (let k = 0; k < this.placePrice.length; k++) {
      if (this.placeHolder[k] < 0 && this.placePrice[k] > 0) pending.push(k);
    }
    while (pending.length > 0) {
      const place = pending.pop() as number;
      if (this.placeHolder[place] >= 0 || this.placePrice[place] === 0) continue;
      const j = this.placeMentor[place];
      let best = Number.NEGATIVE_INFINITY;
      let second = Number.NEGATIVE_INFINITY;
      let chosen = -1;
      for (let e = this.byMentorStart[j]; e < this.byMentorStart[j + 1]; e++) {
        const i = this.byMentorMentee[e];
        const at = this.placeOf[i];
        if (at >= 0 && this.placeMentor[at] === j) continue; // moving inside one mentor changes nothing
        const gain = this.byMentorValue[e] - this.profit(i);
        if (gain > best) {
          second = best;
          best = gain;
          chosen = i;
        } else if (gain > second) {
          second = gain;
        }
      }
      if (chosen < 0 || best < this.epsilon) {
        this.placePrice[place] = 0;
        this.capHeldPrices(j, 0);
        continue;
      }
      const left = this.placeOf[chosen];
      const price = Math.max(0, second - this.epsilon);
      this.placePrice[place] = price;
      this.placeHolder[place] = chosen;
      this.settle(chosen, place);
      this.capHeldPrices(j, price + this.epsilon);
      if (left >= 0) {
        this.placeHolder[left] = -1;
        pending.push(left);
      }
    }
  }

  /**
   * Lowers the prices of a mentor's places to at most `limit` once one of its places costs
   * `limit` − ε or less: the holders gain, and nobody else sees a change (they see the cheapest).
   */
  private capHeldPrices(j: number, limit: number): void {
    for (let k = this.offset[j]; k < this.offset[j + 1]; k++) {
      if (this.placePrice[k] <= limit) continue;
      this.placePrice[k] = limit;
      if (this.placeHolder[k] >= 0) this.settle(this.placeHolder[k], k);
    }
    this.updateCheapest(j);
  }

  private bestValue(i: number): number {
    let best = 0;
    for (let e = this.start[i]; e < this.start[i + 1]; e++) {
      const v = this.adjValue[e] - this.placePrice[this.cheapest[this.adjMentor[e]]];
      if (v > best) best = v;
    }
    return best;
  }

  /** Full pricing: an allowed pair outside the lists that beats a mentee's profit by more than ε joins in. */
  private addViolatingPairs(): number {
    const { m, n } = this;
    const inList = new Uint8Array(n);
    let added = 0;
    for (let i = 0; i < m; i++) {
      const list = this.candidates[i];
      for (const j of list) inList[j] = 1;
      const threshold = this.profit(i) + this.epsilon;
      const before = list.length;
      for (let e = this.allowedStart[i]; e < this.allowedStart[i + 1]; e++) {
        const j = this.allowedMentor[e];
        if (inList[j] === 0 && this.value(i, j) - this.placePrice[this.cheapest[j]] > threshold) list.push(j);
      }
      for (let k = 0; k < before; k++) inList[list[k]] = 0;
      added += list.length - before;
    }
    return added;
  }
}
