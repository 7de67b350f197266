import { describe, expect, it } from 'vitest';
import { type Cell, cellText, formatRuDate } from '../../../src/core/cell';
import { COLORS } from '../../../src/core/roadmap/build-roadmap-sheet';
import { roadmapProgress } from '../../../src/core/roadmap/progress';
import { ROADMAP_SHEET } from '../../../src/core/roadmap/roadmap-layout';
import { TEMPLATES_SHEET } from '../../../src/core/roadmap/template';
import { generateRoadmapUseCase } from '../../../src/core/usecases/roadmap';
import { loadProgramModel } from '../../../src/core/program/load';
import { MemoryStore, MemoryWorkbook, memoryEnv, settingsGrid } from './memory-workbook';

const NOW = new Date(2026, 10, 15);

function workbook(forms = ['учитель – учитель']) {
  return new MemoryWorkbook({
    Настройки: settingsGrid({
      academicYear: 2026,
      directorName: 'Смирнов Олег Игоревич',
      curatorName: 'Петрова Анна Сергеевна',
    }),
    Наставляемые: [
      ['ФИО', 'Категория', 'Организация', 'Желаемая форма'],
      ...forms.map((form, i) => [`Наставляемый ${i}`, 'молодой специалист', 'Школа № 7', form]),
    ],
  });
}

function column(wb: MemoryWorkbook, header: string): Cell[] {
  const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
  const i = grid[0].indexOf(header);
  return grid.slice(1).map((row) => row[i]);
}

function rowOf(wb: MemoryWorkbook, code: string): Record<string, Cell> {
  const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
  const codeCol = grid[0].indexOf('Код');
  const row = grid.find((r) => r[codeCol] === code);
  if (!row) throw new Error(`no row ${code}`);
  return Object.fromEntries(grid[0].map((h, i) => [cellText(h), row[i]]));
}

function setCell(wb: MemoryWorkbook, code: string, header: string, value: Cell) {
  const grid = wb.sheets.get(ROADMAP_SHEET) ?? [];
  const codeCol = grid[0].indexOf('Код');
  const row = grid.find((r) => r[codeCol] === code);
  if (!row) throw new Error(`no row ${code}`);
  row[grid[0].indexOf(header)] = value;
}

describe('«Сформировать дорожную карту»', () => {
  it('writes the teachers template for 2026/2027 with names, dates, statuses and a timeline', () => {
    const wb = workbook();
    const outcome = generateRoadmapUseCase(memoryEnv(wb, NOW));
    expect(outcome.figures).toMatchObject({ template: 'Школа: педагоги', academicYear: 2026 });
    const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
    expect(grid[0].slice(0, 11)).toEqual([
      '№',
      'Этап',
      'Мероприятие',
      'Содержание',
      'Начало',
      'Окончание',
      'Ответственный',
      'Результат / вид документа',
      'Статус',
      'Отметка о выполнении',
      'Ссылка на документ',
    ]);
    expect(grid[0].slice(11, 23)).toEqual([
      'авг',
      'сен',
      'окт',
      'ноя',
      'дек',
      'янв',
      'фев',
      'мар',
      'апр',
      'май',
      'июн',
      'июл',
    ]);
    const order = rowOf(wb, '2026-П5.2');
    expect(order['Ответственный']).toBe('Смирнов О. И. (директор); Петрова А. С. (куратор)');
    expect(formatRuDate(order['Начало'] as Date)).toBe('01.10.2026');
    expect(order['Статус']).toBe('запланировано');
    expect(column(wb, '№')).toEqual(column(wb, '№').map((_, i) => i + 1));
    expect(wb.sheets.has(TEMPLATES_SHEET)).toBe(true);
    expect(wb.formats.get(ROADMAP_SHEET)?.columns?.find((c) => c.col === 9)?.validation).toMatchObject({
      kind: 'list',
    });
  });

  it('shades the months of each event and highlights overdue rows', () => {
    const wb = workbook();
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
    const backgrounds = wb.backgrounds.get(ROADMAP_SHEET) ?? [];
    const r = grid.findIndex((row) => row.includes('2026-П5.2'));
    // 01.10–10.10: overdue on 15.11 → red row, red bar in October only.
    expect(backgrounds[r][2]).toBe(COLORS.overdue);
    expect(backgrounds[r].slice(11, 23)).toEqual([
      null,
      null,
      COLORS.barOverdue,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const exit = grid.findIndex((row) => row.includes('2026-П7.2'));
    expect(backgrounds[exit][2]).toBeNull();
    expect(backgrounds[exit][11 + 8]).toBe(COLORS.bar);
  });

  it('filters events by the forms in the bases', () => {
    const teachers = workbook(['учитель – учитель']);
    generateRoadmapUseCase(memoryEnv(teachers, NOW));
    expect(column(teachers, 'Мероприятие').some((t) => cellText(t).includes('заместител'))).toBe(false);
    const withDeputies = workbook(['учитель – учитель', 'руководитель – заместитель']);
    generateRoadmapUseCase(memoryEnv(withDeputies, NOW));
    expect(column(withDeputies, 'Мероприятие').some((t) => cellText(t).includes('заместител'))).toBe(true);
  });

  it('keeps statuses, marks, links, edited text, added rows and user columns when regenerated', () => {
    const wb = workbook();
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    setCell(wb, '2026-П5.2', 'Статус', 'выполнено');
    setCell(wb, '2026-П5.2', 'Отметка о выполнении', 'Приказ № 45 от 08.10.2026');
    setCell(wb, '2026-П5.2', 'Ссылка на документ', 'https://docs.example/order');
    setCell(wb, '2026-П6.3', 'Мероприятие', 'Входное анкетирование (онлайн)');
    setCell(wb, '2026-П6.3', 'Окончание', new Date(2026, 11, 10));
    const grid = wb.sheets.get(ROADMAP_SHEET) ?? [];
    grid[0].push('Комментарий директора');
    grid[1].push('согласовано');
    const manual: Cell[] = grid[0].map(() => null);
    manual[1] = '6. Организация работы пар и групп';
    manual[2] = 'Фестиваль наставнических пар';
    manual[4] = new Date(2027, 2, 1);
    manual[5] = new Date(2027, 2, 5);
    grid.push(manual);

    const second = generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    expect(second.figures).toMatchObject({ editedKept: 1, manualKept: 1 });
    const order = rowOf(wb, '2026-П5.2');
    expect(order).toMatchObject({
      Статус: 'выполнено',
      'Отметка о выполнении': 'Приказ № 45 от 08.10.2026',
      'Ссылка на документ': 'https://docs.example/order',
    });
    const survey = rowOf(wb, '2026-П6.3');
    expect(survey['Мероприятие']).toBe('Входное анкетирование (онлайн)');
    expect(formatRuDate(survey['Окончание'] as Date)).toBe('10.12.2026');
    expect(column(wb, 'Мероприятие')).toContain('Фестиваль наставнических пар');
    expect(column(wb, 'Комментарий директора')).toContain('согласовано');
    const userColumn = (wb.sheets.get(ROADMAP_SHEET) ?? [])[0].indexOf('Комментарий директора');
    expect((wb.backgrounds.get(ROADMAP_SHEET) ?? []).map((row) => row[userColumn])).toSatisfy((fills: unknown[]) =>
      fills.every((fill) => fill === undefined),
    );
    // the manual row sits among the events of its stage, ordered by date, renumbered
    const events = column(wb, 'Мероприятие').map(cellText);
    expect(events.indexOf('Фестиваль наставнических пар')).toBe(
      events.indexOf('Педагогический форум «Образовательные инновации как ресурс развития школы»') + 1,
    );
    expect(column(wb, '№')).toEqual(events.map((_, i) => i + 1));
  });

  it('updates unedited rows when a name in «Настройки» changes', () => {
    const wb = workbook();
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    const settings = wb.sheets.get('Настройки') ?? [];
    settings.push(['', '', 'Кузнецова Елена Викторовна', '', 'methodistName']);
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    expect(rowOf(wb, '2026-П4.2')['Ответственный']).toBe('Кузнецова Е. В. (методист)');
  });

  it('moves to a new academic year and keeps only last year’s rows that carry marks', () => {
    const wb = workbook();
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    setCell(wb, '2026-П5.2', 'Статус', 'выполнено');
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }), { academicYear: 2027 });
    const codes = column(wb, 'Код').map(cellText);
    expect(codes.filter((c) => c.startsWith('2026-'))).toEqual(['2026-П5.2']);
    expect(codes.at(-1)).toBe('2026-П5.2');
    expect(formatRuDate(rowOf(wb, '2027-П5.2')['Начало'] as Date)).toBe('01.10.2027');
  });

  it('uses the template the methodist added to the templates sheet and reports bad rows', () => {
    const wb = workbook();
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    const templates = wb.sheets.get(TEMPLATES_SHEET) ?? [];
    templates.push([
      'Своя программа',
      'С1',
      '1. Подготовка условий',
      'Совет наставников',
      '',
      '03.09',
      '10.09',
      'куратор',
      'Протокол',
      '',
    ]);
    templates.push([
      'Своя программа',
      'С2',
      '7. Завершение',
      'Итоги',
      '',
      'конец мая',
      '31.05',
      'директор',
      'Приказ',
      '',
    ]);
    const outcome = generateRoadmapUseCase(memoryEnv(wb, NOW), { template: 'своя программа' });
    expect(outcome.figures?.events).toBe(1);
    expect(rowOf(wb, '2026-С1')['Ответственный']).toBe('Петрова А. С. (куратор)');
    const problems = wb.readSheet('Проблемы') ?? [];
    expect(
      problems.some(
        (row) => row.includes(TEMPLATES_SHEET) && row.includes(templates.length) && row.includes('Начало (дд.мм)'),
      ),
    ).toBe(true);
  });

  it('says which templates exist when asked for an unknown one', () => {
    const outcome = generateRoadmapUseCase(memoryEnv(workbook(), NOW), { template: 'нет такого' });
    expect(outcome.status).toBe('nothing-to-do');
    expect(outcome.lines.join(' ')).toContain('Школа: педагоги');
  });

  it('costs a constant number of workbook calls', () => {
    const wb = workbook(Array.from({ length: 300 }, () => 'учитель – учитель'));
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    expect(wb.calls.filter((c) => c === `write:${ROADMAP_SHEET}`)).toHaveLength(1);
    expect(wb.calls.filter((c) => c === 'read:Наставляемые')).toHaveLength(1);
  });
});

describe('roadmapProgress', () => {
  it('counts done, overdue, in progress and upcoming events against today', () => {
    const wb = workbook();
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    setCell(wb, '2026-П5.2', 'Статус', 'выполнено');
    setCell(wb, '2026-П6.9', 'Статус', 'в работе');
    setCell(wb, '2026-П6.7', 'Статус', 'отменено');
    const progress = roadmapProgress(wb.readSheet(ROADMAP_SHEET), NOW);
    const ends = column(wb, 'Окончание') as Date[];
    const total = ends.length;
    expect(progress.total).toBe(total);
    expect(progress.done).toBe(1);
    expect(progress.inProgress).toBe(1);
    expect(progress.done + progress.overdue + progress.inProgress + progress.upcoming + progress.cancelled).toBe(total);
    const endedBefore = ends.filter((d) => d < NOW).length;
    expect(progress.overdue).toBe(endedBefore - 1);
    expect(roadmapProgress(null, NOW)).toMatchObject({ total: 0, donePercent: 0 });
  });
});

describe('edit detection across time zones', () => {
  it('does not take a date read back a few hours off (another time zone) for an edit', () => {
    const wb = workbook();
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    const grid = wb.sheets.get(ROADMAP_SHEET) ?? [];
    const [startCol, endCol] = [grid[0].indexOf('Начало'), grid[0].indexOf('Окончание')];
    for (const row of grid.slice(1)) {
      row[startCol] = new Date((row[startCol] as Date).getTime() - 3 * 3600_000);
      row[endCol] = new Date((row[endCol] as Date).getTime() + 3 * 3600_000);
    }
    const settings = wb.sheets.get('Настройки') ?? [];
    settings.push(['', '', 'Кузнецова Елена Викторовна', '', 'methodistName']);
    const outcome = generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    expect(outcome.figures?.editedKept).toBe(0);
    expect(rowOf(wb, '2026-П4.2')['Ответственный']).toBe('Кузнецова Е. В. (методист)');
  });
});

describe('messages in English', () => {
  it('reports in the user’s language while the sheet stays Russian', () => {
    const wb = workbook();
    const outcome = generateRoadmapUseCase({ ...memoryEnv(wb, NOW), locale: 'en' });
    expect(outcome.title).toBe('Roadmap generated');
    expect(outcome.lines[0]).toMatch(
      /^Template «Школа: педагоги», academic year 2026\/2027: \d+ events on the sheet «Дорожная карта»\.$/,
    );
    expect(wb.readSheet(ROADMAP_SHEET)?.[0][1]).toBe('Этап');
  });
});

describe('rows the methodist copied or edited', () => {
  it('keeps a copied row (same code) and an edited row whose event is no longer generated', () => {
    const wb = workbook(['учитель – учитель', 'руководитель – заместитель']);
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    const grid = wb.sheets.get(ROADMAP_SHEET) ?? [];
    const codeCol = grid[0].indexOf('Код');
    const eventCol = grid[0].indexOf('Мероприятие');
    const copy = [...(grid.find((r) => r[codeCol] === '2026-П6.2') ?? [])];
    copy[eventCol] = 'Методический аудит: второй раунд';
    grid.push(copy);
    const deputies = grid.find((r) => r[codeCol] === '2026-П6.8') ?? [];
    deputies[eventCol] = 'Сопровождение заместителя по ВР';
    const mentees = wb.sheets.get('Наставляемые') ?? [];
    mentees.splice(2, 1);
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    const events = column(wb, 'Мероприятие').map(cellText);
    expect(events).toContain('Методический аудит: второй раунд');
    expect(events).toContain('Методический аудит: взаимопосещение уроков и внеурочных занятий');
    expect(events).toContain('Сопровождение заместителя по ВР');
  });

  it('drops an untouched event that the forms in the bases no longer need', () => {
    const wb = workbook(['учитель – учитель', 'руководитель – заместитель']);
    const store = new MemoryStore();
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    (wb.sheets.get('Наставляемые') ?? []).splice(2, 1);
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    expect(column(wb, 'Код')).not.toContain('2026-П6.8');
  });
});

describe('an event the tool marks done from its evidence', () => {
  it('stops being red at once: the row and its month bars take the done fills', () => {
    const wb = workbook();
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    const r = (wb.readSheet(ROADMAP_SHEET) ?? []).findIndex((row) =>
      /Встреча-знакомство/.test(cellText(row[2] ?? null)),
    );
    expect(r).toBeGreaterThan(0);
    expect((wb.backgrounds.get(ROADMAP_SHEET) ?? [])[r][2]).toBe(COLORS.overdue);
    // the methodist's own column: a note starting with «=» (text) and a formula, kept by the repaint
    const sheet = wb.sheets.get(ROADMAP_SHEET) ?? [];
    const own = sheet[0].length;
    sheet[0][own] = 'Мои заметки';
    sheet[r][own] = '=согласовать с завучем';
    sheet[r + 1][own] = { formula: '=1+1', value: 2 };
    // preferences collected: the tool's evidence that the meeting took place
    wb.sheets.set('Предпочтения', [
      ['ID участника', 'Участник'],
      ['НК-1', 'Иванова'],
    ]);
    loadProgramModel(wb, NOW);
    expect(rowOfIndex(wb, r)['Статус']).toBe('выполнено');
    expect(rowOfIndex(wb, r)['Мои заметки']).toBe('=согласовать с завучем');
    expect(rowOfIndex(wb, r + 1)['Мои заметки']).toEqual({ formula: '=1+1', value: 2 });
    const fills = (wb.backgrounds.get(ROADMAP_SHEET) ?? [])[r];
    expect(fills[2]).toBe(COLORS.done);
    expect(fills.slice(11, 23)).toContain(COLORS.barDone);
    expect(fills.slice(11, 23)).not.toContain(COLORS.barOverdue);
    // the methodist's own column keeps the fill they gave it (undefined: not touched)
    expect(fills[own]).toBeUndefined();
    // the rows the evidence did not touch keep their state: another overdue event stays red
    const other = (wb.readSheet(ROADMAP_SHEET) ?? []).findIndex((row) => row.includes('2026-П5.2'));
    expect((wb.backgrounds.get(ROADMAP_SHEET) ?? [])[other][2]).toBe(COLORS.overdue);
  });
});

function rowOfIndex(wb: MemoryWorkbook, r: number): Record<string, Cell> {
  const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
  return Object.fromEntries(grid[0].map((h, i) => [cellText(h), grid[r][i]]));
}
