import { describe, expect, it } from 'vitest';
import { MENTORS_SHEET } from '../../src/core/bases/layouts';
import { readBases } from '../../src/core/bases/read-bases';
import { Catalogues } from '../../src/core/catalogues/catalogues';
import { groupSizeProblem } from '../../src/core/matching/settings';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { Settings } from '../../src/core/settings/settings';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

const TODAY = new Date(2026, 10, 22);

describe('numbers out of range (issue 15, item 7)', () => {
  it('стаж 1.797e308, 1e21 or Infinity is a problem at its row, never a figure', () => {
    const workbook = new MemoryWorkbook({
      [MENTORS_SHEET]: [
        ['ФИО', 'Стаж (лет)', 'Согласие на обработку ПДн (дата)'],
        ['Иванова Анна Петровна', 1.797e308, TODAY],
        ['Петров Олег Ильич', 1e21, TODAY],
        ['Сидоров Иван Ильич', Number.POSITIVE_INFINITY, TODAY],
        ['Кузнецова Мария Ивановна', 12.5, TODAY],
      ],
    });
    const bases = readBases(workbook, Settings.defaults(), Catalogues.defaults(), TODAY);
    expect(bases.mentors.map((m) => m.experienceYears)).toEqual([null, null, null, 12.5]);
    const rows = bases.problems.filter((p) => p.column === 'Стаж (лет)').map((p) => p.row);
    expect(rows).toEqual([2, 3, 4]);
  });

  it('group minimum above the maximum stops group matching with a message naming both values', () => {
    const settings = Settings.fromSheet([
      ['Ключ', 'Значение'],
      ['groupSizeMin', 10],
      ['groupSizeMax', 2],
    ]);
    expect(groupSizeProblem(settings)).toMatch(/10 больше.*= 2/);
    expect(groupSizeProblem(Settings.defaults())).toBeNull();
  });

  it('formPairs in the groups mode changes nothing when the bounds are the wrong way round', () => {
    const workbook = new MemoryWorkbook({
      Настройки: [
        ['Ключ', 'Значение'],
        ['groupSizeMin', 10],
        ['groupSizeMax', 2],
      ],
    });
    const result = formPairs(memoryEnv(workbook, TODAY), { mode: 'группы' });
    expect(result.status).toBe('nothing-to-do');
    expect(result.lines.join(' ')).toMatch(/больше/);
    expect(workbook.blocks).toEqual([]);
  });
});
