import { describe, expect, it } from 'vitest';
import type { Mentee, Mentor } from '../../../src/core/bases/participant';
import { buildPlanDocument, type PlanSubject } from '../../../src/core/documents/individual-plan';
import { plainText } from '../../../src/core/documents/plain-text';
import { participantKind } from '../../../src/core/documents/participant-kind';
import {
  PLAN_GOALS_SHEET,
  PlanGoalCatalogue,
  parsePlanGoals,
  planGoalsGrid,
  readOrSeedPlanGoals,
} from '../../../src/core/documents/plan-catalogue';
import { DEFAULT_PLAN_GOALS } from '../../../src/core/documents/plan-goals';
import { plansParts } from '../../../src/core/documents/plan-parts';
import { Settings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../roadmap/memory-workbook';

const settings = Settings.defaults();
const YOUNG = { maxExperience: 3, maxAge: 35 };

function mentee(fields: Partial<Mentee>): Mentee {
  return {
    id: 'НЯ-1',
    role: 'mentee',
    row: 2,
    fio: 'Козлова Софья Николаевна',
    personKey: 'козлова софья николаевна',
    category: 'обучающийся',
    organization: 'МАОУ СОШ № 5',
    position: '7 «Г»',
    subjects: [],
    experienceYears: null,
    email: '',
    times: [],
    status: '',
    consentDate: null,
    hasConsent: true,
    hasErrors: false,
    age: 13,
    isMinor: true,
    deficits: ['адаптация в коллективе', 'подготовка к ОГЭ/ЕГЭ', 'проектная деятельность'],
    entryDate: null,
    wantedForm: '',
    representative: 'Козлова Вера Сергеевна',
    representativeConsentDate: null,
    results: '',
    endDate: null,
    ...fields,
  };
}

const mentor = { fio: 'Сергеев Михаил Дмитриевич', position: '11 «Г»' } as Mentor;

function subject(m: Mentee): PlanSubject {
  return {
    mentee: m,
    pairs: [{ mentor, form: 'ученик – ученик', roleModel: '', start: new Date(2026, 9, 25), end: null }],
  };
}

describe('plans that fit the person', () => {
  it('tells a pupil, a student, a young specialist, a teacher and a manager apart', () => {
    expect(participantKind(mentee({}), YOUNG)).toBe('pupil');
    expect(participantKind(mentee({ category: 'студент' }), YOUNG)).toBe('student');
    expect(participantKind(mentee({ category: 'педагог', experienceYears: 1, age: 24 }), YOUNG)).toBe(
      'youngSpecialist',
    );
    expect(participantKind(mentee({ category: 'педагог', experienceYears: 12, age: 40 }), YOUNG)).toBe('teacher');
    expect(participantKind(mentee({ category: 'управленческий кадр', experienceYears: 1 }), YOUNG)).toBe('manager');
    expect(participantKind(mentee({ category: '', position: '10 класс' }), YOUNG)).toBe('pupil');
    expect(participantKind(mentee({ category: '', position: 'учитель начальных классов' }), YOUNG)).toBe('teacher');
  });

  it('gives a 7th-grader a pupil’s goals: no professional deficits, no teacher’s ОГЭ/ЕГЭ methodology', () => {
    const text = plainText(buildPlanDocument(subject(mentee({})), [], settings, 2026)).join('\n');
    expect(text).toContain('1. Запрос обучающегося');
    expect(text).toContain('Освоиться в классе и школе');
    expect(text).toContain('Выполнить и защитить индивидуальный проект');
    expect(text).not.toContain('Профессиональные дефициты');
    expect(text).not.toContain('Освоить методику подготовки обучающихся к ОГЭ/ЕГЭ');
    expect(text).not.toContain('Организовать проектную деятельность обучающихся');
    expect(text).toContain('Законный представитель ____________ Козлова В. С.');
  });

  it('gives a teacher the deficits section and the teacher’s goals for the same tags', () => {
    const teacher = mentee({
      category: 'педагог',
      position: 'учитель истории',
      experienceYears: 15,
      age: 45,
      isMinor: false,
    });
    const text = plainText(buildPlanDocument(subject(teacher), [], settings, 2026)).join('\n');
    expect(text).toContain('1. Профессиональные дефициты и запрос наставляемого');
    expect(text).toContain('Освоить методику подготовки обучающихся к ОГЭ/ЕГЭ');
    expect(text).not.toContain('Законный представитель');
  });

  it('dates every goal inside the pair’s term, by its month from the start', () => {
    const model = buildPlanDocument(subject(mentee({})), [], settings, 2026);
    const table = model.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const dates = table.rows.map((r) => r[2]);
    // adaptation: month 3 from 25.10.2026; the project: month 6; term ends with the programme, 31.05.2027
    expect(dates).toContain('до 25.01.2027');
    expect(dates).toContain('до 25.04.2027');
    expect(dates[dates.length - 1]).toMatch(/\n31\.05\.2027$/);
    for (const row of table.rows) expect(row[3]).not.toBe('');
  });
});

describe('«Цели индивидуальных планов»', () => {
  it('is seeded with the defaults once and read back the same', () => {
    const workbook = new MemoryWorkbook();
    const first = readOrSeedPlanGoals(workbook);
    expect(first.seeded).toBe(true);
    const again = readOrSeedPlanGoals(workbook);
    expect(again.seeded).toBe(false);
    expect(again.problems).toEqual([]);
    expect(again.goals.map((g) => [g.kinds, g.request, g.goal, g.month])).toEqual(
      DEFAULT_PLAN_GOALS.map((g) => [g.kinds, g.request, g.goal, g.month]),
    );
  });

  it('takes the curator’s wording and reports a bad row by sheet, row and column', () => {
    const grid = planGoalsGrid([]);
    grid.push(['обучающийся', 'адаптация в коллективе', 'Найти друзей в классе', '', 'Не менее 2 друзей', 2]);
    grid.push(['космонавт', 'полёты', 'Полететь', '', 'Полетел', 2]);
    grid.push(['педагог', 'методика урока', 'Урок', '', 'Открытый урок', 'скоро']);
    const { goals, problems } = parsePlanGoals(grid);
    expect(goals).toHaveLength(1);
    expect(new PlanGoalCatalogue(goals).goalFor('pupil', 'Адаптация в коллективе').goal).toBe('Найти друзей в классе');
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      [PLAN_GOALS_SHEET, 3, 'Участники'],
      [PLAN_GOALS_SHEET, 4, 'Срок, месяц работы'],
    ]);
  });

  it('never hands a pupil a teacher’s goal, even when only teachers have one for the tag', () => {
    const catalogue = new PlanGoalCatalogue(DEFAULT_PLAN_GOALS.filter((g) => g.kinds.includes('teacher')));
    expect(catalogue.goalFor('pupil', 'методика урока').goal).toBe('Продвинуться в запросе «методика урока»');
    expect(catalogue.goalFor('manager', 'методика урока').goal).toBe('Совершенствовать методику проведения урока');
  });
});

describe('plans grouped per organization', () => {
  const schools = ['МБОУ СОШ № 3', 'МБОУ СОШ № 5', 'МБОУ «Гимназия № 2»'];
  const subjects = Array.from({ length: 25 }, (_, i) =>
    subject(mentee({ id: `НЯ-${i}`, organization: i === 9 ? ' мбоу сош № 3 ' : schools[i % 3] })),
  );

  it('makes one part per school, named after it, never mixing schools', () => {
    const parts = plansParts(subjects, 100);
    expect(parts.map((p) => p.organization)).toEqual(schools);
    for (const part of parts) {
      const own = new Set(part.subjects.map((s) => s.mentee.organization.trim().toLowerCase()));
      expect(own.size).toBe(1);
    }
    expect(parts.reduce((n, p) => n + p.subjects.length, 0)).toBe(25);
  });

  it('splits a large school into its own numbered parts', () => {
    const parts = plansParts(subjects, 4);
    const third = parts.filter((p) => p.organization === 'МБОУ СОШ № 3');
    expect(third.map((p) => p.part)).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
      { index: 3, count: 3 },
    ]);
    expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
  });

  it('keeps a single school’s file name as before', () => {
    const one = plansParts(subjects.slice(0, 1), 100);
    expect(one).toEqual([{ subjects: subjects.slice(0, 1), organization: undefined, part: undefined, key: '' }]);
  });
});
