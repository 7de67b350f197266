import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/core/cell';
import { buildAnalyticReport } from '../../../src/core/documents/analytic-report';
import { plainText } from '../../../src/core/documents/plain-text';
import { readReportData } from '../../../src/core/documents/report-data';
import { INDICATORS_SHEET } from '../../../src/core/indicators/indicators-table';
import { Settings } from '../../../src/core/settings/settings';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { memoryEnv } from '../../support/memory-workbook';
import { schoolWorkbook } from './fixture';

const NOW = new Date(2026, 10, 15);
const base = { teachersTotal: 20, pupilsTotal: 100, academicYear: 2026, organizationName: 'МБОУ «Школа № 1»' };

function planHeaders(period: Record<string, string>) {
  const wb = schoolWorkbook({ ...base, ...period });
  runIndicators(memoryEnv(wb, NOW));
  const header = (wb.readSheet(INDICATORS_SHEET) ?? [])[0].map(cellText);
  return { wb, plans: header.filter((h) => h.startsWith('План')) };
}

describe('plan columns speak of the programme’s years', () => {
  it('one academic year (no dates): three academic years from it, as before', () => {
    expect(planHeaders({}).plans).toEqual(['План 2026/27', 'План 2027/28', 'План 2028/29']);
  });

  it('a calendar-year programme 2025–2027: «План 2025» … «План 2027», judged by this year’s plan', () => {
    const { wb, plans } = planHeaders({ programStart: '2025', programEnd: '2027' });
    expect(plans).toEqual(['План 2025', 'План 2026', 'План 2027']);
    const grid = wb.readSheet(INDICATORS_SHEET) ?? [];
    const source = grid[0].map(cellText).indexOf('Источник');
    const withoutPlan = grid
      .slice(1)
      .map((row) => cellText(row[source]))
      .find((s) => s.includes('план на'));
    expect(withoutPlan).toContain('план на 2026 не задан — впишите его в столбец «План 2026»');
    const report = plainText(
      buildAnalyticReport(readReportData(wb, NOW), Settings.fromSheet(wb.readSheet('Настройки')), NOW),
    );
    expect(report).toContain(
      'Программа на 2025–2027 годы (годы программы: 2025, 2026, 2027; текущий — 2026; данные на 15.11.2026)',
    );
    expect(report.join('\n')).toContain('Показатель | Ед. изм. | План 2026 | Факт | Статус');
    expect(report.join('\n')).toContain('В программе наставничества на 2025–2027 годы действуют');
    expect(report.join('\n')).not.toContain('учебный год');
  });

  it('several academic years: «План 2025/26» … and the report names the period', () => {
    const { wb, plans } = planHeaders({ programStart: '01.09.2025', programEnd: '31.05.2028' });
    expect(plans).toEqual(['План 2025/26', 'План 2026/27', 'План 2027/28']);
    const report = plainText(
      buildAnalyticReport(readReportData(wb, NOW), Settings.fromSheet(wb.readSheet('Настройки')), NOW),
    ).join('\n');
    expect(report).toContain(
      'Программа на 2025–2028 годы (годы программы: 2025/26, 2026/27, 2027/28; текущий — 2026/27',
    );
    expect(report).toContain('| План 2026/27 |');
  });
});
