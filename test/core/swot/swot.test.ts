import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { answerKey } from '../../../src/core/swot/generate';
import { SWOT_SHEET } from '../../../src/core/swot/swot-sheet';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { runSwot } from '../../../src/core/usecases/swot';
import { memoryEnv } from '../../support/memory-workbook';
import { answer, schoolWorkbook, sheet } from '../indicators/fixture';

type Quadrant = 'S' | 'W' | 'O' | 'T';

/** Entries of the 2×2 sheet by quadrant: [text, source, weight, mark]. */
function quadrants(grid: Grid): Record<Quadrant, Cell[][]> {
  const result: Record<Quadrant, Cell[][]> = { S: [], W: [], O: [], T: [] };
  const top = grid.findIndex((r) => r[0] === 'Сильные стороны (S)');
  const bottom = grid.findIndex((r) => r[0] === 'Возможности (O)');
  const take = (from: number, to: number, left: Quadrant, right: Quadrant) => {
    for (const row of grid.slice(from, to)) {
      if (row[0]) result[left].push(row.slice(0, 4));
      if (row[5]) result[right].push(row.slice(5, 9));
    }
  };
  take(top + 2, bottom, 'S', 'W');
  take(bottom + 2, grid.length, 'O', 'T');
  return result;
}

function swotWorkbook() {
  const workbook = schoolWorkbook();
  const answers = workbook.sheets.get('Ответы') as Grid;
  const more = sheet([
    answer('НЯ-1', 'swot', 'разовая', 'sOpen', 'Поддержка коллег'),
    answer('НЯ-3', 'swot', 'разовая', 'sOpen', 'поддержка  коллег.'),
    answer('НК-1', 'swot', 'разовая', 'sOpen', '«Поддержка коллег»!'),
    answer('НК-2', 'swot', 'разовая', 'sOpen', 'нет'),
    answer('НК-1', 'swot', 'разовая', 'wOpen', 'Нехватка времени'),
    answer('НК-2', 'swot', 'разовая', 'wOpen', 'нехватка времени'),
    answer('НК-1', 'swot', 'разовая', 'oOpen', 'Сетевые проекты с вузом'),
    answer('НК-2', 'swot', 'разовая', 'tOpen', 'Уход молодых педагогов'),
    answer('НК-1', 'swot', 'разовая', 'sStaff', 5),
    answer('НК-2', 'swot', 'разовая', 'sStaff', 4),
    answer('НК-1', 'swot', 'разовая', 'sPairs', 2),
    answer('НК-2', 'swot', 'разовая', 'sPairs', 2),
    answer('НК-1', 'swot', 'разовая', 'wTime', 4),
    answer('НК-1', 'swot', 'разовая', 'tTurnover', 1),
    answer('НК-1', 'satisfaction', 'разовая', 'schedule', 3),
    answer('НК-2', 'satisfaction', 'разовая', 'schedule', 5),
  ]);
  answers.push(...more.slice(1).map((row) => answers[0].map((h) => row[more[0].indexOf(h as string)] ?? null)));
  return workbook;
}

describe('SWOT generation', () => {
  const workbook = swotWorkbook();
  runIndicators(memoryEnv(workbook));
  const result = runSwot(memoryEnv(workbook));
  const q = quadrants(workbook.grid(SWOT_SHEET));

  it('groups open answers by normalized text and counts them', () => {
    expect(answerKey('«Поддержка коллег»!')).toBe(answerKey('поддержка  коллег.'));
    const support = q.S.filter((e) => answerKey(String(e[0])) === 'поддержка коллег');
    expect(support).toHaveLength(1);
    expect(support[0][0]).toBe('Поддержка коллег');
    expect(support[0][2]).toBe(3);
    expect(String(support[0][1])).toContain('3 ответа');
    expect(q.W.find((e) => e[0] === 'Нехватка времени')?.[2]).toBe(2);
    expect(q.O.map((e) => e[0])).toContain('Сетевые проекты с вузом');
    expect(q.T.map((e) => e[0])).toContain('Уход молодых педагогов');
    expect(JSON.stringify(q)).not.toContain('"нет"');
  });

  it('places statements by agreement thresholds', () => {
    expect(q.S.some((e) => String(e[0]).startsWith('В организации достаточно опытных педагогов') && e[2] === 2)).toBe(
      true,
    );
    expect(q.W.some((e) => String(e[0]).startsWith('Не подтверждается: пары подобраны'))).toBe(true);
    expect(q.W.some((e) => String(e[0]).startsWith('Наставникам не хватает времени'))).toBe(true);
    expect(JSON.stringify(q)).not.toContain('Текучесть кадров');
  });

  it('takes achieved and missed indicators, dynamics and satisfaction', () => {
    // П-11 is about 2 participants: masked on «Показатели», so it is neither strength nor weakness
    expect(JSON.stringify(q)).not.toContain('Доля участников с положительной динамикой');
    expect(q.W.some((e) => String(e[0]).startsWith('Показатель не достигнут: Доля молодых специалистов'))).toBe(true);
    expect(q.S.some((e) => String(e[0]).includes('6 → 7,5 (+1,5)'))).toBe(true);
    expect(q.S.some((e) => String(e[0]).startsWith('Высокая оценка: насколько вы удовлетворены участием'))).toBe(true);
    expect(q.W.some((e) => e[0] === 'Низкая оценка: насколько удобен график встреч? — 4 из 10' && e[2] === 2)).toBe(
      true,
    );
    expect([...q.S, ...q.W, ...q.O, ...q.T].every((e) => e[3] === 'авто')).toBe(true);
    expect(result.figures?.kept).toBe(0);
  });
});

describe('SWOT prints the programme model', () => {
  it('leaves out the answers of a person without consent, in every quadrant and every mean', () => {
    const workbook = swotWorkbook();
    const mentors = workbook.sheets.get('Наставники') as Grid;
    const consent = mentors[0].indexOf('Согласие на обработку ПДн (дата)');
    mentors.push(
      mentors[1].map((cell, i) => (i === 0 ? 'НК-9' : i === 1 ? 'Без Согласия Нина' : i === consent ? null : cell)),
    );
    const answers = workbook.sheets.get('Ответы') as Grid;
    const more = sheet([
      answer('НК-9', 'swot', 'разовая', 'sOpen', 'Ответ без согласия'),
      answer('НК-9', 'swot', 'разовая', 'sPairs', 5),
      answer('НК-9', 'swot', 'разовая', 'sPairs', 5),
      answer('НК-9', 'satisfaction', 'разовая', 'schedule', 10),
    ]);
    answers.push(...more.slice(1).map((row) => answers[0].map((h) => row[more[0].indexOf(h as string)] ?? null)));
    runIndicators(memoryEnv(workbook));
    runSwot(memoryEnv(workbook));
    const q = quadrants(workbook.grid(SWOT_SHEET));
    const texts = JSON.stringify(q);
    expect(texts).not.toContain('Ответ без согласия');
    // the means are those of the others: «пары подобраны» stays rejected (2 из 5), «график» stays 4 из 10
    expect(q.W.some((e) => String(e[0]).startsWith('Не подтверждается: пары подобраны'))).toBe(true);
    expect(q.W.some((e) => e[0] === 'Низкая оценка: насколько удобен график встреч? — 4 из 10' && e[2] === 2)).toBe(
      true,
    );
  });

  it('takes each indicator’s fact from the model and its plan from «Показатели»', () => {
    const workbook = swotWorkbook();
    const env = memoryEnv(workbook);
    runIndicators(env);
    const grid = workbook.sheets.get('Показатели') as Grid;
    const header = grid[0].map(String);
    const row = grid.find((r) => r[0] === 'П-06') as Grid[number];
    row[header.indexOf('План 2026/27')] = 3;
    // a pair approved since «Показатели» ran: the model knows it, the sheet does not yet
    const pairs = workbook.sheets.get('Пары') as Grid;
    pairs.push(
      pairs[1].map((cell, i) => (i === 0 ? 'П-9' : i === pairs[0].indexOf('ID наставляемого') ? 'НЯ-6' : cell)),
    );
    runSwot(env);
    const q = quadrants(workbook.grid(SWOT_SHEET));
    const p06 = [...q.S, ...q.W].find((e) => String(e[1]) === 'Лист «Показатели», П-06');
    expect(p06?.[0]).toBe('Показатель достигнут: Число наставнических пар — факт 3 ед. при плане 3 ед.');
  });
});

describe('the curator’s SWOT entries survive regeneration', () => {
  it('keeps manual and edited entries, does not duplicate, and is stable', () => {
    const workbook = swotWorkbook();
    const env = memoryEnv(workbook);
    runIndicators(env);
    runSwot(env);
    const grid = workbook.sheets.get(SWOT_SHEET) as Grid;
    const top = grid.findIndex((r) => r[0] === 'Сильные стороны (S)');
    const firstFreeS = grid.findIndex((r, i) => i > top + 1 && (r[0] === null || r[0] === undefined));
    grid[firstFreeS][0] = 'Поддержка администрации школы';
    grid[firstFreeS][1] = 'педсовет 12.11.2026';
    const time = grid.findIndex((r) => r[5] === 'Нехватка времени');
    grid[time][5] = 'Нехватка времени на встречи в пары';
    const bottom = grid.findIndex((r) => r[0] === 'Возможности (O)');
    const freeT = grid.findIndex((r, i) => i > bottom + 1 && (r[5] === null || r[5] === undefined));
    grid[freeT][5] = 'Сокращение финансирования';
    grid[freeT][8] = 'вручную';

    const second = runSwot(env);
    const q = quadrants(workbook.grid(SWOT_SHEET));
    expect(q.S[0]).toEqual(['Поддержка администрации школы', 'педсовет 12.11.2026', null, 'вручную']);
    expect(q.W.find((e) => e[0] === 'Нехватка времени на встречи в пары')?.[3]).toBe('вручную (изменено)');
    expect(q.W.find((e) => e[0] === 'Нехватка времени')?.[3]).toBe('авто');
    expect(q.T.find((e) => e[0] === 'Сокращение финансирования')?.[3]).toBe('вручную');
    expect(second.figures?.kept).toBe(3);

    const snapshot = JSON.stringify(quadrants(workbook.grid(SWOT_SHEET)));
    runSwot(env);
    expect(JSON.stringify(quadrants(workbook.grid(SWOT_SHEET)))).toBe(snapshot);
  });

  it('a manual entry with the text of a generated one replaces it instead of repeating it', () => {
    const workbook = swotWorkbook();
    const env = memoryEnv(workbook);
    runSwot(env);
    const grid = workbook.sheets.get(SWOT_SHEET) as Grid;
    const r = grid.findIndex((row) => row[5] === 'Нехватка времени');
    grid[r][7] = 10;
    grid[r][8] = 'вручную';
    runSwot(env);
    const q = quadrants(workbook.grid(SWOT_SHEET));
    expect(q.W.filter((e) => e[0] === 'Нехватка времени')).toEqual([
      ['Нехватка времени', expect.any(String), 10, 'вручную'],
    ]);
  });

  it('writes the whole sheet in one batch', () => {
    const workbook = swotWorkbook();
    runSwot(memoryEnv(workbook));
    expect(workbook.blocks.filter((b) => b.sheet === SWOT_SHEET)).toHaveLength(1);
  });
});
