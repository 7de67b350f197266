import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairTableFromDense } from '../../../src/core/matching/assignment/pair-table';
import { solveAssignment, workBound } from '../../../src/core/matching/assignment/solve-assignment';
import { flowOptimum, referenceOptimum } from './reference';

const instance = fc
  .record({ mentees: fc.integer({ min: 0, max: 7 }), mentors: fc.integer({ min: 0, max: 4 }) })
  .chain(({ mentees, mentors }) =>
    fc.record({
      mentees: fc.constant(mentees),
      mentors: fc.constant(mentors),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      score: fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 50, 100)), {
        minLength: mentees * mentors,
        maxLength: mentees * mentors,
      }),
    }),
  );

/** More mentors than the dense property, so that one best pair per side leaves pairs out. */
const wideInstance = sized({ mentees: 9, mentors: 6, capacity: 2 });

/** Up to 40 mentees × 16 mentors, many ties among the scores, about a third of the pairs forbidden. */
const mediumInstance = fc
  .record({ mentees: fc.integer({ min: 1, max: 40 }), mentors: fc.integer({ min: 1, max: 16 }) })
  .chain(({ mentees, mentors }) =>
    fc.record({
      mentees: fc.constant(mentees),
      mentors: fc.constant(mentors),
      capacity: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: mentors, maxLength: mentors }),
      score: fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 30, 60, 100)), {
        minLength: mentees * mentors,
        maxLength: mentees * mentors,
      }),
    }),
  );

/** Capacities summing to fewer places than mentees. */
const fewerPlaces = sized({ mentees: 10, mentors: 4, capacity: 2 }).filter(
  (problem) => problem.capacity.reduce((a, b) => a + b, 0) < problem.mentees,
);

function sized(limits: { mentees: number; mentors: number; capacity: number }) {
  return fc
    .record({
      mentees: fc.integer({ min: 1, max: limits.mentees }),
      mentors: fc.integer({ min: 1, max: limits.mentors }),
    })
    .chain(({ mentees, mentors }) =>
      fc.record({
        mentees: fc.constant(mentees),
        mentors: fc.constant(mentors),
        capacity: fc.array(fc.integer({ min: 0, max: limits.capacity }), { minLength: mentors, maxLength: mentors }),
        score: fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 50, 100)), {
          minLength: mentees * mentors,
          maxLength: mentees * mentors,
        }),
      }),
    );
}

describe('solveAssignment (exact capacitated assignment)', () => {
  it('equals the brute-force optimum: matched count first, then total score', () => {
    fc.assert(
      fc.property(instance, (problem) => {
        const reference = referenceOptimum(problem);
        expect(flowOptimum(problem)).toEqual(reference); // the medium-size reference agrees here
        // relaxAtLeast 1: a mentee's pairs really wait in the heap (rows here are shorter than 8).
        for (const options of [{}, { relaxAtLeast: 1 }]) {
          const result = solveAssignment(problem, options);
          expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(reference);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('proves a candidate-pairs optimum on the full table, or widens the candidates until it can', () => {
    fc.assert(
      fc.property(wideInstance, (problem) => {
        const reference = referenceOptimum(problem);
        for (const relaxAtLeast of [8, 1]) {
          const result = solveAssignment(problem, { candidatesPerSide: 1, candidateShare: 1, relaxAtLeast });
          expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(reference);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is exact when places are fewer than mentees (many mentees stay unmatched)', () => {
    fc.assert(
      fc.property(fewerPlaces, (problem) => {
        for (const options of [
          {},
          { candidateShare: 0, relaxAtLeast: 1 },
          { candidatesPerSide: 1, candidateShare: 1, relaxAtLeast: 1 },
        ]) {
          const result = solveAssignment(problem, options);
          expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(referenceOptimum(problem));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('equals a min-cost-flow optimum on medium instances (rows longer than a relaxation chunk, dead ends)', () => {
    fc.assert(
      fc.property(mediumInstance, (problem) => {
        const reference = flowOptimum(problem);
        for (const options of [{}, { candidatesPerSide: 3, candidateShare: 1 }, { relaxAtLeast: 1 }]) {
          const result = solveAssignment(problem, options);
          expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(reference);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('respects capacities and forbidden pairs, within the work bound', () => {
    fc.assert(
      fc.property(instance, (problem) => {
        const { mentorOf, work } = solveAssignment(problem, { relaxAtLeast: 1 });
        const load = new Array(problem.mentors).fill(0);
        mentorOf.forEach((j, i) => {
          if (j < 0) return;
          load[j]++;
          expect(problem.score[i * problem.mentors + j]).toBeGreaterThanOrEqual(0);
        });
        load.forEach((l, j) => expect(l).toBeLessThanOrEqual(problem.capacity[j]));
        expect(work).toBeLessThanOrEqual(
          workBound(pairTableFromDense(problem.mentees, problem.mentors, problem.score)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('prefers matching one more mentee over a higher total score', () => {
    // Mentor 0 (capacity 1) is the best for both, but only mentee 1 can also take mentor 1.
    const result = solveAssignment({ mentees: 2, mentors: 2, capacity: [1, 1], score: [100, -1, 100, 0] });
    expect(Array.from(result.mentorOf)).toEqual([0, 1]);
    expect(result).toMatchObject({ matched: 2, totalScore: 100 });
  });

  it('lets an earlier mentee give up its pair when a later one is worth more there', () => {
    // One place; mentee 0 comes first with 10 points, mentee 1 would earn 90.
    const result = solveAssignment({ mentees: 2, mentors: 1, capacity: [1], score: [10, 90] });
    expect(Array.from(result.mentorOf)).toEqual([-1, 0]);
    expect(result).toMatchObject({ matched: 1, totalScore: 90 });
  });
});
