import { describe, expect, it } from 'vitest';
import { type Cell, cellText, formatRuDate } from '../../../src/core/cell';
import { buildRoadmapDocument } from '../../../src/core/documents/roadmap-document';
import { plainText } from '../../../src/core/documents/plain-text';
import { programPeriod } from '../../../src/core/program/period';
import { ROADMAP_SHEET } from '../../../src/core/roadmap/roadmap-layout';
import { chooseYears, occurrences, parseRepeat } from '../../../src/core/roadmap/schedule';
import { TEMPLATE_COLUMNS, TEMPLATES_SHEET } from '../../../src/core/roadmap/template';
import { Settings } from '../../../src/core/settings/settings';
import { generateRoadmapUseCase } from '../../../src/core/usecases/roadmap';
import golden from './fixtures/one-academic-year-2026.json';
import { MemoryStore, MemoryWorkbook, memoryEnv, settingsGrid } from './memory-workbook';

const NOW = new Date(2024, 2, 15);

/** «Дорожная карта» as text: each row's cells (dates as дд.мм.гггг, fills after «#»), then the month notes. */
function dump(wb: MemoryWorkbook): string[] {
  const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
  const bg = wb.backgrounds.get(ROADMAP_SHEET);
  const notes = (wb.formats.get(ROADMAP_SHEET)?.columns ?? []).map((c) => `${c.col}:${c.note}`);
  return [
    ...grid.map((row, r) =>
      row
        .map((c, i) => `${c instanceof Date ? formatRuDate(c) : cellText(c)}${bg?.[r]?.[i] ? `#${bg[r][i]}` : ''}`)
        .join('|'),
    ),
    ...notes,
  ];
}

function rows(wb: MemoryWorkbook): Record<string, Cell>[] {
  const [header, ...body] = wb.readSheet(ROADMAP_SHEET) ?? [];
  return body.map((row) => Object.fromEntries(header.map((h, i) => [cellText(h), row[i]])));
}

const day = (cell: Cell) => (cell instanceof Date ? formatRuDate(cell) : cellText(cell));

/** A template of the methodist's own, in the sheet's columns order (Год программы and Повтор last). */
function templateSheet(name: string, lines: Array<Partial<Record<string, string>>>): Cell[][] {
  const header = TEMPLATE_COLUMNS.map((c) => c.header);
  return [
    header,
    ...lines.map((line) =>
      TEMPLATE_COLUMNS.map((c) =>
        c.key === 'template' ? name : (line[c.key] ?? (c.key === 'responsible' ? 'куратор' : '')),
      ),
    ),
  ];
}

describe('one academic year: the roadmap is what it was before programme periods', () => {
  for (const template of Object.keys(golden)) {
    it(`«${template}» for 2026/27 is the same sheet, cell for cell, fill for fill`, () => {
      const wb = new MemoryWorkbook({
        Настройки: settingsGrid({
          academicYear: 2026,
          directorName: 'Смирнов Олег Игоревич',
          curatorName: 'Петрова Анна Сергеевна',
          roadmapTemplate: template,
        }),
      });
      generateRoadmapUseCase(memoryEnv(wb, new Date(2026, 10, 15)));
      expect(dump(wb)).toEqual((golden as Record<string, string[]>)[template]);
    });
  }
});

describe('a calendar-year project (January–December 2023)', () => {
  const template = templateSheet('Сетевой проект', [
    { code: 'К1', stage: '1. Старт', event: 'Установочный семинар', start: '20.01', end: '31.01' },
    { code: 'К2', stage: '2. Работа пар', event: 'Встреча пар', start: '15.02', end: '30.11', repeat: 'ежемесячно' },
    { code: 'К3', stage: '3. Итоги', event: 'Итоговая конференция', start: '10.12', end: '20.12' },
  ]);
  const workbook = () =>
    new MemoryWorkbook({
      Настройки: settingsGrid({
        academicYear: 2026,
        programStart: '01.01.2023',
        programEnd: '31.12.2023',
        roadmapTemplate: 'Сетевой проект',
      }),
      [TEMPLATES_SHEET]: template,
    });

  it('places every event once in 2023, months January…December, a row per meeting', () => {
    const wb = workbook();
    const outcome = generateRoadmapUseCase(memoryEnv(wb, NOW));
    expect(outcome.lines[0]).toContain('программа на 2023 год');
    const header = (wb.readSheet(ROADMAP_SHEET) ?? [])[0].map(cellText);
    expect(header.slice(11, 23)).toEqual([
      'янв',
      'фев',
      'мар',
      'апр',
      'май',
      'июн',
      'июл',
      'авг',
      'сен',
      'окт',
      'ноя',
      'дек',
    ]);
    const all = rows(wb);
    const codes = all.map((r) => cellText(r['Код']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(all.map((r) => [cellText(r['Мероприятие']), day(r['Начало'])])).toEqual([
      ['Установочный семинар', '20.01.2023'],
      ...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => ['Встреча пар', `15.${m}.2023`]),
      ['Итоговая конференция', '10.12.2023'],
    ]);
    expect(codes[1]).toBe('2023-К2/2023-02');
    const notes = wb.formats.get(ROADMAP_SHEET)?.columns ?? [];
    expect(notes.find((c) => c.col === 12)?.note).toContain('янв 2023');
    expect(notes.find((c) => c.col === 23)?.note).toContain('дек 2023');
  });

  it('keeps a repeated event in one row with its dates when «Настройки» say so, shading only those months', () => {
    const wb = workbook();
    (wb.sheets.get('Настройки') ?? []).push(['', '', 'одна строка со списком дат', '', 'roadmapRepeat']);
    const templates = wb.sheets.get(TEMPLATES_SHEET) ?? [];
    templates.push(
      TEMPLATE_COLUMNS.map(
        (c) =>
          ({
            template: 'Сетевой проект',
            code: 'К4',
            stage: '2. Работа пар',
            event: 'Методический день',
            start: '01.03',
            end: '31.12',
            repeat: 'ежеквартально',
          })[c.key] ?? '',
      ),
    );
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    const all = rows(wb);
    const meetings = all.filter((r) => r['Мероприятие'] === 'Встреча пар');
    expect(meetings).toHaveLength(1);
    expect(cellText(meetings[0]['Содержание'])).toContain(
      'Даты: 15.02.2023, 15.03.2023, 15.04.2023, 15.05.2023, 15.06.2023, 15.07.2023, 15.08.2023, 15.09.2023, 15.10.2023, 15.11.2023',
    );
    expect([day(meetings[0]['Начало']), day(meetings[0]['Окончание'])]).toEqual(['15.02.2023', '15.11.2023']);
    const quarterly = all.find((r) => r['Мероприятие'] === 'Методический день');
    expect(cellText(quarterly?.['Содержание'])).toBe('Даты: 01.03.2023, 01.06.2023, 01.09.2023, 01.12.2023');
    const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
    const r = grid.findIndex((row) => row.includes('2023-К4'));
    const bars = (wb.backgrounds.get(ROADMAP_SHEET) ?? [])[r].slice(11, 23).map((fill) => (fill ? 'x' : '.'));
    expect(bars.join('')).toBe('..x..x..x..x');
  });

  it('a row may choose its own layout whatever the setting', () => {
    expect(parseRepeat('ежемесячно; одной строкой')).toEqual({ everyMonths: 1, layout: 'list' });
    expect(parseRepeat('Ежеквартально (по строкам)')).toEqual({ everyMonths: 3, layout: 'rows' });
    expect(parseRepeat('')).toEqual({ everyMonths: 0 });
    expect(parseRepeat('по вторникам')).toBeNull();
  });
});

describe('a three-year district programme (2023–2025)', () => {
  const template = templateSheet('Площадка руководителей', [
    {
      code: 'Р1',
      stage: '1. Подготовительный этап',
      event: 'Приказ о площадке',
      start: '15.01',
      end: '31.01',
      years: '1',
    },
    { code: 'Р2', stage: '2. Основной этап', event: 'Проектная сессия', start: '01.12.2023', end: '01.12.2024' },
    {
      code: 'Р3',
      stage: '2. Основной этап',
      event: 'Семинар для заместителей',
      start: '10.03',
      end: '10.11',
      years: '1; 2',
      repeat: 'ежеквартально',
    },
    { code: 'Р4', stage: '2. Основной этап', event: 'Отчёт площадки', start: '20.12', end: '25.12' },
    {
      code: 'Р5',
      stage: '3. Обобщающий этап',
      event: 'Итоговая конференция',
      start: '01.11',
      end: '30.11',
      years: '2025',
    },
    { code: 'Р6', stage: '3. Обобщающий этап', event: 'Сборник практик', start: '01.06', end: '30.06', years: '4' },
  ]);
  const workbook = (start: Cell = '2023', end: Cell = '2025') =>
    new MemoryWorkbook({
      Настройки: settingsGrid({
        academicYear: 2026,
        programStart: start,
        programEnd: end,
        roadmapTemplate: 'Площадка руководителей',
      }),
      [TEMPLATES_SHEET]: template,
    });

  it('places events by year of the programme and by stage, a long event once, months in their years', () => {
    const wb = workbook();
    const outcome = generateRoadmapUseCase(memoryEnv(wb, NOW));
    expect(outcome.lines[0]).toContain('программа на 2023–2025 годы (лет программы: 3)');
    const header = (wb.readSheet(ROADMAP_SHEET) ?? [])[0].map(cellText);
    expect(header.filter((h) => /^[а-я]{3} \d{4}$/.test(h))).toHaveLength(36);
    expect(header[11]).toBe('янв 2023');
    expect(header[46]).toBe('дек 2025');
    const all = rows(wb).map((r) => `${cellText(r['Код'])} ${day(r['Начало'])}–${day(r['Окончание'])}`);
    expect(all).toEqual([
      '2023-Р1 15.01.2023–31.01.2023',
      '2023-Р3/2023-03 10.03.2023–10.03.2023',
      '2023-Р3/2023-06 10.06.2023–10.06.2023',
      '2023-Р3/2023-09 10.09.2023–10.09.2023',
      '2023-Р2 01.12.2023–01.12.2024',
      '2023-Р4 20.12.2023–25.12.2023',
      '2024-Р3/2024-03 10.03.2024–10.03.2024',
      '2024-Р3/2024-06 10.06.2024–10.06.2024',
      '2024-Р3/2024-09 10.09.2024–10.09.2024',
      '2024-Р4 20.12.2024–25.12.2024',
      '2025-Р4 20.12.2025–25.12.2025',
      '2025-Р5 01.11.2025–30.11.2025',
    ]);
    // the year-long event shades December 2023 … December 2024: 13 months
    const grid = wb.readSheet(ROADMAP_SHEET) ?? [];
    const r = grid.findIndex((row) => row.includes('2023-Р2'));
    const bars = (wb.backgrounds.get(ROADMAP_SHEET) ?? [])[r].slice(11, 47).map((fill) => (fill ? 'x' : '.'));
    expect(bars.join('')).toBe(`${'.'.repeat(11)}${'x'.repeat(13)}${'.'.repeat(12)}`);
    // a year the programme does not have is named on «Проблемы»
    const problems = (wb.readSheet('Проблемы') ?? []).map((row) => row.map(cellText).join(' '));
    expect(
      problems.some((p) => p.includes(TEMPLATES_SHEET) && p.includes('Год программы') && p.includes('нет года 4')),
    ).toBe(true);
  });

  it('a date cell keeps its year inside the programme (a pasted plan); outside it gives its day and month', () => {
    const wb = workbook();
    const templates = wb.sheets.get(TEMPLATES_SHEET) ?? [];
    const row = (code: string, start: Date, end: Date) =>
      TEMPLATE_COLUMNS.map(
        (c) =>
          ({ template: 'Площадка руководителей', code, stage: '2. Основной этап', event: code, start, end })[c.key] ??
          '',
      );
    templates.push(row('В1', new Date(2024, 1, 5), new Date(2024, 1, 9)));
    templates.push(row('В2', new Date(2019, 3, 1), new Date(2019, 3, 2)));
    const outcome = generateRoadmapUseCase(memoryEnv(wb, NOW));
    expect(outcome.status).toBe('done');
    const found = rows(wb)
      .filter((r) => cellText(r['Мероприятие']).startsWith('В'))
      .map((r) => `${cellText(r['Код'])} ${day(r['Начало'])}`);
    expect(found).toEqual(['2023-В2 01.04.2023', '2024-В1 05.02.2024', '2024-В2 01.04.2024', '2025-В2 01.04.2025']);
    const problems = (wb.readSheet('Проблемы') ?? []).map((r) => r.map(cellText).join(' '));
    expect(problems.some((p) => p.includes('01.04.2019 вне сроков программы'))).toBe(true);
  });

  it('over academic years (01.09.2023–31.05.2025) repeats the cycle per year, August to July', () => {
    const wb = new MemoryWorkbook({
      Настройки: settingsGrid({ academicYear: 2026, programStart: '01.09.2023', programEnd: '31.05.2025' }),
    });
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    const header = (wb.readSheet(ROADMAP_SHEET) ?? [])[0].map(cellText);
    expect(header[11]).toBe('авг 2023');
    expect(header[34]).toBe('июл 2025');
    const all = rows(wb);
    const order = all.filter((r) => cellText(r['Код']).endsWith('-П5.2'));
    expect(order.map((r) => [cellText(r['Код']), day(r['Начало'])])).toEqual([
      ['2023-П5.2', '01.10.2023'],
      ['2024-П5.2', '01.10.2024'],
    ]);
    // year by year: every 2023/24 row before the first 2024/25 one
    const codes = all.map((r) => cellText(r['Код']));
    const lastOfFirstYear = codes.length - 1 - [...codes].reverse().findIndex((c) => c.startsWith('2023-'));
    expect(lastOfFirstYear).toBeLessThan(codes.findIndex((c) => c.startsWith('2024-')));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('refuses «--year» when «Настройки» hold the period, and redraws the timeline when the period changes', () => {
    const wb = workbook();
    const store = new MemoryStore();
    const refused = generateRoadmapUseCase(memoryEnv(wb, NOW, { store }), { academicYear: 2024 });
    expect(refused.status).toBe('nothing-to-do');
    expect(refused.lines.join(' ')).toContain('Сроки программы заданы в «Настройках» (2023–2025 годы)');
    expect(wb.sheets.has(ROADMAP_SHEET)).toBe(false);
    generateRoadmapUseCase(memoryEnv(wb, NOW, { store }));
    const wide = (wb.readSheet(ROADMAP_SHEET) ?? [])[0].length;
    // back to one academic year: 36 month columns become 12, the rest is blanked
    const settings = wb.sheets.get('Настройки') ?? [];
    for (const row of settings) if (row[4] === 'programStart' || row[4] === 'programEnd') row[2] = null;
    generateRoadmapUseCase(memoryEnv(wb, new Date(2026, 10, 15), { store }));
    const grid = wb.sheets.get(ROADMAP_SHEET) ?? [];
    const header = grid[0].map(cellText);
    expect(header.slice(11, 23)).toEqual([
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
    expect(header[23]).toBe('Код');
    expect(header.filter((h) => /^[а-я]{3} \d{4}$/.test(h))).toEqual([]);
    expect(grid[0].length).toBe(wide);
    expect(header.slice(24).every((h) => h === '')).toBe(true);
  });
});

describe('the programme period in «Настройки»', () => {
  const settingsWith = (values: Record<string, Cell>) => Settings.fromSheet(settingsGrid(values));

  it('reads bare years, a start alone, and knows its years', () => {
    const years = programPeriod(settingsWith({ programStart: '2023', programEnd: '2025' }));
    expect([formatRuDate(years.start), formatRuDate(years.end), years.kind, years.label]).toEqual([
      '01.01.2023',
      '31.12.2025',
      'calendar',
      '2023–2025 годы',
    ]);
    expect(years.years.map((y) => y.label)).toEqual(['2023', '2024', '2025']);
    const academic = programPeriod(settingsWith({ programStart: '01.09.2023', programEnd: '31.08.2025' }));
    expect(academic.years.map((y) => y.label)).toEqual(['2023/24', '2024/25']);
    const startOnly = programPeriod(settingsWith({ programStart: '01.09.2024' }));
    expect([formatRuDate(startOnly.end), startOnly.label]).toEqual(['31.05.2025', '2024/2025 учебный год']);
    const defaults = programPeriod(settingsWith({ academicYear: 2026 }));
    expect([defaults.explicit, defaults.years.length, defaults.years[0].label]).toEqual([false, 1, '2026/27']);
  });

  it('an end before the start or an unreadable date is a problem naming the row and column; the default is used', () => {
    const backwards = programPeriod(
      settingsWith({ academicYear: 2026, programStart: '01.09.2025', programEnd: '31.05.2024' }),
    );
    expect(backwards.explicit).toBe(false);
    expect(formatRuDate(backwards.start)).toBe('01.09.2026');
    expect(backwards.problems).toEqual([
      expect.objectContaining({ sheet: 'Настройки', row: 4, column: 'Значение', value: '31.05.2024' }),
    ]);
    expect(backwards.problems[0].message).toContain('раньше её начала');
    const unreadable = programPeriod(settingsWith({ academicYear: 2026, programStart: 'сентябрь 2023' }));
    expect(unreadable.problems).toEqual([
      expect.objectContaining({ sheet: 'Настройки', row: 3, column: 'Значение', value: 'сентябрь 2023' }),
    ]);
    expect(unreadable.problems[0].message).toContain('использован срок по умолчанию');
  });

  it('«Сформировать дорожную карту» writes the period problem to «Проблемы» and builds the default year', () => {
    const wb = new MemoryWorkbook({
      Настройки: settingsGrid({ academicYear: 2026, programStart: '01.09.2025', programEnd: '31.05.2024' }),
    });
    generateRoadmapUseCase(memoryEnv(wb, new Date(2026, 10, 15)));
    const problems = wb.readSheet('Проблемы') ?? [];
    const header = problems[0].map(cellText);
    const line = problems.find((row) => row.includes('Настройки'));
    expect(line?.[header.indexOf('Строка')]).toBe(4);
    expect(line && cellText(line[header.indexOf('Столбец')])).toBe('Значение');
    expect(cellText((wb.readSheet(ROADMAP_SHEET) ?? [])[0][11])).toBe('авг');
  });
});

describe('«Год программы»', () => {
  const period = programPeriod(Settings.fromSheet(settingsGrid({ programStart: '2023', programEnd: '2025' })));
  const numbers = (text: string) => {
    const chosen = chooseYears(text, period);
    return chosen.ok ? [chosen.years.map((y) => y.number), chosen.outside] : 'unreadable';
  };
  it('reads numbers, ranges, calendar years and «каждый»', () => {
    expect(numbers('')).toEqual([[1, 2, 3], []]);
    expect(numbers('каждый год')).toEqual([[1, 2, 3], []]);
    expect(numbers('2')).toEqual([[2], []]);
    expect(numbers('1; 3')).toEqual([[1, 3], []]);
    expect(numbers('1–2')).toEqual([[1, 2], []]);
    expect(numbers('2-й год')).toEqual([[2], []]);
    expect(numbers('2025')).toEqual([[3], []]);
    expect(numbers('3; 5; 2030')).toEqual([[3], ['5', '2030']]);
    expect(numbers('второй')).toBe('unreadable');
  });
  it('repeats from the start every N months up to the end, on the same day (or the month’s last)', () => {
    expect(occurrences(new Date(2023, 0, 31), new Date(2023, 4, 1), 1).map(formatRuDate)).toEqual([
      '31.01.2023',
      '28.02.2023',
      '31.03.2023',
      '30.04.2023',
    ]);
  });
});

describe('the roadmap document names the period', () => {
  it('«на 2023–2025 годы» for a period of «Настройки», «на 2026/2027 учебный год» otherwise', () => {
    const years = Settings.fromSheet(settingsGrid({ programStart: '2023', programEnd: '2025' }));
    const doc = buildRoadmapDocument([], years, 2026);
    expect(plainText(doc)).toContain('на 2023–2025 годы');
    expect(doc.name).toBe('Дорожная карта программы наставничества 2023–2025');
    const one = buildRoadmapDocument([], Settings.fromSheet(settingsGrid({ academicYear: 2026 })), 2026);
    expect(plainText(one)).toContain('на 2026/2027 учебный год');
  });
});

describe('a programme that ends mid-cycle (01.09.2023 – 31.12.2025): nothing after its last day', () => {
  const template = templateSheet('Площадка', [
    { code: 'А1', stage: '1. Подготовка', event: 'Августовский совет', start: '25.08', end: '28.08' },
    { code: 'А2', stage: '2. Основной этап', event: 'Отчёт', start: '20.06', end: '30.06' },
    { code: 'А3', stage: '2. Основной этап', event: 'Сессия', start: '01.11', end: '31.01', years: '3' },
    {
      code: 'А4',
      stage: '2. Основной этап',
      event: 'Встреча',
      start: '15.09',
      end: '15.05',
      years: '3',
      repeat: 'ежемесячно',
    },
  ]);
  const run = (end: string) => {
    const wb = new MemoryWorkbook({
      Настройки: settingsGrid({
        academicYear: 2026,
        programStart: '01.09.2023',
        programEnd: end,
        roadmapTemplate: 'Площадка',
      }),
      [TEMPLATES_SHEET]: template,
    });
    generateRoadmapUseCase(memoryEnv(wb, NOW));
    return wb;
  };

  it('keeps the August councils, drops the June report of 2026, cuts the session and the meetings at 31.12.2025', () => {
    const wb = run('31.12.2025');
    expect(rows(wb).map((r) => `${cellText(r['Мероприятие'])} ${day(r['Начало'])}–${day(r['Окончание'])}`)).toEqual([
      'Августовский совет 25.08.2023–28.08.2023',
      'Отчёт 20.06.2024–30.06.2024',
      'Августовский совет 25.08.2024–28.08.2024',
      'Отчёт 20.06.2025–30.06.2025',
      'Августовский совет 25.08.2025–28.08.2025',
      'Встреча 15.09.2025–15.09.2025',
      'Встреча 15.10.2025–15.10.2025',
      'Сессия 01.11.2025–31.12.2025',
      'Встреча 15.11.2025–15.11.2025',
      'Встреча 15.12.2025–15.12.2025',
    ]);
    const header = (wb.readSheet(ROADMAP_SHEET) ?? [])[0].map(cellText).filter((h) => /^[а-я]{3} \d{4}$/.test(h));
    expect([header[0], header.at(-1), header.length]).toEqual(['авг 2023', 'дек 2025', 29]);
    const problems = (wb.readSheet('Проблемы') ?? []).map((row) => row.map(cellText).join(' '));
    expect(problems.filter((p) => p.includes('вне сроков программы (с 01.09.2023 по 31.12.2025)'))).toEqual([
      expect.stringContaining('2025/26: 20.06.2026 — в эти годы мероприятие не включено'),
    ]);
  });

  it('a programme ending with a school year (31.05.2025) keeps its June and July, as one academic year does', () => {
    const wb = run('31.05.2025');
    const reports = rows(wb).filter((r) => r['Мероприятие'] === 'Отчёт');
    expect(reports.map((r) => day(r['Начало']))).toEqual(['20.06.2024', '20.06.2025']);
    const header = (wb.readSheet(ROADMAP_SHEET) ?? [])[0].map(cellText).filter((h) => /^[а-я]{3} \d{4}$/.test(h));
    expect(header.at(-1)).toBe('июл 2025');
  });
});
