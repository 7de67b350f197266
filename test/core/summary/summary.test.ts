import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { memoryEnv } from '../../support/memory-workbook';
import { schoolWorkbook } from '../indicators/fixture';

const value = (grid: Grid, label: string) => grid.find((row) => row[0] === label)?.[1];

describe('«Сводка»', () => {
  it('shows roadmap progress once «Дорожная карта» exists', () => {
    const workbook = schoolWorkbook();
    workbook.sheets.set('Дорожная карта', [
      ['№', 'Этап', 'Мероприятие', 'Начало', 'Окончание', 'Статус'],
      [1, 'Подготовка', 'Приказ о программе', new Date(2026, 8, 1), new Date(2026, 8, 5), 'выполнено'],
      [2, 'Подготовка', 'Положение о наставничестве', new Date(2026, 8, 1), new Date(2026, 8, 10), 'выполнено'],
      [3, 'Базы', 'Анкетирование', new Date(2026, 9, 1), new Date(2026, 9, 20), 'в работе'],
      [4, 'Пары', 'Встреча-знакомство', new Date(2026, 11, 1), new Date(2026, 11, 10), 'запланировано'],
      [5, 'Итоги', 'Конференция', new Date(2027, 4, 1), new Date(2027, 4, 20), 'отменено'],
    ]);
    runIndicators(memoryEnv(workbook, new Date(2026, 10, 22)));
    const summary = workbook.grid('Сводка');
    expect(value(summary, 'Выполнено')).toBe(2);
    expect(value(summary, 'Всего мероприятий')).toBe(4);
    expect(value(summary, 'Просрочено')).toBe(1);
  });

  it('is narrow, aggregates only, every figure with its source note, rewritten whole on a rerun', () => {
    const workbook = schoolWorkbook();
    runIndicators(memoryEnv(workbook));
    const summary = workbook.grid('Сводка');
    expect(summary.every((row) => row.length <= 2)).toBe(true);
    expect(value(summary, 'Пары')).toBe(2);
    expect(value(summary, 'Группы')).toBe(1);
    expect(value(summary, '  учитель – учитель')).toBe(2);
    // 2 respondents: not shown to the director
    expect(value(summary, 'Удовлетворённость (из 10)')).toBe('менее 3 чел.');
    expect(value(summary, 'Наставляемые в парах')).toBe(66.7);
    expect(value(summary, 'Достигнуто')).toBe('0 из 13');
    const write = workbook.blocks.filter((b) => b.sheet === 'Сводка').at(-1);
    const row = summary.findIndex((r) => r[0] === 'Наставляемые в парах');
    expect(write?.block.notes?.[row][1]).toContain('«Наставляемые», строки');
    expect(write?.block.numberFormats?.[row][1]).toBe('0.0" %"');
    expect(write?.block.fontSizes?.[row]).toEqual([11, 16]);
    expect(write?.block.horizontalAlignments?.[row][1]).toBe('right');
    const people = /Иванова|Петров|Смирнова|Кузнецов|Орлова|Ученик|Новикова|Сидорова/;
    expect(JSON.stringify(summary)).not.toMatch(people);

    const height = summary.length;
    runIndicators(memoryEnv(workbook));
    expect(workbook.grid('Сводка')).toHaveLength(height);
  });
});
