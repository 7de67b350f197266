/**
 * The allowed pairs of a run and their scores, one row per mentee (compressed sparse rows): the
 * mentors of mentee i are `mentor[start[i]] … mentor[start[i + 1] - 1]`, ascending, with scores
 * 0..100 in `score` at the same positions. A forbidden pair is simply absent, so memory grows with
 * the allowed pairs, not with mentees × mentors.
 */
export interface PairTable {
  mentees: number;
  mentors: number;
  start: Int32Array;
  mentor: Int32Array;
  score: Uint8Array;
}

export const NO_PAIR = -1;

/** The score of the pair, or NO_PAIR when it is not allowed (binary search in the mentee's row). */
export function pairScore(table: PairTable, i: number, j: number): number {
  let low = table.start[i];
  let high = table.start[i + 1] - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = table.mentor[mid];
    if (at === j) return table.score[mid];
    if (at < j) low = mid + 1;
    else high = mid - 1;
  }
  return NO_PAIR;
}

/** From a row-major mentees × mentors matrix with -1 for forbidden pairs (tests, benchmarks). */
export function pairTableFromDense(mentees: number, mentors: number, dense: ArrayLike<number>): PairTable {
  let allowed = 0;
  for (let k = 0; k < mentees * mentors; k++) if (dense[k] >= 0) allowed++;
  const builder = new PairTableBuilder(mentees, mentors, allowed);
  for (let i = 0; i < mentees; i++) {
    for (let j = 0; j < mentors; j++) if (dense[i * mentors + j] >= 0) builder.add(j, dense[i * mentors + j]);
    builder.endRow();
  }
  return builder.table();
}

/** The mentees `rows` of `table`, in that order (the stable mode's fallback over who is left). */
export function pairTableRows(table: PairTable, rows: readonly number[]): PairTable {
  let allowed = 0;
  for (const i of rows) allowed += table.start[i + 1] - table.start[i];
  const builder = new PairTableBuilder(rows.length, table.mentors, allowed);
  for (const i of rows) {
    for (let e = table.start[i]; e < table.start[i + 1]; e++) builder.add(table.mentor[e], table.score[e]);
    builder.endRow();
  }
  return builder.table();
}

/** A table from arrays filled up to `size`: views when little room is left over (no copy of a large table), else tight copies. */
export function fittedPairTable(
  mentees: number,
  mentors: number,
  start: Int32Array,
  mentor: Int32Array,
  score: Uint8Array,
  size: number,
): PairTable {
  const fitted = <T extends Int32Array | Uint8Array>(array: T): T =>
    (size * 10 >= array.length * 9 ? array.subarray(0, size) : array.slice(0, size)) as T;
  return { mentees, mentors, start, mentor: fitted(mentor), score: fitted(score) };
}

/** Fills a table row by row; mentors within a row must come in ascending order. */
export class PairTableBuilder {
  private readonly start: Int32Array;
  private mentor: Int32Array;
  private score: Uint8Array;
  private row = 0;
  private size = 0;

  constructor(
    private readonly mentees: number,
    private readonly mentors: number,
    expected = 1024,
  ) {
    this.start = new Int32Array(mentees + 1);
    this.mentor = new Int32Array(Math.max(1, expected));
    this.score = new Uint8Array(Math.max(1, expected));
  }

  add(j: number, score: number): void {
    if (this.size === this.mentor.length) this.grow();
    this.mentor[this.size] = j;
    this.score[this.size] = score;
    this.size++;
  }

  endRow(): void {
    this.row++;
    this.start[this.row] = this.size;
  }

  table(): PairTable {
    for (let i = this.row + 1; i <= this.mentees; i++) this.start[i] = this.size;
    return fittedPairTable(this.mentees, this.mentors, this.start, this.mentor, this.score, this.size);
  }

  private grow(): void {
    const mentor = new Int32Array(this.mentor.length * 2);
    mentor.set(this.mentor);
    this.mentor = mentor;
    const score = new Uint8Array(this.score.length * 2);
    score.set(this.score);
    this.score = score;
  }
}
