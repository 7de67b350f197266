import { describe, expect, it } from 'vitest';
import { formatRuDate } from '../../../src/core/cell';
import { FORM_TEACHER_STUDENT, FORM_TEACHER_TEACHER } from '../../../src/core/catalogues/defaults';
import { chooseTemplate } from '../../../src/core/roadmap/choose-template';
import {
  DEFAULT_TEMPLATE_EVENTS,
  TEMPLATE_COLLEGE,
  TEMPLATE_NETWORK,
  TEMPLATE_PUPILS,
  TEMPLATE_TEACHERS,
} from '../../../src/core/roadmap/default-templates';
import { generateRoadmap } from '../../../src/core/roadmap/generate';
import { surnameInitials as shortName } from '../../../src/core/documents/russian';
import { resolveResponsible } from '../../../src/core/roadmap/responsible';
import { Settings } from '../../../src/core/settings/settings';
import { programProfile } from '../../../src/core/roadmap/forms-in-use';
import { MemoryWorkbook, settingsGrid } from './memory-workbook';

const settings = Settings.fromSheet(
  settingsGrid({ directorName: 'Смирнов Олег Игоревич', curatorName: 'Петрова Анна Сергеевна' }),
);
const names = [TEMPLATE_TEACHERS, TEMPLATE_PUPILS, TEMPLATE_COLLEGE, TEMPLATE_NETWORK];

describe('default templates', () => {
  it('cover the seven stages of the target model in every template, with unique codes', () => {
    for (const name of names) {
      const events = DEFAULT_TEMPLATE_EVENTS.filter((e) => e.template === name);
      expect(new Set(events.map((e) => e.stage.slice(0, 2))).size).toBe(7);
      expect(new Set(events.map((e) => e.code)).size).toBe(events.length);
    }
  });
});

describe('generateRoadmap', () => {
  const pupils = DEFAULT_TEMPLATE_EVENTS.filter((e) => e.template === TEMPLATE_PUPILS);

  it('keeps only the events of the forms in use', () => {
    const teachersOnly = generateRoadmap(pupils, {
      academicYear: 2026,
      forms: [FORM_TEACHER_TEACHER],
      settings,
    }).events;
    expect(teachersOnly.some((e) => e.event.includes('Адаптация молодых педагогов'))).toBe(true);
    expect(teachersOnly.some((e) => e.event.includes('неуспевающих'))).toBe(false);
    const pupilsOnly = generateRoadmap(pupils, { academicYear: 2026, forms: ['Учитель-ученик'], settings }).events;
    expect(pupilsOnly.some((e) => e.event.includes('неуспевающих'))).toBe(true);
    expect(pupilsOnly.some((e) => e.event.includes('Адаптация молодых педагогов'))).toBe(false);
  });

  it('takes the other names of a form for the same form', () => {
    const college = generateRoadmap(pupils, {
      academicYear: 2026,
      forms: ['Преподаватель - студент'],
      settings,
    }).events;
    expect(college.some((e) => e.event.includes('неуспевающих'))).toBe(true);
    const teachers = generateRoadmap(pupils, { academicYear: 2026, forms: ['педагог – педагог'], settings }).events;
    expect(teachers.some((e) => e.event.includes('Адаптация молодых педагогов'))).toBe(true);
  });

  it('keeps every event while the bases name no form yet', () => {
    expect(generateRoadmap(pupils, { academicYear: 2026, forms: [], settings }).events).toHaveLength(pupils.length);
  });

  it('resolves dates for the year and codes rows by year', () => {
    const events = generateRoadmap(pupils, { academicYear: 2026, forms: [FORM_TEACHER_STUDENT], settings }).events;
    const order = events.find((e) => e.code === '2026-О5.2');
    expect(order && [formatRuDate(order.start), formatRuDate(order.end)]).toEqual(['15.10.2026', '25.10.2026']);
    const exit = events.find((e) => e.code === '2026-О7.1');
    expect(exit && formatRuDate(exit.end)).toBe('30.04.2027');
  });

  it('reports an end before the start and uses the start', () => {
    const bad = [{ ...pupils[0], start: '01.06', end: '30.09', row: 5 }];
    const { events, problems } = generateRoadmap(bad, { academicYear: 2026, forms: [], settings });
    expect(formatRuDate(events[0].end)).toBe('01.06.2027');
    expect(problems[0]).toMatchObject({ sheet: 'Шаблоны дорожной карты', row: 5, column: 'Окончание (дд.мм)' });
  });
});

describe('responsible roles', () => {
  it('puts names from the settings and keeps other roles as written', () => {
    expect(resolveResponsible('директор; куратор; методист; педагог-психолог', settings)).toBe(
      'Смирнов О. И. (директор); Петрова А. С. (куратор); методист; педагог-психолог',
    );
    expect(shortName('Иванова Мария')).toBe('Иванова М.');
  });
});

describe('chooseTemplate', () => {
  const profile = { forms: [] as string[], organizations: ['Школа № 1'], menteeCategories: [] as string[] };
  it('takes the setting when it names a template', () => {
    expect(chooseTemplate('колледж: студенты', names, profile)).toBe(TEMPLATE_COLLEGE);
  });
  it('derives the template from the bases otherwise', () => {
    expect(chooseTemplate('авто', names, { ...profile, forms: [FORM_TEACHER_TEACHER] })).toBe(TEMPLATE_TEACHERS);
    expect(chooseTemplate('авто', names, { ...profile, forms: [FORM_TEACHER_TEACHER, 'учитель — ученик'] })).toBe(
      TEMPLATE_PUPILS,
    );
    expect(chooseTemplate('', names, { ...profile, menteeCategories: ['Студент'] })).toBe(TEMPLATE_COLLEGE);
    expect(chooseTemplate('авто', names, { ...profile, organizations: ['Школа № 1', 'Гимназия № 2'] })).toBe(
      TEMPLATE_NETWORK,
    );
  });
});

describe('programProfile', () => {
  it('lists each form once, whatever name the bases give it', () => {
    const workbook = new MemoryWorkbook({
      Наставляемые: [
        ['ФИО', 'Желаемая форма'],
        ['А', 'учитель – учитель'],
        ['Б', 'Педагог-педагог'],
        ['В', 'учитель – ученик'],
      ],
    });
    expect(programProfile(workbook).forms).toEqual(['учитель – учитель', 'учитель – ученик']);
  });
});
