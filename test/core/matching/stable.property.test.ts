import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingPairs, deferredAcceptance, type StableProblem } from '../../../src/core/matching/modes/stable';

const problem = fc
  .record({ mentees: fc.integer({ min: 1, max: 8 }), mentors: fc.integer({ min: 1, max: 5 }) })
  .chain(({ mentees, mentors }) =>
    fc.record({
      mentees: fc.constant(mentees),
      mentors: fc.constant(mentors),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      menteeLists: fc.array(fc.shuffledSubarray([...Array(mentors).keys()]), {
        minLength: mentees,
        maxLength: mentees,
      }),
      mentorLists: fc.array(fc.shuffledSubarray([...Array(mentees).keys()]), {
        minLength: mentors,
        maxLength: mentors,
      }),
    }),
  );

function toProblem(p: {
  mentees: number;
  mentors: number;
  capacity: number[];
  menteeLists: number[][];
  mentorLists: number[][];
}): StableProblem {
  return {
    mentees: p.mentees,
    mentors: p.mentors,
    capacity: p.capacity,
    menteeChoices: p.menteeLists,
    mentorRank: (j, i) => {
      const rank = p.mentorLists[j].indexOf(i);
      return rank < 0 ? Number.POSITIVE_INFINITY : rank;
    },
  };
}

describe('stable mode (mentee-proposing deferred acceptance with capacities)', () => {
  it('never leaves a blocking pair, checked independently of the code', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const mentorOf = deferredAcceptance(toProblem(p));
        const members = Array.from({ length: p.mentors }, (_, j) =>
          [...mentorOf.keys()].filter((i) => mentorOf[i] === j),
        );
        members.forEach((list, j) => expect(list.length).toBeLessThanOrEqual(p.capacity[j]));
        for (let i = 0; i < p.mentees; i++) {
          const j = mentorOf[i];
          if (j >= 0) {
            expect(p.menteeLists[i]).toContain(j);
            expect(p.mentorLists[j]).toContain(i);
          }
          for (const wanted of p.menteeLists[i]) {
            if (wanted === j) break;
            const rankOfMe = p.mentorLists[wanted].indexOf(i);
            if (rankOfMe < 0 || p.capacity[wanted] === 0) continue;
            const full = members[wanted].length >= p.capacity[wanted];
            const prefersMe = members[wanted].some((k) => p.mentorLists[wanted].indexOf(k) > rankOfMe);
            expect(!full || prefersMe).toBe(false);
          }
        }
        expect(blockingPairs(toProblem(p), mentorOf)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('the check finds a blocking pair when there is one', () => {
    const p = toProblem({ mentees: 2, mentors: 1, capacity: [1], menteeLists: [[0], [0]], mentorLists: [[0, 1]] });
    expect(blockingPairs(p, Int32Array.from([-1, 0]))).toEqual([[0, 0]]);
  });
});
