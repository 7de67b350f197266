import { describe, expect, it } from 'vitest';
import { PairTableBuilder } from '../../../src/core/matching/assignment/pair-table';
import { formGroups } from '../../../src/core/matching/modes/groups';

describe('formGroups (group mode)', () => {
  it('works on the allowed pairs only: 30 000 × 30 000 with two pairs a mentee fits in memory', () => {
    // A dense mentees × mentors table would be 9·10⁸ cells (3.6 GB as Int32); the pairs are 60 000.
    const size = 30_000;
    const builder = new PairTableBuilder(size, size, 2 * size);
    for (let i = 0; i < size; i++) {
      const next = (i + 1) % size;
      const [first, second] = next < i ? [next, i] : [i, next];
      builder.add(first, first === i ? 90 : 40);
      builder.add(second, second === i ? 90 : 40);
      builder.endRow();
    }
    const key = 'очно\u0001';
    const result = formGroups({
      mentees: size,
      mentors: size,
      capacity: new Array<number>(size).fill(2),
      score: builder.table(),
      menteeKey: new Array<string>(size).fill(key),
      mentorKeys: Array.from({ length: size }, () => [key]),
      min: 1,
      max: 2,
    });
    // Every mentee takes its own mentor (90 points): the best assignment, all groups of one.
    expect(result.mentorOf.every((j, i) => j === i)).toBe(true);
    expect(result.dissolved.size).toBe(0);
  });
});
