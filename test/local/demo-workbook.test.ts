import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { checkBases } from '../../src/core/usecases/check-bases';
import { generateDemoWorkbook } from '../../src/local/demo/demo-workbook';
import type { MistakeKind } from '../../src/local/demo/generate';
import { TerminalProgress } from '../../src/local/terminal-progress';

const quiet = {
  progress: new TerminalProgress(process.stderr, true),
  clock: { now: () => new Date(2026, 9, 1, 12, 0) },
};

function problemsAt(grid: Grid): Array<{ severity: string; sheet: string; row: number; column: string }> {
  return grid
    .slice(1)
    .map((r) => ({ severity: cellText(r[1]), sheet: cellText(r[2]), row: Number(r[3]), column: cellText(r[4]) }));
}

describe('the demo workbook', () => {
  it('without mistakes passes the check with no problem at all', () => {
    const { env, report } = generateDemoWorkbook({ participants: 800, organizations: 15, seed: 4 }, quiet);
    const result = checkBases(env);
    expect(result.figures).toMatchObject({
      mentors: report.mentorRows,
      mentees: report.menteeRows,
      errors: 0,
      warnings: 0,
    });
  });

  it('with mistakes: the check reports each one where the generator put it, and tolerates the harmless ones', () => {
    const { env, data } = generateDemoWorkbook({ participants: 120, seed: 9, mistakes: true }, quiet);
    checkBases(env);
    const problems = problemsAt(env.workbook.readSheet('Проблемы') ?? []);
    const expected: Partial<Record<MistakeKind, string>> = {
      'bad-email': 'предупреждение',
      'experience-not-number': 'предупреждение',
      'impossible-date': 'предупреждение',
      'missing-consent': 'ошибка',
      'minor-without-representative-consent': 'ошибка',
      'unknown-form': 'ошибка',
      'unknown-category': 'ошибка',
    };
    for (const mistake of data.mistakes) {
      const here = problems.filter((p) => p.sheet === mistake.sheet && p.row === mistake.row);
      const severity = expected[mistake.kind];
      if (severity) {
        expect(
          here.some((p) => p.severity === severity && p.column === mistake.column),
          `${mistake.kind} row ${mistake.row}`,
        ).toBe(true);
      } else if (mistake.kind === 'duplicate') {
        expect(
          here.some((p) => p.severity === 'ошибка'),
          'duplicate',
        ).toBe(true);
      } else {
        // «12,5 лет», a date typed as text, '=' in text, blank rows: read correctly, nothing to report there.
        expect(
          here.filter((p) => p.column === mistake.column),
          mistake.kind,
        ).toEqual([]);
      }
    }
  });

  it('keeps the curator columns, their notes and formula-looking text through save and reopen', async () => {
    const { env } = generateDemoWorkbook({ participants: 60, seed: 1, mistakes: true }, quiet);
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-demo-')), 'demo.xlsx');
    await env.save(path);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const mentors = excel.getWorksheet('Наставники');
    const header = ((mentors?.getRow(1).values ?? []) as unknown[]).map((v) => (v === undefined ? '' : String(v)));
    const commentCol = header.indexOf('Комментарий куратора');
    expect(commentCol).toBeGreaterThan(0);
    expect(mentors?.getCell(1, commentCol).note).toBe('Мои пометки — программа их не трогает');
    let formulaLike = 0;
    mentors?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.startsWith('=')) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          formulaLike++;
        }
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    );
    expect(formulaLike).toBeGreaterThan(0);
    const phones = excel.getWorksheet('Наставляемые');
    const phoneCol = ((phones?.getRow(1).values ?? []) as unknown[]).indexOf('Телефон');
    const phoneCells: ExcelJS.Cell[] = [];
    phones?.getColumn(phoneCol).eachCell((cell, row) => row > 1 && cell.value !== null && phoneCells.push(cell));
    expect(phoneCells.length).toBeGreaterThan(5);
    for (const cell of phoneCells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(String(cell.value)).toMatch(/^\+7 9\d\d \d{3}-\d\d-\d\d$/);
    }
  });

  it('lists the organizations in «Справочники» and fills «Настройки»', () => {
    const { env, data } = generateDemoWorkbook({ participants: 300, organizations: 15, seed: 2 }, quiet);
    const catalogues = env.workbook.readSheet('Справочники') ?? [];
    const col = catalogues[0].indexOf('Организации');
    const listed = catalogues
      .slice(1)
      .map((r) => cellText(r[col]))
      .filter((v) => v !== '');
    expect(listed).toEqual(data.organizations.map((o) => o.name));
    const settings = env.workbook.readSheet('Настройки') ?? [];
    const keyCol = settings[0].indexOf('Ключ');
    const valueCol = settings[0].indexOf('Значение');
    const value = (key: string) => settings.find((r) => r[keyCol] === key)?.[valueCol];
    expect(value('municipality')).toBe('городской округ Приозёрный');
    expect(String(value('curatorName'))).toMatch(/^\S+ \S+ \S+$/);
  });
});
