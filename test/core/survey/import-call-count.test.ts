import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import type { WorkbookPort } from '../../../src/core/ports';
import { importAnswers } from '../../../src/core/usecases/survey/import-answers';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';

/** Counts WorkbookPort calls (each one is a constant number of service calls in the adapters). */
function counting(inner: MemoryWorkbook): { port: WorkbookPort; calls: string[] } {
  const calls: string[] = [];
  const port: WorkbookPort = {
    sheetNames() {
      calls.push('sheetNames');
      return inner.sheetNames();
    },
    readSheet(name) {
      calls.push(`readSheet:${name}`);
      return inner.readSheet(name);
    },
    ensureSheet(name) {
      calls.push(`ensureSheet:${name}`);
      return inner.ensureSheet(name);
    },
    writeBlock(sheet, block) {
      calls.push(`writeBlock:${sheet}`);
      inner.writeBlock(sheet, block);
    },
    clearRows(sheet, from, to) {
      calls.push(`clearRows:${sheet}`);
      inner.clearRows(sheet, from, to);
    },
    formatSheet(sheet, format) {
      calls.push(`formatSheet:${sheet}`);
      inner.formatSheet(sheet, format);
    },
    upsertChart(sheet, chart) {
      calls.push(`upsertChart:${sheet}`);
      return inner.upsertChart(sheet, chart);
    },
  };
  return { port, calls };
}

const HEADER = [
  'Время создания',
  'Email',
  'Фамилия, имя, отчество',
  'Образовательная организация',
  'Насколько вы удовлетворены участием в программе в целом?',
  'Что бы вы предложили изменить в программе?',
];

function exported(count: number): Grid {
  const rows: Grid = [HEADER];
  for (let i = 0; i < count; i++)
    rows.push([
      `2026-12-0${1 + (i % 9)} 10:${String(i % 60).padStart(2, '0')}:00`,
      `p${i}@school.ru`,
      `Участник ${i}`,
      'МБОУ СОШ № 1',
      1 + (i % 10),
      i % 3 === 0 ? '=1+1' : 'ничего',
    ]);
  return rows;
}

describe('import cost', () => {
  it('calls the workbook port the same number of times for 10 and for 10 000 responses', () => {
    const run = (count: number) => {
      const book = new MemoryWorkbook({ Наставляемые: [['ID', 'ФИО', 'Организация', 'E-mail']] });
      const { port, calls } = counting(book);
      const env = { ...memoryEnv(book), workbook: port };
      importAnswers(env, [{ name: 'yandex.csv', grid: exported(count), template: 'satisfaction', wave: 'разовая' }]);
      calls.length = 0;
      const again = importAnswers(env, [
        { name: 'yandex.csv', grid: exported(count + 3), template: 'satisfaction', wave: 'разовая' },
      ]);
      expect(again.figures).toMatchObject({ added: 3, unchanged: count });
      return calls;
    };
    expect(run(10_000)).toEqual(run(10));
  }, 60_000);
});
