import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { UNMATCHED_SHEET } from '../../src/core/matching/unmatched-sheet';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { approvePairs } from '../../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';
import { runIndicators } from '../../src/core/usecases/indicators';
import { loadProgram } from '../../src/core/bases/read-bases';

function demoWorkbook(participants = 120, mistakes = false) {
  const workbook = new MemoryWorkbook();
  const env = memoryEnv(workbook);
  setupWorkbook(env);
  fillDemoWorkbook(workbook, generateDemo({ participants, seed: 3, mistakes }));
  return { workbook, env };
}

function column(grid: Grid, header: string): string[] {
  const i = grid[0].findIndex((cell) => cellText(cell) === header);
  return grid.slice(1).map((row) => cellText(row[i]));
}

function setDecision(workbook: MemoryWorkbook, rows: number[], decision: string): void {
  const grid = workbook.grid(DRAFT_SHEET);
  const col = grid[0].findIndex((cell) => cellText(cell) === 'Решение');
  for (const row of rows) workbook.writeBlock(DRAFT_SHEET, { row, col: col + 1, values: [[decision]] });
}

describe('«Сформировать пары» and «Утвердить пары» on a generated school', () => {
  it('drafts pairs whose explanations add up, then approves them into the register and the bases', () => {
    const { workbook, env } = demoWorkbook();
    const result = formPairs(env);
    expect(result.status).toBe('done');
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    expect(draft.length).toBeGreaterThan(5);
    const scores = column(draft, 'Балл').map(Number);
    column(draft, 'Почему эта пара').forEach((text, i) => {
      const parts = [...text.matchAll(/\(\+(\d+)\)/g)].map((m) => Number(m[1]));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(scores[i]);
    });
    setDecision(workbook, [2, 3, 4], 'принять');
    const approved = approvePairs(env);
    expect(approved.figures?.approved).toBe(3);
    const register = workbook.readSheet(PAIRS_SHEET) as Grid;
    expect(column(register, 'ID пары')).toEqual(['П-0001', 'П-0002', 'П-0003']);
    expect(column(register, 'Статус')).toEqual(['активна', 'активна', 'активна']);
    const menteeIds = column(register, 'ID наставляемого');
    const mentees = workbook.readSheet('Наставляемые') as Grid;
    const ids = column(mentees, 'ID');
    const mentorNames = column(mentees, 'Наставник');
    for (const [k, id] of menteeIds.entries())
      expect(mentorNames[ids.indexOf(id)]).toBe(column(register, 'Наставник')[k]);
    // Approved rows left the draft.
    expect((workbook.readSheet(DRAFT_SHEET) as Grid).length).toBe(draft.length - 3);
  });

  it('moves the participants’ «Статус» with the register, never over a status the curator chose', () => {
    const { workbook, env } = demoWorkbook();
    formPairs(env);
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const [first, second] = column(draft, 'ID наставляемого');
    const mentees = () => workbook.readSheet('Наставляемые') as Grid;
    const statusCol = mentees()[0].findIndex((cell) => cellText(cell) === 'Статус');
    const rowOf = (id: string) => column(mentees(), 'ID').indexOf(id) + 2;
    workbook.writeBlock('Наставляемые', { row: rowOf(first), col: statusCol + 1, values: [['ожидает пары']] });
    workbook.writeBlock('Наставляемые', { row: rowOf(second), col: statusCol + 1, values: [['на паузе']] });
    setDecision(workbook, [2, 3], 'принять');
    const approved = approvePairs(env);
    const status = (id: string) => column(mentees(), 'Статус')[rowOf(id) - 2];
    expect(status(first)).toBe('в паре');
    expect(status(second)).toBe('на паузе');
    const mentorId = column(workbook.readSheet(PAIRS_SHEET) as Grid, 'ID наставника')[0];
    const mentors = workbook.readSheet('Наставники') as Grid;
    expect(column(mentors, 'Статус')[column(mentors, 'ID').indexOf(mentorId)]).toBe('в паре');
    expect(approved.lines.join(' ')).toContain('Обновлён «Статус» участников');
    // The pair ends: the next approval run says «завершил» for whoever has no other active pair.
    const register = workbook.readSheet(PAIRS_SHEET) as Grid;
    const registerStatus = register[0].findIndex((cell) => cellText(cell) === 'Статус');
    workbook.writeBlock(PAIRS_SHEET, { row: 2, col: registerStatus + 1, values: [['завершена']] });
    approvePairs(env);
    expect(status(first)).toBe('завершил');
  });

  it('re-running keeps approved pairs out, keeps rejections and never proposes a rejected pair again', () => {
    const { workbook, env } = demoWorkbook();
    formPairs(env);
    setDecision(workbook, [2], 'принять');
    setDecision(workbook, [3], 'отклонить');
    const first = workbook.readSheet(DRAFT_SHEET) as Grid;
    const rejectedKey = `${column(first, 'ID наставника')[1]}|${column(first, 'ID наставляемого')[1]}`;
    const acceptedMentee = column(first, 'ID наставляемого')[0];
    approvePairs(env);
    formPairs(env);
    const again = workbook.readSheet(DRAFT_SHEET) as Grid;
    const keys = column(again, 'ID наставника').map((mentor, i) => `${mentor}|${column(again, 'ID наставляемого')[i]}`);
    const decisions = column(again, 'Решение');
    expect(decisions[keys.indexOf(rejectedKey)]).toBe('отклонить');
    expect(keys.filter((key) => key === rejectedKey)).toHaveLength(1);
    expect(column(again, 'ID наставляемого').filter((id) => id === acceptedMentee)).toEqual([]);
    // Idempotent: a third run gives the same sheet.
    formPairs(env);
    expect(workbook.readSheet(DRAFT_SHEET)).toEqual(again);
  });

  it('«Без пары» lists exactly the mentees П-05 counts (consent, no errors), before and after approval', () => {
    const { workbook, env } = demoWorkbook(200, true);
    const people = () => {
      const grid = workbook.readSheet(UNMATCHED_SHEET) as Grid;
      return column(grid, 'ID наставляемого').filter((id) => id !== '');
    };
    /** П-05's own list: the base rows named in its «Источник», turned into ids. */
    const p05 = () => {
      runIndicators(env);
      const grid = workbook.grid('Показатели');
      const row = grid.find((r) => r[0] === 'П-05') as Grid[number];
      const source = cellText(row[grid[0].indexOf('Источник')]);
      const rows = new Set(
        (source.match(/строк[аи] ([\d–, ]+)/)?.[1] ?? '').split(', ').flatMap((part) => {
          const [from, to] = part.split('–').map(Number);
          return Array.from({ length: (to || from) - from + 1 }, (_, i) => from + i);
        }),
      );
      return loadProgram(workbook, env.clock.now())
        .bases.mentees.filter((m) => rows.has(m.row))
        .map((m) => m.id);
    };
    const { bases } = loadProgram(workbook, env.clock.now());
    const unusable = new Set(bases.mentees.filter((m) => !m.hasConsent || m.hasErrors).map((m) => m.id));
    expect(unusable.size).toBeGreaterThan(0);

    formPairs(env);
    expect(people().sort()).toEqual(p05().sort());
    expect(people().filter((id) => unusable.has(id))).toEqual([]);
    approvePairs(env, { acceptUndecided: true, minScore: 40 });
    const after = people();
    expect(after.sort()).toEqual(p05().sort());
    // some proposals stayed in the draft: they are still without a pair, and say so
    const grid = workbook.readSheet(UNMATCHED_SHEET) as Grid;
    expect(column(grid, 'Почему нет пары').some((reason) => reason.includes(DRAFT_SHEET))).toBe(true);
    expect(after.length).toBeGreaterThan(0);
  });

  it('lists unmatched mentees with a reason', () => {
    const { workbook, env } = demoWorkbook(200);
    formPairs(env);
    const unmatched = workbook.readSheet(UNMATCHED_SHEET) as Grid;
    for (const reason of column(unmatched, 'Почему нет пары')) expect(reason.length).toBeGreaterThan(10);
  });
});
