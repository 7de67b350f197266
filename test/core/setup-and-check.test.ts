import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cell';
import { MENTEES_SHEET, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { PROBLEMS_SHEET } from '../../src/core/problems/problems-sheet';
import { checkBases } from '../../src/core/usecases/check-bases';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { addRows, MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

function preparedWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  setupWorkbook(memoryEnv(workbook));
  return workbook;
}

const consent = new Date(2026, 8, 1);

describe('setupWorkbook', () => {
  it('moves a setting still at an earlier version’s default to today’s, says so, and keeps a value the curator chose', () => {
    const workbook = preparedWorkbook();
    const settings = workbook.sheets.get('Настройки') as Cell[][];
    const keyCol = settings[0].indexOf('Ключ');
    const valueCol = settings[0].indexOf('Значение');
    const rowOf = (key: string) => settings.findIndex((row) => row[keyCol] === key);
    // a book prepared when the organization weighed 5 (the default then), and a weight the curator set
    settings[rowOf('weightOrganization')][valueCol] = 5;
    settings[rowOf('weightSubject')][valueCol] = 7;
    const outcome = setupWorkbook(memoryEnv(workbook));
    const after = workbook.sheets.get('Настройки') as Cell[][];
    const value = (key: string) => after[after.findIndex((row) => row[keyCol] === key)][valueCol];
    expect(value('weightOrganization')).toBe(20);
    expect(value('weightSubject')).toBe(7);
    expect(outcome.lines.join('\n')).toContain('«Вес: организация»: 5 → 20');
    // a second run changes nothing more and says nothing of it
    expect(setupWorkbook(memoryEnv(workbook)).lines.join('\n')).not.toContain('→');
  });

  it('creates the standard sheets with headers, settings and catalogues', () => {
    const workbook = preparedWorkbook();
    expect(workbook.sheetNames()).toEqual(
      expect.arrayContaining([MENTORS_SHEET, MENTEES_SHEET, 'Справочники', 'Настройки', PROBLEMS_SHEET]),
    );
    expect(workbook.grid(MENTORS_SHEET)[0]).toContain('ФИО');
    expect(workbook.grid('Справочники')[0]).toContain('Формы наставничества');
    expect(workbook.column('Настройки', 'Ключ')).toContain('mentorLoadLimit');
    const mentorFormat = workbook.formats.get(MENTORS_SHEET)?.at(-1);
    expect(mentorFormat?.frozenRows).toBe(1);
    expect(mentorFormat?.columns?.every((c) => c.note && c.note.length > 0)).toBe(true);
    expect(mentorFormat?.columns?.some((c) => c.validation?.kind === 'range')).toBe(true);
  });

  it('repairs missing columns after the user columns and changes nothing else', () => {
    const workbook = new MemoryWorkbook({
      [MENTORS_SHEET]: [
        ['Заметки куратора', 'Ф.И.О.', 'Эл. почта'],
        ['позвонить', 'Иванова Анна Петровна', 'anna@school.ru'],
      ],
    });
    setupWorkbook(memoryEnv(workbook));
    const grid = workbook.grid(MENTORS_SHEET);
    expect(grid[0].slice(0, 3)).toEqual(['Заметки куратора', 'Ф.И.О.', 'Эл. почта']);
    expect(grid[1].slice(0, 3)).toEqual(['позвонить', 'Иванова Анна Петровна', 'anna@school.ru']);
    expect(grid[0]).toContain('Формы наставничества');
    expect(grid[0]).not.toContain('ФИО');
  });

  it('is idempotent: a second run changes no cell and keeps edited settings', () => {
    const workbook = preparedWorkbook();
    const settings = workbook.sheets.get('Настройки') as Cell[][];
    const limitRow = settings.findIndex((row) => row.includes('mentorLoadLimit'));
    settings[limitRow][2] = 5;
    settings.push(['Моё', 'Своя строка', 'x', null, 'custom']);
    const before = JSON.stringify([...workbook.sheets]);
    const outcome = setupWorkbook(memoryEnv(workbook));
    expect(JSON.stringify([...workbook.sheets])).toBe(before);
    expect(outcome.lines.join(' ')).toContain('ничего не изменено');
  });
});

describe('checkBases', () => {
  it('reports every kind of problem with sheet, row and column, and still reads the good rows', () => {
    const workbook = preparedWorkbook();
    addRows(workbook, MENTORS_SHEET, [
      {
        ФИО: 'Петрова Ольга Ивановна',
        Категория: 'педагог',
        Организация: 'Гимназия № 1',
        'Формы наставничества': 'учитель – учитель',
        'E-mail': 'Olga@School.RU ',
        'Стаж (лет)': '12,5 лет',
        'Согласие на обработку ПДн (дата)': '01.09.2026',
      },
      {
        ФИО: 'Петрова  Ольга Ивановна',
        Категория: 'педагог',
        Организация: 'Гимназия № 1',
        'Формы наставничества': 'учитель – учитель',
        'E-mail': 'olga@school.ru',
        'Согласие на обработку ПДн (дата)': consent,
      },
      {
        ФИО: 'Сидоров Пётр',
        Категория: 'волшебник',
        Организация: 'Гимназия № 1',
        'Формы наставничества': 'учитель – космонавт',
        'E-mail': 'not-an-email',
        'Стаж (лет)': 'много',
      },
    ]);
    addRows(workbook, MENTEES_SHEET, [
      {
        ФИО: 'Ученик Вася',
        Категория: 'обучающийся',
        Организация: 'Гимназия № 1',
        Возраст: 14,
        'Дефициты / запрос': 'учебная мотивация',
        'Желаемая форма': 'учитель – ученик',
        'Согласие на обработку ПДн (дата)': consent,
      },
      {
        ФИО: 'Новикова Мария',
        Категория: 'молодой специалист',
        Организация: 'Гимназия № 1',
        'Дефициты / запрос': 'классное руководство; ИКТ и цифровые ресурсы',
        'Желаемая форма': 'учитель – учитель',
        'Дата вхождения в программу': '31.02.2026',
      },
      {},
      {
        ФИО: '=HYPERLINK("http://x")',
        Категория: 'педагог',
        Организация: 'Гимназия № 1',
        'Дефициты / запрос': 'ИКТ',
        'Желаемая форма': 'учитель – учитель',
        'Согласие на обработку ПДн (дата)': consent,
      },
    ]);
    const result = checkBases(memoryEnv(workbook));
    const problems = workbook
      .grid(PROBLEMS_SHEET)
      .slice(1)
      .map((row) => ({ sheet: row[2], row: row[3], column: row[4], message: String(row[6]) }));
    const at = (sheet: string, row: number) =>
      problems.filter((p) => p.sheet === sheet && p.row === row).map((p) => `${p.column}: ${p.message}`);

    expect(at(MENTORS_SHEET, 2)).toEqual([]);
    expect(at(MENTORS_SHEET, 3).join()).toMatch(/Повтор участника: тот же e-mail, что в строке 2/);
    expect(at(MENTORS_SHEET, 4).join()).toMatch(/Категория: «волшебник» нет в «Справочниках»/);
    expect(at(MENTORS_SHEET, 4).join()).toMatch(/Формы наставничества: Нет в «Справочниках»: «учитель – космонавт»/);
    expect(at(MENTORS_SHEET, 4).join()).toMatch(/E-mail: Некорректный адрес/);
    expect(at(MENTORS_SHEET, 4).join()).toMatch(/Стаж \(лет\): Не число/);
    expect(at(MENTORS_SHEET, 4).join()).toMatch(/Нет согласия на обработку персональных данных/);
    expect(at(MENTEES_SHEET, 2).join()).toMatch(/согласие законного представителя/);
    expect(at(MENTEES_SHEET, 3).join()).toMatch(/Дата вхождения в программу: Не дата/);
    expect(at(MENTEES_SHEET, 3).join()).toMatch(/Нет согласия/);
    expect(at(MENTEES_SHEET, 5)).toEqual([]);
    expect(result.figures).toMatchObject({ mentors: 3, mentees: 3 });
    expect(result.figures?.readyMentees).toBe(1);
  });

  it('assigns stable ids once and keeps them on the next run', () => {
    const workbook = preparedWorkbook();
    addRows(workbook, MENTORS_SHEET, [
      {
        ID: 'НК-0007',
        ФИО: 'А А А',
        Категория: 'педагог',
        Организация: 'Ш',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн (дата)': consent,
      },
      {
        ФИО: 'Б Б Б',
        Категория: 'педагог',
        Организация: 'Ш',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн (дата)': consent,
      },
      {
        ID: 'НК-0007',
        ФИО: 'В В В',
        Категория: 'педагог',
        Организация: 'Ш',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн (дата)': consent,
      },
    ]);
    checkBases(memoryEnv(workbook));
    const ids = workbook.column(MENTORS_SHEET, 'ID');
    expect(ids).toEqual(['НК-0007', 'НК-0008', 'НК-0009']);
    checkBases(memoryEnv(workbook));
    expect(workbook.column(MENTORS_SHEET, 'ID')).toEqual(ids);
  });

  it('replaces only its own problems and keeps the user column in «Проблемы»', () => {
    const workbook = preparedWorkbook();
    addRows(workbook, MENTORS_SHEET, [{ ФИО: 'Без формы', Категория: 'педагог', Организация: 'Ш' }]);
    checkBases(memoryEnv(workbook));
    const grid = workbook.sheets.get(PROBLEMS_SHEET) as Cell[][];
    grid[0].push('Исправлено');
    grid[1].push('в работе');
    grid.push(['Загрузка ответов', 'предупреждение', 'Ответы', 3, null, 'x', 'чужая проблема', null, null]);
    checkBases(memoryEnv(workbook));
    const after = workbook.grid(PROBLEMS_SHEET);
    expect(after[0]).toContain('Исправлено');
    expect(after.find((row) => row[6] === grid[1][6])?.at(-1)).toBe('в работе');
    expect(after.some((row) => row[6] === 'чужая проблема')).toBe(true);
  });

  it('reports a missing base sheet instead of failing', () => {
    const workbook = new MemoryWorkbook();
    const result = checkBases(memoryEnv(workbook));
    expect(result.figures?.errors).toBeGreaterThanOrEqual(2);
    expect(workbook.grid(PROBLEMS_SHEET).flat().join(' ')).toContain('Подготовить таблицу');
  });
});

describe('formula cells in the bases', () => {
  it('reads the value a formula computed: an age formula is a number, an empty-string formula row is blank', () => {
    const workbook = preparedWorkbook();
    addRows(workbook, MENTEES_SHEET, [
      {
        ФИО: 'Ученица Оля',
        Категория: 'обучающийся',
        Организация: 'Ш',
        Возраст: { formula: '=2026-2012', value: 14 },
        'Дефициты / запрос': 'учебная мотивация',
        'Желаемая форма': 'учитель – ученик',
        'Согласие законного представителя (дата)': consent,
      },
      { ФИО: { formula: '=""', value: '' }, Возраст: { formula: '=""', value: null } },
    ]);
    const result = checkBases(memoryEnv(workbook));
    expect(result.figures).toMatchObject({ mentees: 1, errors: 0, readyMentees: 1 });
    expect(workbook.grid(PROBLEMS_SHEET).flat().join(' ')).not.toContain('Не число');
  });
});
