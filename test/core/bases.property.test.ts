import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/core/cell';
import { isBlank } from '../../src/core/cell';
import { Catalogues } from '../../src/core/catalogues/catalogues';
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { readBases } from '../../src/core/bases/read-bases';
import { Settings } from '../../src/core/settings/settings';
import { MemoryWorkbook } from '../support/memory-workbook';

const messyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(
    '=1+1',
    '+7 900',
    '-',
    '@home',
    '  Иванова  Анна ',
    'учитель – учитель',
    'учитель - учитель',
    '12,5',
    '31.02.2026',
    '01.09.2026',
    'a@b.ru',
    'x@',
    '<img src=x onerror=alert(1)>',
  ),
  fc.integer({ min: -100, max: 100_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: false }),
);

function headerArb(titles: string[]) {
  return fc.shuffledSubarray([...titles, 'Моя заметка', 'Ф.И.О.', 'Эл. почта'], { minLength: 0 });
}

function tableArb(titles: string[]): fc.Arbitrary<Grid> {
  return headerArb(titles).chain((header) =>
    fc
      .array(fc.array(messyCell, { minLength: header.length, maxLength: header.length + 2 }), { maxLength: 25 })
      .map((rows) => [header, ...rows]),
  );
}

describe('reading the bases never crashes and never loses a row', () => {
  it('every non-blank row becomes a participant; every unusable row is reported at its row', () => {
    fc.assert(
      fc.property(
        tableArb(MENTOR_COLUMNS.map((c) => c.header)),
        tableArb(MENTEE_COLUMNS.map((c) => c.header)),
        (mentorGrid, menteeGrid) => {
          const workbook = new MemoryWorkbook({ [MENTORS_SHEET]: mentorGrid, [MENTEES_SHEET]: menteeGrid });
          const bases = readBases(workbook, Settings.defaults(), Catalogues.defaults(), new Date(2026, 10, 22));
          const nonBlank = (grid: Grid) => grid.slice(1).filter((row) => row.some((cell) => !isBlank(cell))).length;
          const hasHeader = (grid: Grid) => grid[0].length > 0;
          expect(bases.mentors.length).toBe(hasHeader(mentorGrid) ? nonBlank(mentorGrid) : 0);
          expect(bases.mentees.length).toBe(hasHeader(menteeGrid) ? nonBlank(menteeGrid) : 0);
          for (const participant of [...bases.mentors, ...bases.mentees]) {
            if (participant.hasErrors || !participant.hasConsent) {
              const sheet = participant.role === 'mentor' ? MENTORS_SHEET : MENTEES_SHEET;
              const reported = bases.problems.some(
                (p) => p.sheet === sheet && (p.row === participant.row || p.row === null),
              );
              expect(reported).toBe(true);
            }
          }
          expect(new Set(bases.mentors.map((p) => p.id)).size).toBe(bases.mentors.length);
          expect(new Set(bases.mentees.map((p) => p.id)).size).toBe(bases.mentees.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
