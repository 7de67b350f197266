import { describe, expect, it } from 'vitest';
import { formatRuDate } from '../../src/core/cell';
import { generateRoadmap } from '../../src/gas/handlers/roadmap';
import { createFakeServices, type FakeValue } from './fakes';

/**
 * The programme period through the Apps Script adapter: «Настройки» and «Шаблоны дорожной карты»
 * as the methodist typed them in Google Sheets (text cells), the menu item, the sheet read back.
 */

const TEMPLATE_HEADER = [
  'Шаблон',
  'Код',
  'Этап',
  'Мероприятие',
  'Содержание',
  'Начало (дд.мм)',
  'Окончание (дд.мм)',
  'Ответственный (роли)',
  'Результат / вид документа',
  'Формы наставничества',
  'Год программы',
  'Повтор',
];

function setUp(settings: Array<[string, FakeValue]>, lines: FakeValue[][]) {
  const fakes = createFakeServices({ locale: 'ru' });
  fakes.spreadsheet.addSheet('Настройки', [['Ключ', 'Значение'], ...settings]);
  fakes.spreadsheet.addSheet('Шаблоны дорожной карты', [
    TEMPLATE_HEADER,
    ...lines.map((line) => TEMPLATE_HEADER.map((_, i) => line[i] ?? '')),
  ]);
  fakes.spreadsheet.addSheet('Наставляемые', [['ФИО', 'Желаемая форма']]);
  return fakes;
}

const line = (code: string, event: string, start: string, end: string, years = '', repeat = ''): FakeValue[] => [
  'Площадка',
  code,
  code.startsWith('Р5') ? '3. Обобщающий этап' : '2. Основной этап',
  event,
  '',
  start,
  end,
  'куратор',
  '',
  '',
  years,
  repeat,
];

describe('menu «Сформировать дорожную карту» over a programme period', () => {
  it('a three-year programme: months of 2023–2025, a year-long event once, stages by year', () => {
    const fakes = setUp(
      [
        ['programStart', '2023'],
        ['programEnd', '2025'],
        ['roadmapTemplate', 'Площадка'],
      ],
      [
        line('Р2', 'Проектная сессия', '01.12.2023', '01.12.2024'),
        line('Р3', 'Семинар', '10.03', '10.11', '1–2', 'ежеквартально'),
        line('Р4', 'Отчёт', '20.12', '25.12'),
        line('Р5', 'Конференция', '01.11', '30.11', '3'),
      ],
    );
    generateRoadmap(fakes.services);
    const ui = fakes.ui as unknown as { alerts: Array<{ title: string; prompt: string }> };
    expect(ui.alerts[0].title).toBe('Дорожная карта сформирована');
    expect(ui.alerts[0].prompt).toContain('программа на 2023–2025 годы (лет программы: 3): 11 мероприятий');
    const sheet = fakes.spreadsheet.sheet('Дорожная карта');
    const values = sheet?.values() ?? [];
    const header = values[0].map(String);
    expect(header[11]).toBe('янв 2023');
    expect(header[46]).toBe('дек 2025');
    const code = header.indexOf('Код');
    const start = header.indexOf('Начало');
    expect(values.slice(1).map((row) => `${row[code]} ${formatRuDate(row[start] as Date)}`)).toEqual([
      '2023-Р3/2023-03 10.03.2023',
      '2023-Р3/2023-06 10.06.2023',
      '2023-Р3/2023-09 10.09.2023',
      '2023-Р2 01.12.2023',
      '2023-Р4 20.12.2023',
      '2024-Р3/2024-03 10.03.2024',
      '2024-Р3/2024-06 10.06.2024',
      '2024-Р3/2024-09 10.09.2024',
      '2024-Р4 20.12.2024',
      '2025-Р4 20.12.2025',
      '2025-Р5 01.11.2025',
    ]);
    const r = values.findIndex((row) => row[code] === '2023-Р2') + 1;
    const bars = Array.from({ length: 36 }, (_, m) => (sheet?.cell(r, 12 + m).background ? 'x' : '.')).join('');
    expect(bars).toBe(`${'.'.repeat(11)}${'x'.repeat(13)}${'.'.repeat(12)}`);
  });

  it('costs the same number of Sheets calls for 3 or 60 template rows', () => {
    const run = (rows: number) => {
      const fakes = setUp(
        [
          ['programStart', '01.01.2023'],
          ['programEnd', '31.12.2023'],
          ['roadmapTemplate', 'Площадка'],
        ],
        Array.from({ length: rows }, (_, i) => line(`Р4.${i}`, `Отчёт ${i}`, '20.12', '25.12')),
      );
      fakes.calls.reset();
      generateRoadmap(fakes.services);
      const sheet = fakes.spreadsheet.sheet('Дорожная карта')?.values() ?? [];
      expect(sheet).toHaveLength(rows + 1);
      return fakes.calls.count();
    };
    expect(run(60)).toBe(run(3));
  });

  it('a bad period: the problem names «Настройки», its row and column; one academic year is built', () => {
    const fakes = setUp(
      [
        ['academicYear', 2026],
        ['programStart', '01.09.2025'],
        ['programEnd', 'конец мая'],
      ],
      [],
    );
    // an empty template sheet is seeded with the defaults
    generateRoadmap(fakes.services);
    const problems = fakes.spreadsheet.sheet('Проблемы')?.values() ?? [];
    const header = problems[0].map(String);
    const found = problems.find((row) => row[header.indexOf('Лист')] === 'Настройки');
    expect(found?.[header.indexOf('Строка')]).toBe(4);
    expect(found?.[header.indexOf('Столбец')]).toBe('Значение');
    expect(String(found?.[header.indexOf('Что не так и как исправить')])).toContain('использован срок по умолчанию');
    expect(fakes.spreadsheet.sheet('Дорожная карта')?.values()[0][11]).toBe('авг');
  });
});
