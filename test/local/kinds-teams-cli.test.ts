import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { FORM_TEAM_TEAM, FORM_TEACHER_TEACHER } from '../../src/core/catalogues/defaults';
import { main } from '../../src/local/cli/main';
import { openLocalEnv } from '../../src/local/local-env';
import { addRows, CONSENT, column, mentee, mentor } from '../usecases/small-programme';

/**
 * A network project in an .xlsx, end to end through the CLI: three schools, a pair inside a
 * school, a pair across schools, a team mentoring a team. Every check reads what a curator or a
 * director opens: the sheets of the saved book and the text of the DOCX files.
 */
const S1 = 'МБОУ СОШ № 1';
const S2 = 'МБОУ СОШ № 2';
const S3 = 'МБОУ СОШ № 3';
const MENTOR_TEAM = 'Методическая команда';
const MENTEE_TEAM = 'Команда молодых педагогов';

function captureIO() {
  const lines: string[] = [];
  return { lines, io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) } };
}

async function docxText(path: string): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join('')
        .replace(/\u00a0/g, ' '),
    )
    .filter((t) => t.trim() !== '');
}

describe('kinds and teams end to end offline (init → pair → approve → indicators → docs)', () => {
  it('records each pair’s kind, pairs two teams as one, counts members as people and lets members sign', {
    timeout: 120_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-kinds-'));
    const book = join(dir, 'сеть.xlsx');
    const { io, lines } = captureIO();
    expect(await main(['init', book, '--quiet'], io)).toBe(0);
    let env = await openLocalEnv(book);
    const team = (name: string, extra: Record<string, unknown>) => ({
      ФИО: name,
      Категория: 'команда',
      Организация: S1,
      [CONSENT]: null,
      ...extra,
    });
    addRows(env.workbook, 'Наставники', [
      mentor('Андреева Анна Андреевна', S1, FORM_TEACHER_TEACHER, { 'Лимит наставляемых': 1 }),
      mentor('Борисов Борис Борисович', S2, FORM_TEACHER_TEACHER),
      mentor('Волков Виктор Викторович', S1, FORM_TEAM_TEAM),
      mentor('Громова Галина Геннадьевна', S1, FORM_TEAM_TEAM),
      team(MENTOR_TEAM, {
        'Формы наставничества': FORM_TEAM_TEAM,
        'Участники команды': 'Волков Виктор Викторович; Громова Г. Г.',
      }),
    ]);
    addRows(env.workbook, 'Наставляемые', [
      mentee('Дмитриева Дарья Дмитриевна', S1, FORM_TEACHER_TEACHER),
      mentee('Егоров Егор Егорович', S3, FORM_TEACHER_TEACHER),
      mentee('Жукова Жанна Жоржевна', S1, FORM_TEAM_TEAM),
      mentee('Зайцев Захар Захарович', S1, FORM_TEAM_TEAM),
      mentee('Иванова Ирина Ивановна', S1, FORM_TEAM_TEAM),
      team(MENTEE_TEAM, {
        'Желаемая форма': FORM_TEAM_TEAM,
        'Дефициты / запрос': 'методика урока',
        'Участники команды': 'Жукова Жанна Жоржевна; Зайцев Захар Захарович; ИВАНОВА Ирина Ивановна',
      }),
    ]);
    await env.save(book);

    expect(await main(['pair', book, '--quiet'], io)).toBe(0);
    env = await openLocalEnv(book);
    const draft = env.workbook.readSheet('Пары (черновик)') as Grid;
    const proposed = Object.fromEntries(
      column(draft, 'Наставляемый').map((name, i) => [
        name,
        `${column(draft, 'Наставник')[i]} / ${column(draft, 'Вид наставничества')[i]}`,
      ]),
    );
    expect(proposed).toEqual({
      'Дмитриева Дарья Дмитриевна': 'Андреева Анна Андреевна / традиционное',
      'Егоров Егор Егорович': 'Борисов Борис Борисович / сетевое',
      [MENTEE_TEAM]: `${MENTOR_TEAM} / групповое`,
    });
    const decision = draft[0].findIndex((cell) => cellText(cell) === 'Решение');
    env.workbook.writeBlock('Пары (черновик)', {
      row: 2,
      col: decision + 1,
      values: draft.slice(1).map(() => ['принять']),
    });
    await env.save(book);

    expect(await main(['approve', book, '--quiet'], io)).toBe(0);
    expect(await main(['indicators', book, '--quiet'], io)).toBe(0);
    env = await openLocalEnv(book);
    const register = env.workbook.readSheet('Пары') as Grid;
    expect(column(register, 'Вид наставничества').sort()).toEqual(['групповое', 'сетевое', 'традиционное']);
    const sheet = env.workbook.readSheet('Показатели') as Grid;
    const title = sheet.findIndex((row) => cellText(row[0]) === 'Пары и группы по видам наставничества');
    expect(title, lines.join('\n')).toBeGreaterThan(0);
    expect(sheet.slice(title + 2, title + 5).map((row) => row.slice(0, 5).map(cellText))).toEqual([
      ['традиционное', '1', '0', 'менее 3 чел.', 'менее 3 чел.'],
      ['групповое', '1', '0', '3', 'менее 3 чел.'],
      ['сетевое', '1', '0', 'менее 3 чел.', 'менее 3 чел.'],
    ]);
    // П-01 counts people: 4 teacher mentors in the base, the team is not one of them.
    const p01 = sheet.find((row) => cellText(row[0]) === 'П-01') ?? [];
    expect(p01.map(cellText).join(' ')).toContain('наставников-педагогов: 4');

    expect(await main(['docs', book, '--only', 'order,plans,report', '--quiet'], io)).toBe(0);
    const folder = join(dir, 'сеть-документы');
    const files = readdirSync(folder);
    const order = await docxText(join(folder, files.find((f) => f.startsWith('Приказ')) as string));
    const from = order.indexOf('С приказом ознакомлены:');
    const signing = order.slice(from).join('\n');
    for (const name of ['Волков В. В.', 'Громова Г. Г.', 'Жукова Ж. Ж.', 'Зайцев З. З.', 'Иванова И. И.'])
      expect(signing).toContain(name);
    expect(signing.slice(0, signing.indexOf('Приложение'))).not.toContain('команда');
    expect(order.join('\n')).toContain(`${MENTOR_TEAM}, команда: Волков В. В., Громова Г. Г.`);
    // A team that learns gets one plan, named as the team (its members sign the order, not plans of their own).
    const plans = await docxText(join(folder, files.find((f) => f.startsWith('Индивидуальные')) as string));
    expect(plans.join('\n')).toContain(MENTEE_TEAM);
    const report = await docxText(join(folder, files.find((f) => f.startsWith('Аналитический')) as string));
    const kinds = report.indexOf('Пары и группы по видам наставничества');
    expect(kinds).toBeGreaterThan(0);
    expect(report.slice(kinds, kinds + 30).join(' ')).toMatch(/групповое\s*1\s*0\s*3\s*менее 3 чел\./);
  });
});
