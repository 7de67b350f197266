import { type AssignmentProblem, solveAssignment } from '../assignment/solve-assignment';

/**
 * Group mode: each mentor leads at most one group of `min..max` mentees who share a group key
 * (form and, where set, subject). For each mentor the key with the most value is chosen first
 * (the sum of its best `max` scores among mentees of that key); then the exact assignment runs
 * with every mentor restricted to its key and capacity `max`. A group smaller than `min` first
 * widens to its whole form (drops its subject); a form-wide group still too small is dissolved
 * (its mentor leaves). The assignment runs again until every group fits.
 */
export interface GroupProblem {
  mentees: number;
  mentors: number;
  /** Places each mentor still has (its load limit); the group size is capped by it too. */
  capacity: ArrayLike<number>;
  score: ArrayLike<number>;
  /** Each mentee's group key (form + subject); a mentee without a subject has key form + ''. */
  menteeKey: string[];
  /** Keys a mentor may lead: its forms × its subjects, and form + '' for mentees without subject. */
  mentorKeys: string[][];
  min: number;
  max: number;
}

export interface GroupResult {
  mentorOf: Int32Array;
  /** The key each used mentor's group has. */
  keyOf: string[];
  dissolved: Set<number>;
}

export function formGroups(problem: GroupProblem): GroupResult {
  const { mentees: m, mentors: n, score, menteeKey, mentorKeys, min, max } = problem;
  const keyOf = mentorKeys.map((keys, j) => bestKey(problem, j, keys));
  const dissolved = new Set<number>();
  for (;;) {
    const capacity = Array.from({ length: n }, (_, j) =>
      dissolved.has(j) || keyOf[j] === '' ? 0 : Math.min(max, problem.capacity[j]),
    );
    const restricted = new Int32Array(m * n);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        const allowed = fits(menteeKey[i], keyOf[j]) && score[i * n + j] >= 0;
        restricted[i * n + j] = allowed ? score[i * n + j] : -1;
      }
    }
    const assignment: AssignmentProblem = { mentees: m, mentors: n, capacity, score: restricted };
    const { mentorOf } = solveAssignment(assignment);
    const sizes = new Array<number>(n).fill(0);
    for (const j of mentorOf) if (j >= 0) sizes[j]++;
    const small = sizes.map((size, j) => (size > 0 && size < min ? j : -1)).filter((j) => j >= 0);
    if (small.length === 0) return { mentorOf, keyOf, dissolved };
    // The smallest group first (ties: the later mentor): widen it to its form, or dissolve it.
    small.sort((a, b) => sizes[a] - sizes[b] || b - a);
    const j = small[0];
    const [form, subject] = keyOf[j].split('\u0001');
    if (subject !== '' && mentorKeys[j].includes(`${form}\u0001`)) keyOf[j] = `${form}\u0001`;
    else dissolved.add(j);
  }
}

/**
 * A group of a form and a subject takes mentees of that form with that subject or none; a
 * form-wide group (no subject) takes every mentee of the form.
 */
function fits(menteeKey: string, groupKey: string): boolean {
  if (groupKey === '') return false;
  if (menteeKey === groupKey) return true;
  const [form, subject] = menteeKey.split('\u0001');
  const [groupForm, groupSubject] = groupKey.split('\u0001');
  return form === groupForm && (subject === '' || groupSubject === '');
}

function bestKey(problem: GroupProblem, j: number, keys: string[]): string {
  const { mentees: m, mentors: n, score, menteeKey, max } = problem;
  let best = '';
  let bestValue = 0;
  for (const key of [...keys].sort()) {
    const scores: number[] = [];
    for (let i = 0; i < m; i++) {
      const s = score[i * n + j];
      if (s >= 0 && fits(menteeKey[i], key)) scores.push(s);
    }
    if (scores.length === 0) continue;
    scores.sort((a, b) => b - a);
    // Matching count first, as in the optimal mode: each member is worth 101 + its score.
    const value = scores.slice(0, max).reduce((sum, s) => sum + 101 + s, 0);
    if (value > bestValue) {
      bestValue = value;
      best = key;
    }
  }
  return best;
}
