import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cell';
import { readBases } from '../../src/core/bases/read-bases';
import { Catalogues } from '../../src/core/catalogues/catalogues';
import { FORM_TEAM_TEAM, FORM_TEACHER_TEACHER } from '../../src/core/catalogues/defaults';
import { buildOrder } from '../../src/core/documents/order';
import { readDocumentInput } from '../../src/core/documents/inputs';
import { plainText } from '../../src/core/documents/plain-text';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { figureOf } from '../../src/core/program/model';
import { loadProgramModel } from '../../src/core/program/load';
import { Settings } from '../../src/core/settings/settings';
import { approvePairs } from '../../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { addRows, CONSENT, column, mentee, mentor, setCell, smallProgramme } from './small-programme';
import { RULES_SHEET } from '../../src/core/indicators/rules-sheet';

const SCHOOL = 'МБОУ СОШ № 1';
const NOW = new Date(2026, 10, 22);

const TEAM_OF_MENTORS = 'Команда методистов';
const TEAM_OF_MENTEES = 'Команда молодых педагогов';

function team(name: string, extra: Record<string, unknown>) {
  // A team's row: no consent of its own, the members' consent decides.
  return { ФИО: name, Категория: 'команда', Организация: SCHOOL, [CONSENT]: null, ...extra };
}

function programme(options: { menteeMembers?: string } = {}) {
  return smallProgramme(
    [
      mentor('Андреева Анна Андреевна', SCHOOL, FORM_TEACHER_TEACHER),
      mentor('Борисов Борис Борисович', SCHOOL, FORM_TEAM_TEAM),
      team(TEAM_OF_MENTORS, {
        'Формы наставничества': FORM_TEAM_TEAM,
        'Участники команды': 'Андреева Анна Андреевна; Борисов Б. Б.',
      }),
    ],
    [
      mentee('Васильева Вера Васильевна', SCHOOL, FORM_TEAM_TEAM),
      mentee('Григорьев Глеб Глебович', SCHOOL, FORM_TEAM_TEAM),
      mentee('Дмитриева Дарья Дмитриевна', SCHOOL, FORM_TEAM_TEAM),
      mentee('Егоров Егор Егорович', SCHOOL, FORM_TEACHER_TEACHER),
      team(TEAM_OF_MENTEES, {
        'Желаемая форма': FORM_TEAM_TEAM,
        'Дефициты / запрос': 'методика урока',
        'Участники команды':
          options.menteeMembers ?? 'Васильева Вера Васильевна; Григорьев Глеб Глебович; Дмитриева Дарья Дмитриевна',
      }),
    ],
  );
}

function pairAll(workbook: ReturnType<typeof programme>['workbook'], env: ReturnType<typeof programme>['env']) {
  formPairs(env);
  const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
  for (let row = 2; row <= draft.length; row++) setCell(workbook, DRAFT_SHEET, row, 'Решение', 'принять');
  approvePairs(env);
}

describe('a team in the bases', () => {
  it('resolves its members by ФИО or «Фамилия И. О.» and takes its consent from them', () => {
    const { workbook } = programme();
    const bases = readBases(workbook, Settings.defaults(), Catalogues.defaults(), NOW);
    const mentors = bases.mentors.find((p) => p.fio === TEAM_OF_MENTORS);
    expect(mentors?.team?.members.map((m) => m.fio)).toEqual(['Андреева Анна Андреевна', 'Борисов Борис Борисович']);
    expect(mentors?.hasConsent).toBe(true);
    const mentees = bases.mentees.find((p) => p.fio === TEAM_OF_MENTEES);
    expect(mentees?.team?.members).toHaveLength(3);
    // No «нет согласия» for a team's own row: its members consented.
    expect(bases.problems.filter((p) => p.row === mentees?.row || p.row === mentors?.row)).toEqual([]);
  });

  it('names a member it cannot find, and a member without consent keeps the team out of pairs', () => {
    const { workbook } = programme({ menteeMembers: 'Васильева Вера Васильевна; Петров Пётр Петрович' });
    setCell(workbook, 'Наставляемые', 2, CONSENT, null);
    const bases = readBases(workbook, Settings.defaults(), Catalogues.defaults(), NOW);
    const row = (bases.mentees.find((p) => p.fio === TEAM_OF_MENTEES) as { row: number }).row;
    const about = bases.problems.filter((p) => p.sheet === 'Наставляемые' && p.row === row);
    expect(about.map((p) => p.column)).toEqual(['Участники команды', 'Участники команды']);
    expect(about[0].message).toContain('«Петров Пётр Петрович»');
    expect(about[0].message).toContain('не найден в базах');
    expect(about[1].message).toContain('Нет согласия на обработку ПДн у участников команды');
    expect(about[1].message).toContain('Васильева Вера Васильевна (лист «Наставляемые», строка 2)');
    expect(bases.mentees.find((p) => p.fio === TEAM_OF_MENTEES)?.hasConsent).toBe(false);
  });
});

describe('a team in a workbook whose «Категории участников» predate teams', () => {
  it('still reads «команда» as a team’s row', () => {
    const { workbook } = programme();
    const catalogue = workbook.readSheet('Справочники') as Grid;
    const row = column(catalogue, 'Категории участников').indexOf('команда') + 2;
    setCell(workbook, 'Справочники', row, 'Категории участников', null);
    const bases = readBases(
      workbook,
      Settings.defaults(),
      Catalogues.fromSheet(workbook.readSheet('Справочники')),
      NOW,
    );
    expect(bases.problems.filter((p) => p.column === 'Категория')).toEqual([]);
    expect(bases.mentees.find((p) => p.fio === TEAM_OF_MENTEES)?.team?.members).toHaveLength(3);
  });
});

describe('a team member who also needs a form of their own', () => {
  it('is matched in that form, never alone in the team’s form', () => {
    const { workbook, env } = programme();
    // Егоров joins the team of mentees and keeps his own «учитель – учитель».
    const grid = workbook.readSheet('Наставляемые') as Grid;
    const teamRow = column(grid, 'ФИО').indexOf(TEAM_OF_MENTEES) + 2;
    const egorRow = column(grid, 'ФИО').indexOf('Егоров Егор Егорович') + 2;
    setCell(workbook, 'Наставляемые', egorRow, 'Желаемая форма', `${FORM_TEACHER_TEACHER}; ${FORM_TEAM_TEAM}`);
    setCell(
      workbook,
      'Наставляемые',
      teamRow,
      'Участники команды',
      'Васильева Вера Васильевна; Григорьев Глеб Глебович; Дмитриева Дарья Дмитриевна; Егоров Егор Егорович',
    );
    formPairs(env);
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const rows = column(draft, 'Наставляемый').map((name, i) => `${name} / ${column(draft, 'Форма')[i]}`);
    expect(rows.sort()).toEqual([
      `Егоров Егор Егорович / ${FORM_TEACHER_TEACHER}`,
      `${TEAM_OF_MENTEES} / ${FORM_TEAM_TEAM}`,
    ]);
  });
});

describe('«команда – команда» from the draft to the order', () => {
  it('pairs the two teams as one pair and never the members on their own', () => {
    const { workbook, env } = programme();
    formPairs(env);
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const pairs = column(draft, 'Наставник').map((m, i) => `${m} → ${column(draft, 'Наставляемый')[i]}`);
    expect(pairs.sort()).toEqual([
      'Андреева Анна Андреевна → Егоров Егор Егорович',
      `${TEAM_OF_MENTORS} → ${TEAM_OF_MENTEES}`,
    ]);
    expect(column(draft, 'Вид наставничества')[column(draft, 'Наставник').indexOf(TEAM_OF_MENTORS)]).toBe('групповое');
  });

  it('counts members as people and the team as one pair; a team is never a teacher', () => {
    const { workbook, env } = programme();
    pairAll(workbook, env);
    expect(column(workbook.readSheet(PAIRS_SHEET), 'Наставник')).toHaveLength(2);
    // The team's pair moves its members' «Статус» (each in its own base).
    const status = (sheet: string) => {
      const grid = workbook.readSheet(sheet);
      return Object.fromEntries(column(grid, 'ФИО').map((fio, i) => [fio, column(grid, 'Статус')[i]]));
    };
    expect(status('Наставники')).toMatchObject({ 'Борисов Борис Борисович': 'в паре', [TEAM_OF_MENTORS]: 'в паре' });
    expect(status('Наставляемые')).toMatchObject({
      'Васильева Вера Васильевна': 'в паре',
      'Дмитриева Дарья Дмитриевна': 'в паре',
      'Егоров Егор Егорович': 'в паре',
    });
    const { model } = loadProgramModel(workbook, NOW);
    expect(model.population.mentors.map((m) => m.fio)).not.toContain(TEAM_OF_MENTORS);
    expect(model.population.mentees.map((m) => m.fio)).not.toContain(TEAM_OF_MENTEES);
    expect(figureOf(model.all, 'teacherMentorsShare').source).toContain('наставников-педагогов: 2');
    expect(figureOf(model.all, 'teacherInvolvement').source).toContain('педагогов в парах: 6');
    expect(figureOf(model.all, 'pairsCount').value).toBe(2);
    expect(figureOf(model.all, 'menteesWithPairShare').value).toBe(100);
    expect(figureOf(model.all, 'menteesWithoutPair').value).toBe(0);
    expect(model.kinds.map((k) => [k.kind, k.pairs, k.mentees, k.mentors])).toEqual([
      ['традиционное', 1, 1, 1],
      ['групповое', 1, 3, 2],
    ]);
    // The report's «Наставников / наставляемых» are people, not rows: a team row is not «left out».
    expect(model.basesRows).toEqual({ mentors: 2, mentees: 4 });
  });

  it('lists the members, not the teams, among those who read the order', () => {
    const { workbook, env } = programme();
    pairAll(workbook, env);
    const input = readDocumentInput(workbook, NOW);
    const order = plainText(buildOrder(input).model);
    const from = order.indexOf('С приказом ознакомлены:');
    // The acquaintance table: «№ | Фамилия, инициалы | Подпись | Дата» with the last two blank.
    const signers = order.slice(from + 1).filter((line) => /^\d+ \| [^|]+ \| +\| *$/.test(line));
    const names = signers.map((line) => line.split(' | ')[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Андреева А. А.',
        'Борисов Б. Б.',
        'Васильева В. В.',
        'Григорьев Г. Г.',
        'Дмитриева Д. Д.',
      ]),
    );
    expect(names.join(' ')).not.toContain('Команда');
    // The appendix names the team with who is in it.
    expect(order.join('\n')).toMatch(/Команда методистов, команда: Андреева А\. ?А\., Борисов Б\. ?Б\./);
  });
});

describe('indicator rules over «Команды»', () => {
  it('count teams as teams — «80 % команд в паре» — and never as people', () => {
    const { workbook, env } = programme();
    // a third team, typed in the mentee base, for which no mentor team is free (the only one takes one)
    const mentors = workbook.readSheet('Наставники') as Grid;
    setCell(workbook, 'Наставники', column(mentors, 'ФИО').indexOf(TEAM_OF_MENTORS) + 2, 'Лимит наставляемых', 1);
    addRows(workbook, 'Наставляемые', [
      mentee('Жукова Жанна Жановна', SCHOOL, FORM_TEAM_TEAM),
      mentee('Зайцев Захар Захарович', SCHOOL, FORM_TEAM_TEAM),
      team('Команда классных руководителей', {
        'Желаемая форма': FORM_TEAM_TEAM,
        'Дефициты / запрос': 'воспитательная работа',
        'Участники команды': 'Жукова Жанна Жановна; Зайцев Захар Захарович',
      }),
    ]);
    workbook.ensureSheet(RULES_SHEET);
    workbook.writeBlock(RULES_SHEET, {
      row: 1,
      col: 1,
      values: [
        ['Код', 'Показатель', 'База', 'Считать в числителе', 'Считать в знаменателе', 'План'],
        ['К-01', 'Команд в паре', 'Команды', 'есть пара', 'все', 80],
        ['К-02', 'Команд наставляемых без пары', 'Команды', 'наставляемый; нет пары', '', null],
        ['К-03', 'Команд всего', 'Команды', '', '', null],
        [
          'К-04',
          'Команд «команда – команда» своей школы',
          'Команды',
          `форма = ${FORM_TEAM_TEAM}; организация = ${SCHOOL}`,
          '',
          null,
        ],
      ],
    });
    const figure = (code: string) =>
      loadProgramModel(workbook, NOW).model.ruleFigures.find((f) => f.rule.code === code)?.measurement;
    expect(figure('К-01')?.value).toBe(0);
    pairAll(workbook, env);
    // 3 teams (1 of mentors, 2 of mentees); the two that were paired to each other are «в паре»
    expect(figure('К-03')?.value).toBe(3);
    expect(figure('К-01')?.value).toBeCloseTo((2 / 3) * 100, 5);
    expect(figure('К-01')?.source).toMatch(/^2 из 3 \(/);
    expect(figure('К-02')?.value).toBe(1);
    expect(figure('К-02')?.source).toMatch(/^1: «Наставляемые»\S* строк\S* \d+$/);
    expect(figure('К-04')?.value).toBe(3);
    // a team is a unit, never a person: no «чел.» and no masking of a figure about fewer than 3
    expect(figure('К-02')?.people).toBeNull();
    const { model } = loadProgramModel(workbook, NOW);
    expect(model.population.mentees.map((m) => m.fio)).not.toContain('Команда классных руководителей');
  });

  it('reads «Команды» as a base and lists it when the base is unknown', () => {
    const { workbook } = programme();
    workbook.ensureSheet(RULES_SHEET);
    workbook.writeBlock(RULES_SHEET, {
      row: 1,
      col: 1,
      values: [
        ['Код', 'Показатель', 'База', 'Считать в числителе', 'Считать в знаменателе', 'План'],
        ['К-05', 'Опечатка', 'Комнды', 'есть пара', 'все', null],
      ],
    });
    const problems = loadProgramModel(workbook, NOW).ruleProblems;
    expect(problems.map((p) => p.message).join('\n')).toContain('Организации или Команды');
  });
});
