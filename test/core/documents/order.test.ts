import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cell';
import { readDocumentInput } from '../../../src/core/documents/inputs';
import { buildOrder, cleanPosition } from '../../../src/core/documents/order';
import { plainText } from '../../../src/core/documents/plain-text';
import { inOrganization } from '../../../src/core/documents/russian';
import { MemoryWorkbook, settingsGrid } from '../roadmap/memory-workbook';
import { MENTEE_HEADER, MENTOR_HEADER, NOW, PAIR_HEADER, SCHOOL, SCHOOL_SETTINGS, schoolWithRoadmap } from './fixture';

const d = (day: number, month: number, year: number) => new Date(year, month - 1, day);

function schoolOrder(extra = {}) {
  return buildOrder(readDocumentInput(schoolWithRoadmap(extra), NOW));
}

describe('Приказ школы «Об утверждении наставнических пар (групп)»', () => {
  const order = schoolOrder();
  const text = plainText(order.model);
  const appendixStart = text.findIndex((l) => l.startsWith('№ | Наставник, должность'));

  it('has the full name, ПРИКАЗ, date and number, the place, and a file name a person would give', () => {
    expect(text.slice(0, 5)).toEqual([
      SCHOOL,
      'ПРИКАЗ',
      '«5» октября 2026 г.          № 45-о',
      'г. Тверь',
      'Об утверждении наставнических пар (групп)',
    ]);
    expect(order.model.name).toBe('Приказ об утверждении наставнических пар 2026-2027');
  });

  it('cites the law, the federal acts and the school’s own Положение in the right case, and the representatives’ consent', () => {
    const preamble = text.find((l) => l.startsWith('В соответствии с')) ?? '';
    expect(preamble).toMatch(/^В соответствии с Федеральным законом от 29\.12\.2012 № 273-ФЗ/);
    expect(preamble).toMatch(/Р-145.*АЗ-1128\/08/);
    expect(preamble).toContain(
      'Положением о наставничестве в МБОУ «Средняя общеобразовательная школа № 7», утверждённым приказом от 29.08.2025 № 112-о,',
    );
    expect(preamble).toContain('родителей (законных представителей) несовершеннолетних участников');
    expect(preamble).toMatch(/в 2026\/2027 учебном году$/);
  });

  it('has the points naming the curator and the signature of the head from «Настройки»', () => {
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    expect(text).toContain(
      '1. Утвердить наставнические пары (группы) на 2026/2027 учебный год согласно приложению к настоящему приказу.',
    );
    expect(text.find((l) => l.startsWith('3. '))).toMatch(
      /^3\. Куратору программы наставничества Петровой А\. С\. обеспечить/,
    );
    expect(text).toContain('4. Контроль за исполнением настоящего приказа оставляю за собой.');
    expect(text).toContain('Директор ____________ С. Н. Громов');
  });

  it('lists every adult who must sign — curator, mentors, adult mentees — and no pupil', () => {
    const start = text.indexOf('№ | Фамилия, инициалы | Подпись | Дата');
    expect(text.slice(start + 1, appendixStart - 2).map((l) => l.split(' | ')[1])).toEqual([
      'Петрова А. С.',
      'Смирнова О. П.',
      'Белова А. С.',
      'Никитин Д. О.',
      'Ковалёв И. А.',
      'Фёдоров П. И.',
    ]);
  });

  it('prints the appendix with clean positions, the form, the role model and the programme term', () => {
    expect(text[appendixStart]).toBe(
      '№ | Наставник, должность | Наставляемый(е), должность или класс | Форма, ролевая модель | Срок',
    );
    expect(text.slice(appendixStart + 1)).toEqual([
      '1 | Смирнова Ольга Петровна, учитель математики | Белова Анна Сергеевна, учитель математики | учитель – учитель:\nопытный педагог – молодой специалист | с 01.10.2026\nпо 31.05.2027',
      '2 | Смирнова Ольга Петровна, учитель математики | Никитин Денис Олегович, учитель истории | учитель – учитель:\nопытный классный руководитель – молодой специалист | с 01.10.2026\nпо 31.05.2027',
      '3 | Ковалёв Игорь Андреевич, учитель истории | Соколов Артём Дмитриевич, обучающийся 8 «Б» класса | учитель – ученик:\nучитель – пассивный ученик | с 01.10.2026\nпо 31.05.2027',
      '4 | Фёдоров Павел Ильич, учитель физики | Морозов Кирилл Сергеевич, обучающийся 9 «А» класса | учитель – ученик:\nучитель – одарённый ученик | с 01.10.2026\nпо 31.05.2027',
    ]);
    expect(text).toContain('Приложение к приказу от 05.10.2026 № 45-о');
    expect(order.excluded.map((e) => e.row)).toEqual([4, 6]);
    expect(order.problems).toEqual([]);
  });

  it('takes an open term from the programme’s dates and reports a term that ends before it starts', () => {
    const input = readDocumentInput(schoolWithRoadmap(), NOW);
    input.pairs[0] = { ...input.pairs[0], startDate: null, endDate: null };
    input.pairs[1] = { ...input.pairs[1], startDate: d(1, 3, 2027), endDate: d(1, 2, 2027) };
    const order = buildOrder(input);
    const rows = plainText(order.model).filter((l) => / \| с \d/.test(l));
    expect(rows[0]).toMatch(/с 01\.09\.2026\nпо 31\.05\.2027$/);
    expect(order.problems.map((p) => [p.sheet, p.row])).toContainEqual(['Пары', input.pairs[1].row]);
    expect(order.problems.find((p) => p.row === input.pairs[1].row)?.message).toMatch(/заканчивается .* раньше/);
  });

  it('reports a director in the appendix who is not the one signing, and a missing Положение', () => {
    const settings = { ...SCHOOL_SETTINGS, regulationNumber: null, directorName: 'Орлов Андрей Николаевич' };
    const input = readDocumentInput(schoolWithRoadmap({ Настройки: settingsGrid(settings) }), NOW);
    input.mentors[0] = { ...input.mentors[0], position: 'директор' };
    const order = buildOrder(input);
    expect(order.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/нет даты и номера приказа о Положении/),
      expect.stringMatching(
        /директором назван\(а\) Смирнова Ольга Петровна, а приказ подписывает Орлов Андрей Николаевич/,
      ),
    ]);
    expect(plainText(order.model).find((l) => l.startsWith('В соответствии'))).toContain(
      'утверждённым приказом от 29.08.2025 № ______',
    );
  });

  it('leaves blanks for the number and the date when they are not set', () => {
    const blank = schoolOrder({ Настройки: settingsGrid({ ...SCHOOL_SETTINGS, orderNumber: null, orderDate: null }) });
    expect(plainText(blank.model)).toContain('«___» ____________ 20___ г.          № ______');
  });
});

describe('what an order prints of a person and an organization', () => {
  it('prints positions without remarks and classes written out', () => {
    expect(cleanPosition('заместитель директора по ВР (назначен в этом году)', 'Иванова Анна Петровна')).toBe(
      'заместитель директора по ВР',
    );
    expect(cleanPosition('7 «Г»', 'Козлова Софья Николаевна')).toBe('обучающаяся 7 «Г» класса');
    expect(cleanPosition('10Б', 'Сергеев Михаил Дмитриевич')).toBe('обучающийся 10 «Б» класса');
    expect(cleanPosition('учитель математики', 'Сергеев Михаил Дмитриевич')).toBe('учитель математики');
  });

  it('declines the organization after «в», or leaves an abbreviation as it is', () => {
    expect(inOrganization('МАОУ «СОШ № 5»')).toBe('в МАОУ «СОШ № 5»');
    expect(inOrganization('Комитет образования администрации города Твери')).toBe(
      'в Комитете образования администрации города Твери',
    );
    expect(inOrganization('Управление образования администрации Приозёрного округа')).toBe(
      'в Управлении образования администрации Приозёрного округа',
    );
    expect(inOrganization('Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3»')).toBe(
      'в Муниципальном бюджетном общеобразовательном учреждении «Средняя школа № 3»',
    );
    expect(inOrganization('Средняя школа № 3')).toBe('в Средней школе № 3');
  });
});

describe('Приказ муниципального органа', () => {
  const BODY = 'Комитет образования администрации города Приозёрный';
  const SCHOOL_A = 'МАОУ «СОШ № 5»';
  const SCHOOL_B = 'МБОУ «Гимназия № 2»';
  const mentor = (id: string, fio: string, org: string, position: string): Cell[] => [
    id,
    fio,
    'педагог',
    org,
    position,
    'учитель – учитель',
    'методика урока',
    3,
    d(1, 9, 2026),
  ];
  const mentee = (id: string, fio: string, org: string, position: string): Cell[] => [
    id,
    fio,
    'молодой специалист',
    org,
    position,
    25,
    'методика урока',
    'учитель – учитель',
    null,
    d(2, 9, 2026),
    null,
  ];
  const pair = (id: string, mentorRow: Cell[], menteeRow: Cell[], org: string): Cell[] => [
    id,
    null,
    mentorRow[0],
    mentorRow[1],
    menteeRow[0],
    menteeRow[1],
    'учитель – учитель',
    'опытный педагог – молодой специалист',
    org,
    d(1, 10, 2026),
    d(31, 5, 2027),
    'активна',
    null,
  ];
  const mentors = [
    mentor('Н-1', 'Смирнова Ольга Петровна', SCHOOL_A, 'учитель математики'),
    mentor('Н-2', 'Ершов Пётр Ильич', SCHOOL_B, 'директор'),
  ];
  const mentees = [
    mentee('М-1', 'Белова Анна Сергеевна', SCHOOL_A, 'учитель математики'),
    mentee('М-2', 'Носов Иван Петрович', SCHOOL_B, 'учитель физики'),
    mentee('М-3', 'Глебова Ирина Олеговна', SCHOOL_B, 'учитель химии'),
  ];
  const settings = {
    organizationName: BODY,
    municipality: 'городской округ Приозёрный',
    orderPlace: 'г. Приозёрный',
    academicYear: 2026,
    directorTitle: 'Председатель комитета',
    directorName: 'Белова Ирина Сергеевна',
    curatorName: 'Кузнецова Марина Викторовна',
    regulationNumber: '54',
    regulationDate: d(20, 8, 2026),
  };
  const workbook = (extra: Record<string, Cell> = {}) =>
    new MemoryWorkbook({
      Настройки: settingsGrid({ ...settings, ...extra }),
      Наставники: [MENTOR_HEADER, ...mentors],
      Наставляемые: [MENTEE_HEADER, ...mentees],
      Пары: [
        PAIR_HEADER,
        pair('П-1', mentors[0], mentees[0], SCHOOL_A),
        pair('П-2', mentors[1], mentees[1], SCHOOL_B),
        pair('П-3', mentors[0], mentees[2], SCHOOL_B),
      ],
    });

  it('is signed by the body’s head and gives each school its own appendix with its acquaintance list', () => {
    const order = buildOrder(readDocumentInput(workbook(), NOW));
    const text = plainText(order.model);
    const curatorSheet = text.indexOf('№ | Фамилия, инициалы | Подпись | Дата');
    expect(text.slice(curatorSheet + 1, curatorSheet + 2)).toEqual(['1 | Кузнецова М. В. |  | ']);
    expect(text[0]).toBe(BODY);
    expect(text).toContain('Председатель комитета ____________ И. С. Белова');
    expect(text.find((l) => l.startsWith('В соответствии'))).toContain(
      'Положением о наставничестве в Комитете образования администрации города Приозёрный, утверждённым приказом от 20.08.2026 № 54',
    );
    expect(text).toContain(
      '1. Утвердить наставнические пары (группы) на 2026/2027 учебный год согласно приложениям 1–2 к настоящему приказу (по организациям).',
    );
    expect(text.find((l) => l.startsWith('4. '))).toMatch(/^4\. Руководителям образовательных организаций/);
    const second = text.indexOf('Приложение 2 к приказу от __________ № ______');
    expect(text[second + 1]).toBe('Состав наставнических пар (групп) в МБОУ «Гимназия № 2» на 2026/2027 учебный год');
    const ownRows = text.slice(second).filter((l) => /^\d \| /.test(l));
    expect(ownRows).toEqual([
      '1 | Ершов Пётр Ильич, директор | Носов Иван Петрович, учитель физики | учитель – учитель:\nопытный педагог – молодой специалист | с 01.10.2026\nпо 31.05.2027',
      '2 | Смирнова Ольга Петровна, учитель математики (МАОУ «СОШ № 5») | Глебова Ирина Олеговна, учитель химии | учитель – учитель:\nопытный педагог – молодой специалист | с 01.10.2026\nпо 31.05.2027',
      '1 | Ершов П. И. |  | ',
      '2 | Носов И. П. |  | ',
      '3 | Смирнова О. П. |  | ',
      '4 | Глебова И. О. |  | ',
    ]);
    // a school's director in a municipal appendix is not the body's head: no problem
    expect(order.problems).toEqual([]);
  });

  it('can print one table with the organization column instead', () => {
    const order = buildOrder(
      readDocumentInput(workbook({ orderAppendix: 'одна таблица со столбцом «Организация»' }), NOW),
    );
    const text = plainText(order.model);
    expect(text).toContain(
      '№ | Организация | Наставник, должность | Наставляемый(е), должность или класс | Форма, ролевая модель | Срок',
    );
    expect(text.filter((l) => l.startsWith('1 | МАОУ «СОШ № 5» | Смирнова'))).toHaveLength(1);
    expect(text).toContain(SCHOOL_B);
  });
});
