import { describe, expect, it } from 'vitest';
import { type PairTable, PairTableBuilder } from '../../../src/core/matching/assignment/pair-table';
import { formGroups } from '../../../src/core/matching/modes/groups';

/** Every mentee and mentor of one group key, every mentor with the same capacity. */
function oneKeyGroups(score: PairTable, capacity: number, min: number, max: number) {
  const key = 'учитель – учитель\u0001';
  return formGroups({
    mentees: score.mentees,
    mentors: score.mentors,
    capacity: new Array<number>(score.mentors).fill(capacity),
    score,
    menteeKey: new Array<string>(score.mentees).fill(key),
    mentorKeys: Array.from({ length: score.mentors }, () => [key]),
    min,
    max,
  });
}

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
    const result = oneKeyGroups(builder.table(), 2, 1, 2);
    // Every mentee takes its own mentor (90 points): the best assignment, all groups of one.
    expect(result.mentorOf.every((j, i) => j === i)).toBe(true);
    expect(result.dissolved.size).toBe(0);
  });

  it('takes a few rounds, not one per group too small, when mentors far outnumber the groups', () => {
    // 400 mentees, 600 mentors who could each lead any of them: the best scores scatter the
    // mentees over hundreds of groups of one or two, below the minimum of three.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const [mentees, mentors] = [400, 600];
    const builder = new PairTableBuilder(mentees, mentors, mentees * mentors);
    for (let i = 0; i < mentees; i++) {
      for (let j = 0; j < mentors; j++) builder.add(j, Math.floor(random() * 101));
      builder.endRow();
    }
    const result = oneKeyGroups(builder.table(), 5, 3, 5);
    const sizes = new Map<number, number>();
    for (const j of result.mentorOf) if (j >= 0) sizes.set(j, (sizes.get(j) ?? 0) + 1);
    expect([...sizes.values()].every((size) => size >= 3 && size <= 5)).toBe(true);
    expect(result.mentorOf.every((j) => j >= 0)).toBe(true);
    // One group dissolved a round took 460 assignments here; a quarter a round takes 33.
    expect(result.assignments).toBeLessThanOrEqual(40);
    expect(result.dissolved.size).toBeGreaterThan(400);
  });
});
