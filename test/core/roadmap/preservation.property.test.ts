import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, cellText } from '../../../src/core/cell';
import { ROADMAP_SHEET, ROADMAP_STATUSES } from '../../../src/core/roadmap/roadmap-layout';
import { generateRoadmapUseCase } from '../../../src/core/usecases/roadmap';
import { MemoryStore, MemoryWorkbook, memoryEnv, settingsGrid } from './memory-workbook';

const NOW = new Date(2026, 10, 15);

function school(): MemoryWorkbook {
  return new MemoryWorkbook({
    Настройки: settingsGrid({ academicYear: 2026, curatorName: 'Петрова Анна Сергеевна' }),
    Наставляемые: [
      ['ФИО', 'Желаемая форма'],
      ['Иванов Иван', 'учитель – учитель'],
    ],
  });
}

const edit = fc.record({
  row: fc.nat(),
  status: fc.constantFrom(...ROADMAP_STATUSES),
  mark: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  link: fc.webUrl(),
});

describe('regenerating «Дорожная карта» (property)', () => {
  it('keeps every status, mark and link the methodist wrote, and every row they added', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 8 }),
        fc.array(fc.string({ minLength: 3, maxLength: 20 }), { maxLength: 3 }),
        (edits, added) => {
          const wb = school();
          const store = new MemoryStore();
          generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
          const grid = wb.sheets.get(ROADMAP_SHEET) ?? [];
          const col = (h: string) => grid[0].indexOf(h);
          const expected = new Map<string, Cell[]>();
          for (const e of edits) {
            const row = grid[1 + (e.row % (grid.length - 1))];
            row[col('Статус')] = e.status;
            row[col('Отметка о выполнении')] = e.mark;
            row[col('Ссылка на документ')] = e.link;
            expected.set(cellText(row[col('Код')]), [e.status, e.mark, e.link]);
          }
          const manual = added.filter((t) => t.trim() !== '').map((t) => `Своё: ${t.trim()}`);
          for (const text of manual) {
            const row: Cell[] = grid[0].map(() => null);
            row[col('Мероприятие')] = text;
            grid.push(row);
          }
          generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
          const after = wb.readSheet(ROADMAP_SHEET) ?? [];
          const at = (h: string) => after[0].indexOf(h);
          for (const [code, values] of expected) {
            const row = after.find((r) => r[at('Код')] === code);
            expect(row && [row[at('Статус')], row[at('Отметка о выполнении')], row[at('Ссылка на документ')]]).toEqual(
              values,
            );
          }
          const events = after.map((r) => cellText(r[at('Мероприятие')]));
          for (const text of manual) expect(events).toContain(text);
          expect(after.slice(1).map((r) => r[at('№')])).toEqual(after.slice(1).map((_, i) => i + 1));
        },
      ),
      { numRuns: 40 },
    );
  });
});
