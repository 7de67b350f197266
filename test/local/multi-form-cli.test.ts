import { readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { main } from '../../src/local/cli/main';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import {
  ADMIN_FORM,
  ADMIN_MODEL,
  fillTwoMentorProgramme,
  SUBJECT_FORM,
  TWO_FORM_MENTEES,
} from '../support/two-mentors';
import { docxLines } from '../support/read-back';

function records(grid: Grid | null): Record<string, string>[] {
  if (!grid || grid.length < 2) return [];
  const header = grid[0].map((cell) => cellText(cell));
  return grid.slice(1).map((row) => Object.fromEntries(header.map((title, i) => [title, cellText(row[i])])));
}

const quiet = { out: () => undefined, err: () => undefined };

describe('nastavnik on a real .xlsx: young specialists with a subject mentor and an administrative one', () => {
  it('init → the curator types two forms in a cell → pair → approve --all → docs; the register, the order and the plans show each pair', {
    timeout: 120_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-two-mentors-'));
    const book = join(dir, 'проект.xlsx');
    expect(await main(['init', book], quiet)).toBe(0);
    // What the curator types in Excel: people, own form and role model in «Справочники».
    const typed = await XlsxWorkbook.open(book);
    fillTwoMentorProgramme(typed);
    await typed.save(book);

    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line) };
    expect(await main(['pair', book], io)).toBe(0);
    expect(out.join('\n')).toContain('Предложено пар: 5');
    expect(await main(['pair', book], quiet)).toBe(0); // a re-run: the same draft
    let workbook = await XlsxWorkbook.open(book);
    const draft = records(workbook.readSheet('Пары (черновик)'));
    expect(draft).toHaveLength(5);
    expect(await main(['approve', book, '--all'], quiet)).toBe(0);

    workbook = await XlsxWorkbook.open(book);
    const register = records(workbook.readSheet('Пары'));
    expect(register.map((r) => r['ID пары'])).toEqual(['П-0001', 'П-0002', 'П-0003', 'П-0004', 'П-0005']);
    for (const name of TWO_FORM_MENTEES) {
      const own = register.filter((r) => r['Наставляемый'] === name);
      expect(own.map((r) => r['Форма']).sort()).toEqual([ADMIN_FORM, SUBJECT_FORM].sort());
      expect(new Set(own.map((r) => r['Наставник'])).size).toBe(2);
      expect(own.find((r) => r['Форма'] === ADMIN_FORM)?.['Ролевая модель']).toBe(ADMIN_MODEL);
      expect(own.every((r) => r['Статус'] === 'активна')).toBe(true);
    }
    const mentees = records(workbook.readSheet('Наставляемые'));
    const novikova = register.filter((r) => r['Наставляемый'] === TWO_FORM_MENTEES[0]).map((r) => r['Наставник']);
    expect(
      mentees
        .find((r) => r['ФИО'] === TWO_FORM_MENTEES[0])
        ?.['Наставник'].split('; ')
        .sort(),
    ).toEqual(novikova.sort());
    expect(records(workbook.readSheet('Без пары'))).toEqual([]);

    expect(await main(['docs', book, '--only', 'order,plans', '--quiet'], quiet)).toBe(0);
    const folder = join(dir, 'проект-документы');
    const files = readdirSync(folder);
    const orderFile = files.find((f) => f.startsWith('Приказ'));
    // Two organizations: a plans document per organization.
    const plansFiles = files.filter((f) => f.startsWith('Индивидуальные планы'));
    expect(orderFile).toBeTruthy();
    expect(plansFiles).toHaveLength(2);

    const order = await docxLines(join(folder, orderFile as string));
    // The appendix: one row per pair — Новикова twice, each with her mentor and the pair's form.
    for (const pair of register.filter((r) => TWO_FORM_MENTEES.includes(r['Наставляемый']))) {
      const row = order.find(
        (line) =>
          line.includes(pair['Наставляемый']) && line.includes(pair['Наставник']) && line.includes(pair['Форма']),
      );
      expect(row, `${pair['Наставляемый']} — ${pair['Наставник']}`).toBeDefined();
    }
    const acquainted = order.slice(order.findIndex((line) => line.startsWith('С приказом ознакомлены')));
    expect(acquainted.filter((line) => line.includes('Новикова'))).toHaveLength(1);

    const plans = (await Promise.all(plansFiles.sort().map((f) => docxLines(join(folder, f))))).flat();
    expect(plans.filter((line) => /^Индивидуальный план развития/.test(line))).toHaveLength(3);
    const start = plans.findIndex((line) => line.includes('Новикова Мария Ивановна'));
    const end = plans.findIndex((line, i) => i > start && /^Индивидуальный план развития/.test(line));
    const plan = plans.slice(start, end < 0 ? undefined : end);
    expect(plan).toContain('Наставники:');
    for (const mentor of novikova)
      expect(
        plan.some((line) => line.startsWith(`– ${mentor}`)),
        mentor,
      ).toBe(true);
    expect(plan.filter((line) => line.startsWith('Наставник'))).toHaveLength(1 + 2); // «Наставники:» + two signatures
  });
});
