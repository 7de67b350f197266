/**
 * Mentee-proposing deferred acceptance with capacities (Gale–Shapley). A pair is acceptable when
 * it is allowed and each side ranked the other among its first K choices. The result is stable:
 * no acceptable pair (mentee, mentor) where the mentee prefers the mentor to its outcome and the
 * mentor has a free place or prefers the mentee to one it holds. `blockingPairs` checks it.
 */
export interface StableProblem {
  mentees: number;
  mentors: number;
  capacity: ArrayLike<number>;
  /** Each mentee's acceptable mentors, best first. */
  menteeChoices: number[][];
  /** Rank of mentee i on mentor j's list (lower is better), or Infinity when j did not choose i. */
  mentorRank(mentor: number, mentee: number): number;
}

export function deferredAcceptance(problem: StableProblem): Int32Array {
  const { mentees: m, mentors: n, capacity, menteeChoices, mentorRank } = problem;
  const mentorOf = new Int32Array(m).fill(-1);
  const next = new Int32Array(m);
  const held: number[][] = Array.from({ length: n }, () => []);
  const free: number[] = [];
  for (let i = m - 1; i >= 0; i--) free.push(i);
  while (free.length > 0) {
    const i = free.pop() as number;
    const choices = menteeChoices[i];
    while (next[i] < choices.length) {
      const j = choices[next[i]++];
      if (mentorRank(j, i) === Number.POSITIVE_INFINITY || capacity[j] <= 0) continue;
      const list = held[j];
      if (list.length < capacity[j]) {
        list.push(i);
        mentorOf[i] = j;
        break;
      }
      let worst = 0;
      for (let k = 1; k < list.length; k++) if (worse(j, list[k], list[worst])) worst = k;
      if (!worse(j, list[worst], i)) continue;
      const rejected = list[worst];
      list[worst] = i;
      mentorOf[i] = j;
      mentorOf[rejected] = -1;
      free.push(rejected);
      break;
    }
  }
  return mentorOf;

  /** Mentor j likes mentee a less than mentee b (ties: the higher index is worse). */
  function worse(j: number, a: number, b: number): boolean {
    const ra = mentorRank(j, a);
    const rb = mentorRank(j, b);
    return ra > rb || (ra === rb && a > b);
  }
}

/** Acceptable pairs that would both rather be together than with what they got. */
export function blockingPairs(problem: StableProblem, mentorOf: Int32Array): Array<[number, number]> {
  const { mentees: m, mentors: n, capacity, menteeChoices, mentorRank } = problem;
  const members: number[][] = Array.from({ length: n }, () => []);
  mentorOf.forEach((j, i) => {
    if (j >= 0) members[j].push(i);
  });
  const blocking: Array<[number, number]> = [];
  for (let i = 0; i < m; i++) {
    for (const j of menteeChoices[i]) {
      if (j === mentorOf[i]) break; // the rest are worse than what the mentee has
      if (mentorRank(j, i) === Number.POSITIVE_INFINITY || capacity[j] <= 0) continue;
      const list = members[j];
      const wantsMe = list.length < capacity[j] || list.some((k) => mentorRank(j, k) > mentorRank(j, i));
      if (wantsMe) blocking.push([i, j]);
    }
  }
  return blocking;
}
