import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/core/cell';
import { MENTEES_SHEET } from '../../src/core/bases/layouts';
import { OrganizationDirectory } from '../../src/core/organizations/directory';
import type { Organization } from '../../src/core/organizations/organization';
import { organizationKey } from '../../src/core/organizations/organization-key';
import { ORGANIZATIONS_SHEET } from '../../src/core/organizations/organizations-sheet';
import { PROBLEMS_SHEET } from '../../src/core/problems/problems-sheet';
import { checkBases } from '../../src/core/usecases/check-bases';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { importAnswers } from '../../src/core/usecases/survey/import-answers';
import { addRows, MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

const org = (name: string, extra: Partial<Organization> = {}): Organization => ({
  name,
  short: '',
  aliases: [],
  type: 'школа',
  municipality: '',
  teachers: null,
  pupils: null,
  sheetUrl: '',
  row: 2,
  ...extra,
});

describe('organization names as people type them', () => {
  it('gives one key to the spellings of one school and different keys to different schools', () => {
    const zryh = [
      'Зрыхская СОШ',
      'МКОУ Зрыхская СОШ',
      'МКОУ «Зрыхская СОШ»',
      'мкоу "зрыхская сош"',
      'Муниципальное казённое общеобразовательное учреждение «Зрыхская средняя общеобразовательная школа»',
    ];
    expect(new Set(zryh.map(organizationKey))).toEqual(new Set(['зрыхская сош']));
    expect(organizationKey('МБОУ СОШ №5')).toBe(organizationKey('МАОУ «СОШ № 5»'));
    expect(organizationKey('МБОУ СОШ № 5')).not.toBe(organizationKey('МБОУ СОШ № 15'));
    expect(organizationKey('МБУ ДО «Дом детского творчества»')).toBe('дом детского творчества');
    expect(organizationKey('Кахинская СОШ')).not.toBe(organizationKey('Кахинская ООШ'));
  });

  it('resolves listed spellings, suggests the closest name for an unknown one, and never guesses between two', () => {
    const directory = new OrganizationDirectory([
      org('МБОУ «Средняя общеобразовательная школа № 5»', { aliases: ['Пятая школа'], row: 2 }),
      org('МКОУ «Малобичинская СОШ»', { row: 3 }),
    ]);
    expect(directory.resolve('сош №5')).toMatchObject({ found: true, organization: { row: 2 } });
    expect(directory.resolve('пятая школа')).toMatchObject({ found: true, organization: { row: 2 } });
    expect(directory.resolve('Малобичинская СОШ')).toMatchObject({ found: true, organization: { row: 3 } });
    expect(directory.resolve('Малобичинская СШО')).toMatchObject({ found: false, suggestion: { row: 3 } });
    expect(directory.resolve('Гимназия № 2')).toEqual({ found: false, suggestion: null });
    const clash = new OrganizationDirectory([org('МБОУ СОШ № 1', { row: 2 }), org('МАОУ СОШ № 1', { row: 3 })]);
    expect(clash.resolve('СОШ № 1').found).toBe(false);
  });
});

function school(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  setupWorkbook(memoryEnv(workbook));
  return workbook;
}

const consent = new Date(2026, 8, 1);
const mentee = (id: string, fio: string, organization: string) => ({
  ID: id,
  ФИО: fio,
  Организация: organization,
  Категория: 'педагог',
  'Согласие на обработку ПДн (дата)': consent,
});

describe('«Организации» in the workbook', () => {
  it('starts from the organizations of the bases, one row per school however spelled, and adds nothing twice', () => {
    const workbook = school();
    addRows(workbook, MENTEES_SHEET, [
      mentee('НЯ-0001', 'Иванова Анна Петровна', 'МКОУ «Кахинская СОШ»'),
      mentee('НЯ-0002', 'Петрова Ольга Ивановна', 'Кахинская СОШ'),
      mentee('НЯ-0003', 'Сидорова Мария Олеговна', 'МБОУ «Малобичинская СОШ»'),
    ]);
    const result = setupWorkbook(memoryEnv(workbook));
    expect(workbook.column(ORGANIZATIONS_SHEET, 'Полное название')).toEqual([
      'МКОУ «Кахинская СОШ»',
      'МБОУ «Малобичинская СОШ»',
    ]);
    expect(result.lines.join(' ')).toContain('добавлены организации из баз: 2');
    const again = setupWorkbook(memoryEnv(workbook));
    expect(again.figures?.organizationsAdded).toBe(0);
    expect(workbook.column(ORGANIZATIONS_SHEET, 'Полное название')).toHaveLength(2);
  });

  it('flags the same person typed with two spellings of one school as a duplicate', () => {
    const workbook = school();
    addRows(workbook, MENTEES_SHEET, [
      mentee('НЯ-0001', 'Иванова Анна Петровна', 'МКОУ «Кахинская СОШ»'),
      mentee('НЯ-0002', 'Иванова Анна Петровна', 'Кахинская СОШ'),
    ]);
    checkBases(memoryEnv(workbook));
    const messages = workbook.column(PROBLEMS_SHEET, 'Что не так и как исправить');
    expect(messages.some((m) => String(m).includes('Повтор участника'))).toBe(true);
  });

  it('reports an unknown spelling once, with the closest known name', () => {
    const workbook = school();
    (workbook.sheets.get(ORGANIZATIONS_SHEET) as Cell[][]).push(['МБОУ «Малобичинская СОШ»']);
    addRows(workbook, MENTEES_SHEET, [
      mentee('НЯ-0001', 'Иванова Анна Петровна', 'Малобичинская СШО'),
      mentee('НЯ-0002', 'Петрова Ольга Ивановна', 'Малобичинская СШО'),
    ]);
    checkBases(memoryEnv(workbook));
    const messages = workbook.column(PROBLEMS_SHEET, 'Что не так и как исправить').map(String);
    const unknown = messages.filter((m) => m.includes('нет на листе «Организации»'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toContain('строк с таким написанием: 2');
    expect(unknown[0]).toContain('Похоже на «МБОУ «Малобичинская СОШ»»');
  });

  it('finds the people of an answers export that types schools informally', () => {
    const workbook = school();
    (workbook.sheets.get(ORGANIZATIONS_SHEET) as Cell[][]).push(
      ['МБОУ «Малобичинская СОШ»'],
      ['МБОУ «СОШ № 5»', 'СОШ № 5', 'Пятая школа'],
    );
    addRows(workbook, MENTEES_SHEET, [
      mentee('НЯ-0001', 'Иванова Анна Петровна', 'МБОУ «Малобичинская СОШ»'),
      mentee('НЯ-0002', 'Иванова Анна Петровна', 'МБОУ «СОШ № 5»'),
    ]);
    const answers: Grid = [
      [
        'Время создания',
        'Фамилия, имя, отчество',
        'Образовательная организация',
        'Насколько вы удовлетворены участием в программе в целом?',
      ],
      ['2026-11-01 10:00:00', 'Иванова Анна Петровна', 'Малобичинская СОШ', 8],
      ['2026-11-01 11:00:00', 'иванова анна петровна', 'пятая школа', 9],
    ];
    const result = importAnswers(memoryEnv(workbook), [
      { name: 'yandex.csv', grid: answers, template: 'satisfaction', wave: 'разовая' },
    ]);
    expect(result.figures?.unidentified).toBe(0);
    const stored = workbook.grid('Ответы');
    const ids = new Set(stored.slice(1).map((row) => row[stored[0].indexOf('ID участника')]));
    expect(ids).toEqual(new Set(['НЯ-0001', 'НЯ-0002']));
  });
});
