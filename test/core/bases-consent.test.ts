import { describe, expect, it } from 'vitest';
import { MENTEES_SHEET } from '../../src/core/bases/layouts';
import { consentGiven, loadProgram } from '../../src/core/bases/read-bases';
import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { orderUnits } from '../../src/core/documents/order';
import { readDocumentInput } from '../../src/core/documents/inputs';
import { DRAFT_COLUMNS, DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { PROBLEMS_SHEET } from '../../src/core/problems/problems-sheet';
import { checkBases } from '../../src/core/usecases/check-bases';
import { approvePairs } from '../../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

const TODAY = new Date(2026, 10, 22);

function col(grid: Grid, header: string): number {
  const i = grid[0].findIndex((cell) => cellText(cell) === header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

function setCell(workbook: MemoryWorkbook, sheet: string, row: number, header: string, value: Cell): void {
  workbook.writeBlock(sheet, { row, col: col(workbook.grid(sheet), header) + 1, values: [[value]] });
}

/**
 * The reproduction of issue 15, item 1: a generated school where four mentees lose their consent
 * (blank, «нет», a minor without the representative's, a date in the future), and the curator types
 * pairs for them into the draft with «принять».
 */
function schoolWithoutSomeConsents() {
  const workbook = new MemoryWorkbook();
  const env = memoryEnv(workbook, TODAY);
  setupWorkbook(env);
  fillDemoWorkbook(workbook, generateDemo({ participants: 80, seed: 5 }));
  checkBases(env);
  const { bases } = loadProgram(workbook, TODAY);
  const adults = bases.mentees.filter((m) => m.hasConsent && !m.isMinor && !m.hasErrors).slice(0, 4);
  const mentor = bases.mentors.find((m) => m.hasConsent && !m.hasErrors);
  if (adults.length < 4 || !mentor) throw new Error('fixture: not enough people with consent');
  const [blank, no, minor, future] = adults;
  setCell(workbook, MENTEES_SHEET, blank.row, 'Согласие на обработку ПДн (дата)', null);
  setCell(workbook, MENTEES_SHEET, no.row, 'Согласие на обработку ПДн (дата)', 'нет');
  setCell(workbook, MENTEES_SHEET, minor.row, 'Возраст', 15);
  setCell(workbook, MENTEES_SHEET, minor.row, 'Согласие законного представителя (дата)', null);
  setCell(workbook, MENTEES_SHEET, future.row, 'Согласие на обработку ПДн (дата)', new Date(2031, 0, 1));
  const refused = [blank, no, minor, future];
  const draft: Grid = [
    DRAFT_COLUMNS.map((c) => c.header),
    ...refused.map((mentee) =>
      DRAFT_COLUMNS.map((c) =>
        c.key === 'mentorId'
          ? mentor.id
          : c.key === 'menteeId'
            ? mentee.id
            : c.key === 'form'
              ? mentee.wantedForm
              : c.key === 'decision'
                ? 'принять'
                : null,
      ),
    ),
  ];
  workbook.ensureSheet(DRAFT_SHEET);
  workbook.writeBlock(DRAFT_SHEET, { row: 1, col: 1, values: draft });
  return { workbook, env, mentor, refused };
}

describe('consent: one definition, checked at every gate', () => {
  it('a consent dated after today is not consent; on the day it is', () => {
    expect(consentGiven(null, TODAY)).toBe(false);
    expect(consentGiven(new Date(2031, 0, 1), TODAY)).toBe(false);
    expect(consentGiven(new Date(2026, 10, 23), TODAY)).toBe(false);
    expect(consentGiven(new Date(2026, 10, 22, 23, 59), TODAY)).toBe(true);
    expect(consentGiven(new Date(2025, 0, 1), TODAY)).toBe(true);
  });

  it('the bases: none of the four has consent, each gets a problem at its row', () => {
    const { workbook, refused } = schoolWithoutSomeConsents();
    const { bases } = loadProgram(workbook, TODAY);
    for (const person of refused) {
      const read = bases.mentees.find((m) => m.id === person.id);
      expect(read?.hasConsent).toBe(false);
      expect(bases.problems.some((p) => p.sheet === MENTEES_SHEET && p.row === person.row)).toBe(true);
    }
    const future = bases.problems.find((p) => p.row === refused[3].row && p.sheet === MENTEES_SHEET);
    expect(future?.message).toMatch(/01\.01\.2031 ещё не наступила/);
  });

  it('approve: rows without consent are refused with a problem naming sheet and row; nothing of them reaches «Пары»', () => {
    const { workbook, env, refused } = schoolWithoutSomeConsents();
    const result = approvePairs(env);
    expect(result.figures?.approved).toBe(0);
    expect(result.figures?.skipped).toBe(4);
    for (const person of refused) {
      expect(result.lines.join('\n')).toContain(`лист «${MENTEES_SHEET}», строка ${person.row}`);
    }
    expect(result.lines.join('\n')).toContain('законного представителя');
    expect(workbook.readSheet(PAIRS_SHEET)?.slice(1) ?? []).toEqual([]);
    const problems = workbook.grid(PROBLEMS_SHEET);
    const draftRows = problems
      .slice(1)
      .filter((row) => row[col(problems, 'Лист')] === DRAFT_SHEET)
      .map((row) => row[col(problems, 'Строка')]);
    expect(draftRows).toEqual([2, 3, 4, 5]);
    // The refused rows stay in the draft for the curator.
    expect(workbook.grid(DRAFT_SHEET)).toHaveLength(5);
  });

  it('approve lets the rest through', () => {
    const { workbook, env, mentor } = schoolWithoutSomeConsents();
    const { bases } = loadProgram(workbook, TODAY);
    const ok = bases.mentees.find((m) => m.hasConsent && !m.hasErrors) as (typeof bases.mentees)[number];
    const draft = workbook.grid(DRAFT_SHEET);
    const line = draft[0].map((header) =>
      header === 'ID наставника'
        ? mentor.id
        : header === 'ID наставляемого'
          ? ok.id
          : header === 'Форма'
            ? ok.wantedForm
            : header === 'Решение'
              ? 'принять'
              : null,
    );
    workbook.writeBlock(DRAFT_SHEET, { row: draft.length + 1, col: 1, values: [line] });
    const result = approvePairs(env);
    expect(result.figures?.approved).toBe(1);
    expect(result.figures?.skipped).toBe(4);
  });

  it('draft: pinned pairs of people without consent are not kept and are reported', () => {
    const { workbook, env, refused } = schoolWithoutSomeConsents();
    for (const row of [2, 3, 4, 5]) setCell(workbook, DRAFT_SHEET, row, 'Решение', 'закрепить');
    formPairs(env);
    const draft = workbook.grid(DRAFT_SHEET);
    const ids = new Set(refused.map((m) => m.id));
    const pinnedRefused = draft
      .slice(1)
      .filter(
        (row) => ids.has(cellText(row[col(draft, 'ID наставляемого')])) && cellText(row[col(draft, 'Балл')]) !== '',
      );
    expect(pinnedRefused).toEqual([]);
    const problems = workbook.grid(PROBLEMS_SHEET);
    const messages = problems.slice(1).map((row) => cellText(row[col(problems, 'Что не так и как исправить')]));
    expect(messages.filter((m) => /пара не сохранена/.test(m))).toHaveLength(4);
  });

  it('register and documents: a pair in «Пары» whose consent is in the future is reported by the check and left out of the order', () => {
    const { workbook, env, mentor, refused } = schoolWithoutSomeConsents();
    const future = refused[3];
    workbook.ensureSheet(PAIRS_SHEET);
    workbook.writeBlock(PAIRS_SHEET, {
      row: 1,
      col: 1,
      values: [
        ['ID пары', 'ID наставника', 'Наставник', 'ID наставляемого', 'Наставляемый', 'Форма', 'Статус'],
        ['П-0001', mentor.id, mentor.fio, future.id, future.fio, future.wantedForm, 'активна'],
      ],
    });
    checkBases(env);
    const problems = workbook.grid(PROBLEMS_SHEET);
    const register = problems.slice(1).filter((row) => row[col(problems, 'Лист')] === PAIRS_SHEET);
    expect(register).toHaveLength(1);
    expect(register[0][col(problems, 'Строка')]).toBe(2);
    const units = orderUnits(readDocumentInput(workbook, TODAY));
    expect(units.units).toEqual([]);
    expect(units.excluded.map((e) => e.row)).toEqual([2]);
    // On the day the consent comes, the same pair is in the order.
    expect(orderUnits(readDocumentInput(workbook, new Date(2031, 0, 1))).units).toHaveLength(1);
  });
});
