import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { approvePairs } from '../../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { generateDemo } from '../../src/local/demo/generate';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

function column(grid: Grid, header: string): string[] {
  const i = grid[0].findIndex((cell) => cellText(cell) === header);
  return grid.slice(1).map((row) => cellText(row[i]));
}

describe('the role model in «Пары (черновик)»', () => {
  it('is explained, varies with the pair, and the curator’s choice survives re-running and reaches «Пары»', () => {
    const workbook = new MemoryWorkbook();
    const env = memoryEnv(workbook);
    setupWorkbook(env);
    fillDemoWorkbook(workbook, generateDemo({ participants: 120, seed: 3 }));
    formPairs(env);
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const models = column(draft, 'Ролевая модель');
    const reasons = column(draft, 'Почему эта модель');
    expect(new Set(models).size).toBeGreaterThan(3);
    expect(reasons.every((r) => r !== '')).toBe(true);
    const col = draft[0].findIndex((cell) => cellText(cell) === 'Ролевая модель');
    const decision = draft[0].findIndex((cell) => cellText(cell) === 'Решение');
    workbook.writeBlock(DRAFT_SHEET, { row: 2, col: col + 1, values: [['моя модель куратора']] });
    formPairs(env);
    const again = workbook.readSheet(DRAFT_SHEET) as Grid;
    const row = column(again, 'Ролевая модель').indexOf('моя модель куратора');
    expect(row).toBeGreaterThanOrEqual(0);
    expect(column(again, 'Почему эта модель')[row]).toMatch(/^выбрано куратором; подбор предлагал «/);
    workbook.writeBlock(DRAFT_SHEET, { row: row + 2, col: decision + 1, values: [['принять']] });
    approvePairs(env);
    expect(column(workbook.readSheet(PAIRS_SHEET) as Grid, 'Ролевая модель')).toEqual(['моя модель куратора']);
  });
});
