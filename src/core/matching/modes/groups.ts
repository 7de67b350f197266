import { type PairTable, PairTableBuilder } from '../assignment/pair-table';
import { solvePairs } from '../assignment/solve-assignment';

/**
 * Group mode: each mentor leads at most one group of `min..max` mentees who share a group key
 * (form and, where set, subject). For each mentor the key with the most value is chosen first
 * (the sum of its best `max` scores among mentees of that key); then the exact assignment runs
 * with every mentor restricted to its key and capacity `max`. Groups smaller than `min` first
 * widen to their whole form (drop their subject), all at once; when none can widen, the smaller
 * half of them is dissolved (their mentors leave). The assignment runs again until every group
 * fits: a few rounds, about log₂ of the groups too small. Everything works on the allowed pairs
 * only (memory linear in them, not in mentees × mentors).
 */
export interface GroupProblem {
  mentees: number;
  mentors: number;
  /** Places each mentor still has (its load limit); the group size is capped by it too. */
  capacity: ArrayLike<number>;
  /** The allowed pairs and their scores. */
  score: PairTable;
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
  /** How many times the exact assignment ran (a round each). */
  assignments: number;
}

export function formGroups(problem: GroupProblem): GroupResult {
  const { mentees: m, mentors: n, score: table, menteeKey, mentorKeys, min, max } = problem;
  const columns = byMentor(table);
  const menteeParts = menteeKey.map(parts);
  const keyOf = mentorKeys.map((keys, j) => bestKey(max, menteeParts, columns, j, keys));
  const dissolved = new Set<number>();
  for (let assignments = 1; ; assignments++) {
    const capacity = Array.from({ length: n }, (_, j) =>
      dissolved.has(j) || keyOf[j] === '' ? 0 : Math.min(max, problem.capacity[j]),
    );
    const groupParts = keyOf.map(parts);
    const restricted = new PairTableBuilder(m, n, table.start[m]);
    for (let i = 0; i < m; i++) {
      for (let e = table.start[i]; e < table.start[i + 1]; e++) {
        const j = table.mentor[e];
        if (capacity[j] > 0 && fitsParts(menteeParts[i], groupParts[j])) restricted.add(j, table.score[e]);
      }
      restricted.endRow();
    }
    const { mentorOf } = solvePairs(restricted.table(), capacity);

    const sizes = new Array<number>(n).fill(0);
    for (const j of mentorOf) if (j >= 0) sizes[j]++;
    const small = sizes.map((size, j) => (size > 0 && size < min ? j : -1)).filter((j) => j >= 0);
    if (small.length === 0) return { mentorOf, keyOf, dissolved, assignments };
    const formWide = (j: number) => `${keyOf[j].split('\u0001')[0]}\u0001`;
    const widening = small.filter((j) => keyOf[j] !== formWide(j) && mentorKeys[j].includes(formWide(j)));
    if (widening.length > 0) {
      for (const j of widening) keyOf[j] = formWide(j);
      continue;
    }
    // A quarter of them goes, the smallest first (ties: the later mentor), and at least a few: the
    // next assignment gives their mentees to the groups that stay, which may lift those over the
    // minimum. One group a round took 560 assignments for 3 000 participants (70 s).
    small.sort((a, b) => sizes[a] - sizes[b] || b - a);
    const batch = Math.max(Math.ceil(small.length / 4), Math.min(small.length, DISSOLVED_AT_ONCE));
    for (const j of small.slice(0, batch)) dissolved.add(j);
  }
}

/** The fewest groups too small that one round dissolves (all of them when fewer). */
const DISSOLVED_AT_ONCE = 16;

/** A key split once into form and subject ('' key: no group). */
interface KeyParts {
  key: string;
  form: string;
  subject: string;
}

function parts(key: string): KeyParts {
  const [form = '', subject = ''] = key.split('\u0001');
  return { key, form, subject };
}

/**
 * A group of a form and a subject takes mentees of that form with that subject or none; a
 * form-wide group (no subject) takes every mentee of the form. Keys are split once, so no string
 * work is done per pair.
 */
function fitsParts(mentee: KeyParts, group: KeyParts): boolean {
  if (group.key === '') return false;
  if (mentee.key === group.key) return true;
  return mentee.form === group.form && (mentee.subject === '' || group.subject === '');
}

/** The allowed pairs by mentor: mentee[start[j]] … mentee[start[j + 1] − 1], ascending, with scores. */
interface Columns {
  start: Int32Array;
  mentee: Int32Array;
  score: Uint8Array;
}

function byMentor(table: PairTable): Columns {
  const { mentees: m, mentors: n } = table;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < table.start[m]; e++) start[table.mentor[e] + 1]++;
  for (let j = 0; j < n; j++) start[j + 1] += start[j];
  const next = start.slice(0, n);
  const mentee = new Int32Array(table.start[m]);
  const score = new Uint8Array(table.start[m]);
  for (let i = 0; i < m; i++) {
    for (let e = table.start[i]; e < table.start[i + 1]; e++) {
      const at = next[table.mentor[e]]++;
      mentee[at] = i;
      score[at] = table.score[e];
    }
  }
  return { start, mentee, score };
}

function bestKey(max: number, menteeParts: KeyParts[], columns: Columns, j: number, keys: string[]): string {
  let best = '';
  let bestValue = 0;
  for (const key of [...keys].sort()) {
    const group = parts(key);
    const scores: number[] = [];
    for (let e = columns.start[j]; e < columns.start[j + 1]; e++) {
      if (fitsParts(menteeParts[columns.mentee[e]], group)) scores.push(columns.score[e]);
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
