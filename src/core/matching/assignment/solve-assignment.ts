/**
 * Exact capacitated assignment: among all assignments of mentees to mentors that use only allowed
 * pairs (score ≥ 0) and respect each mentor's capacity, maximise the number of matched mentees,
 * then the total score. Scores are integers 0..100 (-1 = forbidden).
 *
 * Method: successive shortest paths on the flow network
 *   mentee →(100 − score) mentor →(0, capacity) T,   mentee →(D) T  (“stays unmatched”),
 * adding one mentee at a time (the Hungarian method with a mentor node per capacity instead of one
 * column per slot). D exceeds any possible score gain, so one more matched mentee always wins:
 * the lexicographic objective becomes one min-cost problem. Dijkstra runs densely over mentors on
 * reduced costs with node potentials; a mentor and all mentees it holds are settled together
 * (the edges back to them are tight). T's potential never changes, so only settled nodes are
 * updated after each search. Every quantity is an integer held exactly in a double.
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
}

export const MAX_SCORE = 100;

export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { mentees: m, mentors: n, capacity, score } = problem;
  const cap = Int32Array.from({ length: n }, (_, j) => Math.max(0, Math.floor(capacity[j])));
  const totalCapacity = cap.reduce((sum, c) => sum + c, 0);
  const unmatchedCost = MAX_SCORE * Math.min(m, totalCapacity) + MAX_SCORE + 1;

  // Mentors' current mentees, stored in one array: slots[offset[j] .. offset[j] + load[j]).
  const offset = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) offset[j + 1] = offset[j] + cap[j];
  const slots = new Int32Array(totalCapacity);
  const load = new Int32Array(n);
  const mentorOf = new Int32Array(m).fill(-1);

  const potMentee = new Float64Array(m);
  const potMentor = new Float64Array(n);
  const dist = new Float64Array(n);
  const reachedFrom = new Int32Array(n);
  const settled = new Uint8Array(n);
  const settledMentors = new Int32Array(n);
  const settledMentees = new Int32Array(m);
  const menteeDist = new Float64Array(m);

  for (let r = 0; r < m; r++) {
    const row = r * n;
    let potential = -unmatchedCost;
    for (let j = 0; j < n; j++) {
      const s = score[row + j];
      if (s >= 0) {
        const candidate = potMentor[j] - (MAX_SCORE - s);
        if (candidate > potential) potential = candidate;
      }
    }
    potMentee[r] = potential;

    for (let j = 0; j < n; j++) dist[j] = Number.POSITIVE_INFINITY;
    let settledMentorCount = 0;
    let settledMenteeCount = 0;
    let best = unmatchedCost + potential; // distance to T
    let bestMentor = -1; // T reached through a mentor with spare capacity
    let bestMentee = r; // …or through a mentee that becomes unmatched

    const relaxFrom = (mentee: number, menteeDistance: number): void => {
      settledMentees[settledMenteeCount++] = mentee;
      menteeDist[mentee] = menteeDistance;
      const base = mentee * n;
      const pot = menteeDistance + potMentee[mentee];
      if (mentee !== r) {
        const toT = pot + unmatchedCost;
        if (toT < best) {
          best = toT;
          bestMentor = -1;
          bestMentee = mentee;
        }
      }
      for (let j = 0; j < n; j++) {
        const s = score[base + j];
        if (s < 0 || settled[j] === 1) continue;
        const d = pot + (MAX_SCORE - s) - potMentor[j];
        if (d < dist[j]) {
          dist[j] = d;
          reachedFrom[j] = mentee;
        }
      }
    };

    relaxFrom(r, 0);
    for (;;) {
      let next = -1;
      let nextDist = best;
      for (let j = 0; j < n; j++) {
        if (dist[j] < nextDist && settled[j] === 0) {
          nextDist = dist[j];
          next = j;
        }
      }
      if (next < 0) break;
      settled[next] = 1;
      settledMentors[settledMentorCount++] = next;
      if (load[next] < cap[next]) {
        const toT = nextDist + potMentor[next];
        if (toT < best) {
          best = toT;
          bestMentor = next;
          bestMentee = -1;
        }
        continue;
      }
      // A full mentor: the mentees it holds are reached at the same distance (tight reverse edges).
      for (let k = offset[next]; k < offset[next + 1]; k++) relaxFrom(slots[k], nextDist);
    }

    augment(bestMentor, bestMentee, r);

    for (let k = 0; k < settledMentorCount; k++) {
      const j = settledMentors[k];
      potMentor[j] -= best - dist[j];
      settled[j] = 0;
    }
    for (let k = 0; k < settledMenteeCount; k++) {
      const i = settledMentees[k];
      potMentee[i] -= best - menteeDist[i];
    }
  }

  let matched = 0;
  let totalScore = 0;
  for (let i = 0; i < m; i++) {
    const j = mentorOf[i];
    if (j >= 0) {
      matched++;
      totalScore += score[i * n + j];
    }
  }
  return { mentorOf, matched, totalScore };

  /** Shifts each mentee on the path one step: the last one to a free mentor or out, the new one in. */
  function augment(lastMentor: number, leavingMentee: number, start: number): void {
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
    while (mentee !== start) {
      // `mentor` lost `mentee`; the mentee that reached `mentor` on the path takes its slot.
      const incoming = reachedFrom[mentor];
      const from = offset[mentor];
      for (let k = from; k < from + load[mentor]; k++) {
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
