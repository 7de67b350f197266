import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_PAIR, pairScore } from '../../../src/core/matching/assignment/pair-table';
import { compileScores } from '../../../src/core/matching/compiled-scores';
import { Preferences } from '../../../src/core/matching/preferences';
import { scoreTotal } from '../../../src/core/matching/score';
import { ORGANIZATION_ANY, ORGANIZATION_OTHER, ORGANIZATION_SAME } from '../../../src/core/matching/settings';
import { textKey } from '../../../src/core/text/normalize';
import { config, mentee, mentor } from './fixtures';
import { Catalogues } from '../../../src/core/catalogues/catalogues';
import { ORGANIZATION_RULE_OWN_ONLY, ORGANIZATION_RULES } from '../../../src/core/catalogues/defaults';
import { organizationKey } from '../../../src/core/organizations/organization-key';

// Spellings that differ only in case and ё/е: the compiled scores must treat them as the criteria do.
const TAGS = ['ИКТ', 'икт', 'Оценивание', 'оценивание', 'работа с родителями', 'Учёт', 'учет', 'физика'];
const FORMS = ['учитель – учитель', 'Учитель – учитель', 'учитель – ученик'];
const ORGS = ['', 'Школа № 1', 'школа № 1', 'МБОУ «Школа № 1»', 'Школа № 2'];
const RULES = ['', ...ORGANIZATION_RULES, 'не знаю'];
const PEOPLE = ['', 'иванов иван', 'петров пётр'];

// And many other tags, so that a vocabulary spans several 32-bit words and one list several words.
const tag = fc.oneof(
  fc.constantFrom(...TAGS),
  fc.integer({ min: 0, max: 90 }).map((k) => `тема ${k}`),
);
const time = fc.oneof(
  fc.constantFrom('пн', 'Пн', 'вт', 'ср'),
  fc.integer({ min: 0, max: 60 }).map((k) => `слот ${k}`),
);

const category = fc.oneof(
  fc.constantFrom('', 'молодой специалист', 'Молодой специалист', 'ученик'),
  fc.integer({ min: 0, max: 40 }).map((k) => `категория ${k}`),
);

const side = fc.record({
  tags: fc.array(tag, { maxLength: 14 }),
  subjects: fc.array(tag, { maxLength: 4 }),
  times: fc.array(time, { maxLength: 4 }),
  forms: fc.array(fc.constantFrom(...FORMS), { maxLength: 2 }),
  form: fc.constantFrom(...FORMS),
  organization: fc.constantFrom(...ORGS),
  person: fc.constantFrom(...PEOPLE),
  experience: fc.option(fc.double({ min: 0, max: 30, noNaN: true })),
  age: fc.option(fc.integer({ min: 6, max: 60 })),
  range: fc.option(fc.tuple(fc.integer({ min: 6, max: 40 }), fc.integer({ min: 0, max: 30 }))),
  category,
  wished: fc.array(category, { maxLength: 3 }),
});

const run = fc.record({
  mentors: fc.array(side, { maxLength: 6 }),
  mentees: fc.array(side, { maxLength: 6 }),
  weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
  gap: fc.integer({ min: 0, max: 10 }),
  organizationPreference: fc.constantFrom(ORGANIZATION_SAME, ORGANIZATION_OTHER, ORGANIZATION_ANY),
  rules: fc.array(fc.constantFrom(...RULES), { minLength: FORMS.length, maxLength: FORMS.length }),
  limit: fc.integer({ min: 1, max: 3 }),
  choices: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.integer({ min: 1, max: 4 }), fc.boolean()), { maxLength: 12 }),
  excluded: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 4 }),
});

const KEYS = [
  'weightDeficits',
  'weightSubject',
  'weightExperience',
  'weightOrganization',
  'weightCategory',
  'weightAge',
  'weightTime',
  'weightPreferences',
];

/** «только своя организация» and two known, different organizations (compared loosely). */
function crossesOwnOnly(a: string, b: string, rule: string | undefined): boolean {
  if (rule !== ORGANIZATION_RULE_OWN_ONLY) return false;
  const [x, y] = [organizationKey(a), organizationKey(b)];
  return x !== '' && y !== '' && x !== y;
}

describe('compiled scores', () => {
  it('equal the criteria (scoreTotal) on every allowed pair and hold no other pair', () => {
    fc.assert(
      fc.property(run, (r) => {
        const mentors = r.mentors.map((x, j) =>
          mentor(`НК-${j}`, {
            competencies: x.tags,
            subjects: x.subjects,
            times: x.times,
            forms: x.forms,
            organization: x.organization,
            personKey: x.person,
            experienceYears: x.experience,
            wishedAge: x.range ? { min: x.range[0], max: x.range[0] + x.range[1] } : null,
            wishedCategories: x.wished.filter((c) => c !== ''),
          }),
        );
        const mentees = r.mentees.map((x, i) =>
          mentee(`НЯ-${i}`, {
            deficits: x.tags,
            subjects: x.subjects,
            times: x.times,
            wantedForm: x.form,
            organization: x.organization,
            personKey: x.person,
            experienceYears: x.experience,
            age: x.age,
            category: x.category,
          }),
        );
        const cfg = config({
          weights: Object.fromEntries(KEYS.map((key, k) => [key, r.weights[k]])),
          minExperienceGap: r.gap,
          organizationPreference: r.organizationPreference,
          formOrganizationRules: Catalogues.fromSheet([
            ['Формы наставничества', 'Форма: организация наставника'],
            ...FORMS.map((form, k) => [form, r.rules[k]]),
          ]).organizationRules(),
          preferencesLimit: r.limit,
        });
        const preferences = Preferences.fromRows(
          r.choices
            .filter(([j, i]) => j < mentors.length && i < mentees.length)
            .map(([j, i, rank, byMentee]) =>
              byMentee
                ? { who: mentees[i].id, chosen: mentors[j].id, rank }
                : { who: mentors[j].id, chosen: mentees[i].id, rank },
            ),
        );
        const excluded = r.excluded.filter(([j, i]) => j < mentors.length && i < mentees.length);
        const table = compileScores({ mentors, mentees, config: cfg, preferences, excluded });
        mentees.forEach((x, i) => {
          mentors.forEach((y, j) => {
            const allowed =
              y.forms.map(textKey).includes(textKey(x.wantedForm)) &&
              !(y.personKey !== '' && y.personKey === x.personKey) &&
              !crossesOwnOnly(y.organization, x.organization, cfg.formOrganizationRules.get(textKey(x.wantedForm))) &&
              !excluded.some(([ej, ei]) => ej === j && ei === i);
            const expected = allowed ? scoreTotal({ mentor: y, mentee: x, config: cfg, preferences }) : NO_PAIR;
            expect(pairScore(table, i, j)).toBe(expected);
          });
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('count and compare tag lists that span several words of a large vocabulary', () => {
    // 100 topics: the first mentees' lists fill words 0–1, later ones land in words 2–3 or span two.
    const topics = Array.from({ length: 100 }, (_, k) => `тема ${k}`);
    const mentees = [0, 30, 62, 90].map((from, i) =>
      mentee(`НЯ-${i}`, {
        deficits: topics.slice(from, from + 10),
        subjects: [topics[from + 9]],
        times: topics.slice(from + 5, from + 8),
      }),
    );
    const mentors = [
      mentor('НК-1', { competencies: [topics[31], topics[33], topics[35], topics[64], topics[99]] }),
      mentor('НК-2', { competencies: topics.filter((_, k) => k % 3 === 0), subjects: [topics[39], topics[71]] }),
      mentor('НК-3', { competencies: [topics[9], topics[90]], times: [topics[36], topics[96]] }),
    ];
    const cfg = config({ weights: Object.fromEntries(KEYS.map((key) => [key, 10])) });
    const preferences = Preferences.fromRows([]);
    const table = compileScores({ mentors, mentees, config: cfg, preferences });
    const scores = mentees.map((x, i) =>
      mentors.map((y, j) => {
        expect(pairScore(table, i, j)).toBe(scoreTotal({ mentor: y, mentee: x, config: cfg, preferences }));
        return pairScore(table, i, j);
      }),
    );
    // The lists do meet across words: not every pair scores the same.
    expect(new Set(scores.flat()).size).toBeGreaterThan(2);
  });
});
