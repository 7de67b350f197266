import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../../src/core/survey/answers-table';
import { parseCsv } from '../../../src/core/survey/csv';
import { respondentKey, type ParsedResponse } from '../../../src/core/survey/responses';
import { identify } from '../../../src/core/survey/respondents';
import { indexRoster } from '../../../src/core/survey/roster';

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && s === s.trim());

function toCsv(grid: string[][], delimiter: string): string {
  const quote = (value: string) =>
    /[",;\r\n\t]/.test(value) || value.startsWith(' ') ? `"${value.replace(/"/g, '""')}"` : value;
  return grid.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

describe('properties', () => {
  it('CSV: whatever the cells hold, a written export parses back to the same table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(',', ';'),
        fc.array(fc.array(text, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (width, delimiter, rows) => {
          const grid = rows.map((row) => row.slice(0, width));
          expect(parseCsv(`\uFEFF${toCsv(grid, delimiter)}`)).toEqual(grid);
        },
      ),
    );
  });

  it('answers: importing the same responses again, in any order, changes nothing', () => {
    const response = fc.record({
      id: fc.integer({ min: 1, max: 30 }),
      person: fc.integer({ min: 0, max: 8 }),
      minute: fc.integer({ min: 0, max: 500 }),
      values: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 25 }), (raw) => {
        const unique = [...new Map(raw.map((r) => [r.id, r])).values()];
        const responses: ParsedResponse[] = unique.map((r) => ({
          responseId: `r-${r.id}`,
          timestamp: new Date(2026, 10, 1, 9, r.minute),
          sheetRow: 2,
          template: 'satisfaction',
          wave: 'разовая',
          email: `p${r.person}@x.ru`,
          fio: '',
          organization: '',
          participant: null,
          answers: [
            { code: 'email', value: `p${r.person}@x.ru` },
            ...r.values.map((value, i) => ({ code: `q${i}`, value })),
          ],
        }));
        const first = mergeAnswers(null, responses);
        const again = mergeAnswers(first.grid, [...responses].reverse());
        expect(again.added + again.replaced).toBe(0);
        expect(again.grid).toEqual(first.grid);
        // one response per person survives
        const people = new Set(unique.map((r) => r.person));
        expect(new Set(first.rows.map((row) => row.responseId)).size).toBe(people.size);
      }),
      {
        numRuns: 300,
        // two submissions of one person in the same second: the winner must not depend on import order
        examples: [
          [
            [
              { id: 1, person: 6, minute: 383, values: [1] },
              { id: 2, person: 6, minute: 383, values: [1] },
            ],
          ],
        ],
      },
    );
  });

  it('identity: case, ё/е, extra spaces and word order never change who is found', () => {
    const roster = indexRoster([
      {
        id: 'НЯ-0001',
        role: 'mentee',
        fio: 'Семёнова Алёна Петровна',
        organization: 'МБОУ СОШ № 1',
        email: '',
        row: 2,
      },
      { id: 'НЯ-0002', role: 'mentee', fio: 'Орлов Пётр Ильич', organization: 'МБОУ СОШ № 1', email: '', row: 3 },
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom('Семёнова Алёна Петровна', 'Орлов Пётр Ильич'),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.nat(),
        (fio, [upper, yo, spaces, _], shift) => {
          const words = fio.split(' ');
          const k = shift % words.length;
          let typed = [...words.slice(k), ...words.slice(0, k)].join(spaces ? '   ' : ' ');
          if (upper) typed = typed.toUpperCase();
          if (yo) typed = typed.replace(/ё/gi, 'е');
          const found = identify(roster, { email: '', fio: `  ${typed} `, organization: 'мбоу сош №1' });
          expect(found.found && found.person.fio).toBe(fio);
          expect(respondentKey(found.found ? found.person.id : '', '', typed, '', 'x')).toMatch(/^id:/);
        },
      ),
    );
  });
});
