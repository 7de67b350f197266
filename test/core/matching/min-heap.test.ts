import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedMinHeap } from '../../../src/core/matching/assignment/min-heap';

/** Pushes (item, key), pops and clears, in any order: the heap against a plain map of best keys. */
const operations = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('push' as const),
      item: fc.integer({ min: 0, max: 11 }),
      key: fc.integer({ min: -50, max: 50 }),
    }),
    fc.record({ kind: fc.constant('pop' as const) }),
    fc.record({ kind: fc.constant('clear' as const) }),
  ),
  { maxLength: 80 },
);

describe('IndexedMinHeap', () => {
  it('pops the smallest key, keeps each item once with its lowest key, and clears', () => {
    fc.assert(
      fc.property(operations, (ops) => {
        const heap = new IndexedMinHeap(12);
        const model = new Map<number, number>();
        for (const op of ops) {
          if (op.kind === 'push') {
            const known = model.get(op.item);
            if (known === undefined || op.key < known) model.set(op.item, op.key);
            heap.push(op.item, op.key);
          } else if (op.kind === 'clear') {
            heap.clear();
            model.clear();
          } else if (model.size > 0) {
            const least = Math.min(...model.values());
            expect(heap.peekKey()).toBe(least);
            const item = heap.pop();
            expect(model.get(item)).toBe(least);
            model.delete(item);
          }
          expect(heap.size).toBe(model.size);
          for (let item = 0; item < 12; item++) expect(heap.has(item)).toBe(model.has(item));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
