/** A random municipality of 2–5 schools whose bases spell each school several ways. */
import fc from 'fast-check';
import type { Cell, Grid } from '../../../src/core/cell';
import { loadProgramModel } from '../../../src/core/program/load';
import type { ProgramModel } from '../../../src/core/program/model';
import { MemoryWorkbook } from '../../support/memory-workbook';
import { answer, mentee, mentor, pair, settingsSheet, sheet } from '../indicators/fixture';

export const NOW = new Date(2026, 10, 22);
const TT = 'учитель – учитель';
const SS = 'ученик – ученик';

export interface School {
  number: number;
  teachers: number;
  pupils: number;
  mentors: Array<{ category: 'педагог' | 'обучающийся'; left: boolean }>;
  mentees: Array<{ category: 'молодой специалист' | 'педагог' | 'обучающийся'; left: boolean }>;
}

export interface Municipality {
  schools: School[];
  /** For each mentee (by school and index): no pair, or a mentor (school, index) and a status. */
  links: Array<{ school: number; mentee: number; mentorSchool: number; mentor: number; status: string }>;
  answers: Array<{ school: number; mentee: number; entry: number; exit: number; satisfaction: number }>;
}

export const full = (n: number) => `МБОУ «Средняя общеобразовательная школа № ${n}»`;
/** How people type the same school in the bases. */
const SPELLINGS = [(n: number) => `СОШ № ${n}`, (n: number) => `МБОУ СОШ № ${n}`, (n: number) => `МБОУ «СОШ №${n}»`];

const schoolArb: fc.Arbitrary<School> = fc.record({
  number: fc.constant(0),
  teachers: fc.integer({ min: 5, max: 60 }),
  pupils: fc.integer({ min: 30, max: 400 }),
  mentors: fc.array(
    fc.record({ category: fc.constantFrom('педагог' as const, 'обучающийся' as const), left: fc.boolean() }),
    { minLength: 1, maxLength: 6 },
  ),
  mentees: fc.array(
    fc.record({
      category: fc.constantFrom('молодой специалист' as const, 'педагог' as const, 'обучающийся' as const),
      left: fc.boolean(),
    }),
    { minLength: 1, maxLength: 9 },
  ),
});

export function municipalityArb(crossing: boolean): fc.Arbitrary<Municipality> {
  return fc
    .array(schoolArb, { minLength: 2, maxLength: 5 })
    .map((schools) => schools.map((s, i) => ({ ...s, number: i + 1 })))
    .chain((schools) => {
      const menteeSlots = schools.flatMap((s, school) => s.mentees.map((_, m) => ({ school, mentee: m })));
      const linkArb = fc.tuple(
        ...menteeSlots.map((slot) =>
          fc.option(
            fc.record({
              mentorSchool: crossing ? fc.integer({ min: 0, max: schools.length - 1 }) : fc.constant(slot.school),
              pick: fc.nat(),
              status: fc.constantFrom('активна', 'завершена', 'расторгнута'),
            }),
          ),
        ),
      );
      const answerArb = fc.tuple(
        ...menteeSlots.map(() =>
          fc.option(
            fc.record({
              entry: fc.integer({ min: 1, max: 10 }),
              exit: fc.integer({ min: 1, max: 10 }),
              satisfaction: fc.integer({ min: 1, max: 10 }),
            }),
          ),
        ),
      );
      return fc.tuple(linkArb, answerArb).map(([links, answers]) => ({
        schools,
        links: links.flatMap((link, i) => {
          if (!link) return [];
          const { school, mentee } = menteeSlots[i];
          const mentors = schools[link.mentorSchool].mentors;
          return [
            {
              school,
              mentee,
              mentorSchool: link.mentorSchool,
              mentor: link.pick % mentors.length,
              status: link.status,
            },
          ];
        }),
        answers: answers.flatMap((a, i) => (a ? [{ ...menteeSlots[i], ...a }] : [])),
      }));
    });
}

export const mentorId = (school: number, i: number) => `НК-${school}-${i}`;
export const menteeId = (school: number, i: number) => `НЯ-${school}-${i}`;

/** The municipal workbook, or (with `only`) one school's own workbook: its rows and nothing else. */
export function workbookOf(m: Municipality, only?: number): MemoryWorkbook {
  const keep = (school: number) => only === undefined || school === only;
  const spelling = (school: number, i: number) => SPELLINGS[i % SPELLINGS.length](m.schools[school].number);
  const mentors = m.schools.flatMap((s, school) =>
    keep(school)
      ? s.mentors.map((p, i) =>
          mentor(mentorId(school, i), `Наставник ${school} ${i}`, p.category, spelling(school, i), {
            Статус: p.left ? 'выбыл' : null,
            'Формы наставничества': p.category === 'обучающийся' ? SS : TT,
          }),
        )
      : [],
  );
  const mentees = m.schools.flatMap((s, school) =>
    keep(school)
      ? s.mentees.map((p, i) =>
          mentee(
            menteeId(school, i),
            `Наставляемый ${school} ${i}`,
            p.category,
            p.category === 'обучающийся' ? 14 : 27,
            p.category === 'обучающийся' ? null : 2,
            spelling(school, i + 1),
            { Статус: p.left ? 'выбыл' : null },
          ),
        )
      : [],
  );
  const pairs = m.links
    .filter((l) => keep(l.school))
    .map((l, i) =>
      pair(`П-${i}`, '', mentorId(l.mentorSchool, l.mentor), menteeId(l.school, l.mentee), TT, '', l.status),
    );
  const answers = m.answers
    .filter((a) => keep(a.school))
    .flatMap((a) => [
      answer(menteeId(a.school, a.mentee), 'mentee-monitoring', 'вход', 'effectiveness', a.entry),
      answer(menteeId(a.school, a.mentee), 'mentee-monitoring', 'выход', 'effectiveness', a.exit),
      answer(menteeId(a.school, a.mentee), 'satisfaction', 'разовая', 'overall', a.satisfaction),
    ]);
  const organizations: Grid = [
    ['Полное название', 'Краткое название', 'Педагогов всего', 'Обучающихся всего'],
    ...m.schools.flatMap((s, school) =>
      keep(school) ? [[full(s.number), `СОШ № ${s.number}`, s.teachers, s.pupils] as Cell[]] : [],
    ),
  ];
  const grids: Record<string, Grid> = {
    Настройки: settingsSheet({ academicYear: 2026 }),
    Организации: organizations,
    Наставники: sheet(mentors),
    Наставляемые: sheet(mentees),
  };
  if (pairs.length > 0) grids.Пары = sheet(pairs);
  if (answers.length > 0) grids.Ответы = sheet(answers);
  return new MemoryWorkbook(grids);
}

export const modelOf = (workbook: MemoryWorkbook): ProgramModel => loadProgramModel(workbook, NOW).model;

export function schoolView(model: ProgramModel, school: School) {
  const view = model.organizations.find((v) => v.organization?.name === full(school.number));
  if (!view) throw new Error(`no view of ${full(school.number)}`);
  return view;
}
