import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { rowRanges } from '../../../src/core/indicators/source-text';
import { answerKey } from '../../../src/core/swot/generate';
import { SWOT_SHEET } from '../../../src/core/swot/swot-sheet';
import { runSwot } from '../../../src/core/usecases/swot';
import { memoryEnv } from '../../support/memory-workbook';
import { schoolWorkbook } from '../indicators/fixture';

function expand(ranges: string): number[] {
  if (ranges === '') return [];
  return ranges.split(', ').flatMap((part) => {
    const [from, to] = part.split('–').map(Number);
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
  });
}

describe('source row ranges', () => {
  it('expand back to the sorted distinct rows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 400 }), { maxLength: 80 }), (rows) => {
        expect(expand(rowRanges(rows))).toEqual([...new Set(rows)].sort((a, b) => a - b));
      }),
    );
  });
});

describe('open answers grouping', () => {
  it('ignores case, ё/е, quotes, punctuation and extra spaces', () => {
    const word = fc.stringMatching(/^[а-я]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '.', '!', '…'), (words, tail) => {
        const plain = words.join(' ');
        const noisy = `«${words.map((w) => w.toUpperCase().replace(/е/g, 'ё')).join('  ')}»${tail}`;
        expect(answerKey(noisy)).toBe(answerKey(plain));
      }),
    );
  });
});

describe('the curator’s SWOT entries', () => {
  it('all survive any number of regenerations, each exactly once', () => {
    const entry = fc.record({
      quadrant: fc.constantFrom(0, 5),
      half: fc.constantFrom('top', 'bottom'),
      text: fc.stringMatching(/^[А-Яа-я][а-я ]{3,30}$/),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { maxLength: 6, selector: (e) => e.text.trim().toLowerCase() }),
        fc.integer({ min: 1, max: 3 }),
        (entries, runs) => {
          const workbook = schoolWorkbook();
          const env = memoryEnv(workbook);
          runSwot(env);
          const grid = workbook.sheets.get(SWOT_SHEET) as Grid;
          for (const e of entries) {
            const anchor = grid.findIndex(
              (row) => row[0] === (e.half === 'top' ? 'Сильные стороны (S)' : 'Возможности (O)'),
            );
            grid.splice(anchor + 2, 0, Array(9).fill(null));
            grid[anchor + 2][e.quadrant] = e.text.trim();
          }
          for (let i = 0; i < runs; i++) runSwot(env);
          const texts = workbook.grid(SWOT_SHEET).flatMap((row) => [row[0], row[5]]);
          for (const e of entries) expect(texts.filter((t) => t === e.text.trim())).toHaveLength(1);
        },
      ),
      { numRuns: 40 },
    );
  });
});
