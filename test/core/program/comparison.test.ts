import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { INDICATORS_SHEET } from '../../../src/core/indicators/indicators-table';
import { STATUS_COLOURS } from '../../../src/core/indicators/status';
import { buildAnalyticReport } from '../../../src/core/documents/analytic-report';
import { plainText } from '../../../src/core/documents/plain-text';
import { readReportData } from '../../../src/core/documents/report-data';
import { Settings } from '../../../src/core/settings/settings';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { mentee, mentor, pair, settingsSheet, sheet } from '../indicators/fixture';

const TT = 'учитель – учитель';
const NAMES = {
  A: ['Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»', 'СОШ № 5'],
  B: ['МБОУ «Гимназия № 3»', ''],
  C: ['МКОУ «Зрыхская СОШ»', 'Зрыхская СОШ'],
  D: ['МБОУ «Лицей № 2»', 'Лицей № 2'],
} as const;

/** П-04 (plan 100 % by default): A 3 of 3, B 3 of 4, C 0 of 3, D 1 of 2 (about 2 people: not shown). */
function municipality(): MemoryWorkbook {
  const mentees: Record<string, Cell>[] = [];
  const pairs: Record<string, Cell>[] = [];
  const mentors: Record<string, Cell>[] = [];
  const add = (school: keyof typeof NAMES, total: number, paired: number) => {
    const name = NAMES[school][0];
    mentors.push(mentor(`НК-${school}`, `Наставник ${school}`, 'педагог', name));
    for (let i = 0; i < total; i++) {
      mentees.push(mentee(`НЯ-${school}${i}`, `Наставляемый ${school} ${i}`, 'педагог', 30, 5, name));
      if (i < paired) pairs.push(pair(`П-${school}${i}`, '', `НК-${school}`, `НЯ-${school}${i}`, TT, '', 'активна'));
    }
  };
  add('A', 3, 3);
  add('B', 4, 3);
  add('C', 3, 0);
  add('D', 2, 1);
  return new MemoryWorkbook({
    Настройки: settingsSheet({ academicYear: 2026 }),
    Организации: [['Полное название', 'Краткое название'], ...Object.values(NAMES).map(([n, s]) => [n, s] as Cell[])],
    Наставники: sheet(mentors),
    Наставляемые: sheet(mentees),
    Пары: sheet(pairs),
  });
}

function comparisonBlock(workbook: MemoryWorkbook) {
  const written = workbook.blocks.find(
    (b) => b.sheet === INDICATORS_SHEET && b.block.values[0]?.[0] === 'Разрез по организациям',
  );
  if (!written) throw new Error('no comparison');
  const { values, backgrounds, notes } = written.block;
  const header = values[1].map(String);
  const p04 = header.findIndex((h) => h.startsWith('П-04'));
  const rowOf = (label: string) => values.findIndex((r) => r[1] === label);
  return {
    values,
    backgrounds: backgrounds as (string | null)[][],
    notes: notes as (string | null)[][],
    header,
    p04,
    rowOf,
  };
}

describe('comparison of organizations', () => {
  it('ranks the schools, colours figures against the plan, masks 1–2 people and names who lags', () => {
    const workbook = municipality();
    runIndicators(memoryEnv(workbook));
    const { values, backgrounds, notes, header, p04, rowOf } = comparisonBlock(workbook);
    expect(header.slice(0, 2)).toEqual(['Место', 'Организация']);
    // short names from «Организации» (the full name when there is none), the full one in the note
    const a = rowOf('СОШ № 5');
    expect(values[a][0]).toBe(1);
    expect(notes[a][1]).toBe(NAMES.A[0]);
    expect(values[rowOf('МБОУ «Гимназия № 3»')][0]).toBe(2);
    expect(values[rowOf('Зрыхская СОШ')][0]).toBe(3);
    const d = rowOf('Лицей № 2');
    expect(values[d][p04]).toBe('менее 3 чел.');
    expect(values[d][0]).toBe('—');
    expect(backgrounds[d][p04]).toBeNull();
    expect(values[a][p04]).toBe(100);
    expect(backgrounds[a][p04]).toBe(STATUS_COLOURS['достигнут']);
    expect(values[rowOf('МБОУ «Гимназия № 3»')][p04]).toBe(75);
    expect(backgrounds[rowOf('МБОУ «Гимназия № 3»')][p04]).toBe(STATUS_COLOURS['не достигнут']);
    // the total over all rows: 7 of 12, not the mean of 100, 75, 0 and 50
    const total = rowOf('Итого по программе');
    expect(values[total][p04]).toBe(58.3);
    const lagging = values.find((r) => String(r[1]).startsWith('Отстают'));
    expect(lagging?.[1]).toBe(
      'Отстают: МБОУ «Гимназия № 3» (П-04 75 % при плане 100 %), Зрыхская СОШ (П-04 0 % при плане 100 %)',
    );
    expect(JSON.stringify(values)).not.toContain('Лицей № 2 (');
  });

  it('«Сводка» shows each school by place, with the same figures and the lagging line', () => {
    const workbook = municipality();
    runIndicators(memoryEnv(workbook));
    const summary = workbook.grid('Сводка') as Grid;
    const labels = summary.map((r) => String(r[0]));
    const start = labels.indexOf('По организациям: место, наставляемые в парах');
    expect(start).toBeGreaterThan(0);
    expect(summary.slice(start + 1, start + 5).map((r) => [r[0], r[1]])).toEqual([
      ['1. СОШ № 5', 100],
      ['2. МБОУ «Гимназия № 3»', 75],
      ['3. Зрыхская СОШ', 0],
      ['— Лицей № 2', 'менее 3 чел.'],
    ]);
    expect(labels[start + 5]).toMatch(/^Отстают: МБОУ «Гимназия № 3» \(П-04 75 %/);
  });

  it('the analytic report names who leads and who lags, from the same comparison', () => {
    const workbook = municipality();
    const now = new Date(2026, 10, 22);
    runIndicators(memoryEnv(workbook, now));
    const settings = Settings.fromSheet(workbook.readSheet('Настройки'));
    const text = plainText(buildAnalyticReport(readReportData(workbook, now), settings, now)).join('\n');
    expect(text).toContain('Сравнение организаций');
    expect(text).toContain('Лидируют: СОШ № 5 (достигнут план по 1 из 1 показателей).');
    expect(text).toContain(
      'Отстают: МБОУ «Гимназия № 3» (П-04 75 % при плане 100 %), Зрыхская СОШ (П-04 0 % при плане 100 %).',
    );
    expect(text).toContain('Отстают от плана организации: МБОУ «Гимназия № 3», Зрыхская СОШ');
    expect(text).toContain('— | Лицей № 2 | менее 3 чел. |');
    expect(text).not.toMatch(/Лицей № 2[^\n]*50/);
  });
});
