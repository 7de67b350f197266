import { describe, expect, it } from 'vitest';
import { Catalogues } from '../../../src/core/catalogues/catalogues';
import {
  FORM_STUDENT_PUPIL,
  FORM_STUDENT_STUDENT,
  FORM_TEACHER_STUDENT,
  FORM_TEACHER_TEACHER,
  ORGANIZATION_RULE_NETWORK,
  ORGANIZATION_RULE_OWN_ONLY,
  ORGANIZATION_RULE_OWN_PREFERRED,
} from '../../../src/core/catalogues/defaults';
import type { MatchingConfig } from '../../../src/core/matching/settings';
import { type MatchingInput, planPairs } from '../../../src/core/matching/plan';
import { Preferences } from '../../../src/core/matching/preferences';
import { explainScore } from '../../../src/core/matching/score';
import {
  MODE_GROUPS,
  MODE_STABLE,
  ORGANIZATION_ANY,
  ORGANIZATION_OTHER,
  ORGANIZATION_SAME,
} from '../../../src/core/matching/settings';
import { textKey } from '../../../src/core/text/normalize';
import { config, mentee, mentor } from './fixtures';

const DEFAULT_RULES = Catalogues.defaults().organizationRules();

function plan(fields: Partial<MatchingInput>, configFields: Partial<MatchingConfig> = {}) {
  return planPairs({
    mentors: [],
    mentees: [],
    config: config({ formOrganizationRules: DEFAULT_RULES, ...configFields }),
    preferences: Preferences.none(),
    register: [],
    pins: [],
    exclusions: [],
    ...fields,
  });
}

const pairsOf = (result: ReturnType<typeof plan>) =>
  result.proposals.map((p) => `${p.mentor.id}-${p.mentee.id}`).sort();

/** A teacher of school № 1 who fits the pupil perfectly, and a weaker teacher of the pupil's own school. */
function pupilAndTwoTeachers(form = FORM_TEACHER_STUDENT) {
  return {
    mentors: [
      mentor('НК-1', { forms: [form], organization: 'МБОУ «СОШ № 1»', competencies: ['ИКТ'], subjects: ['физика'] }),
      mentor('НК-2', { forms: [form], organization: 'МБОУ «СОШ № 2»' }),
    ],
    mentees: [mentee('НЯ-1', { wantedForm: form, organization: 'СОШ № 2', deficits: ['ИКТ'], subjects: ['физика'] })],
  };
}

describe('the organization rule of a form', () => {
  it('defaults: pupil forms keep to their own organization, teacher–teacher prefers it', () => {
    expect(DEFAULT_RULES.get(textKey(FORM_TEACHER_STUDENT))).toBe(ORGANIZATION_RULE_OWN_ONLY);
    expect(DEFAULT_RULES.get(textKey(FORM_STUDENT_STUDENT))).toBe(ORGANIZATION_RULE_OWN_ONLY);
    // a college's students mentor school pupils: the form crosses organizations by nature
    expect(DEFAULT_RULES.get(textKey(FORM_STUDENT_PUPIL))).toBe(ORGANIZATION_RULE_OWN_PREFERRED);
    expect(DEFAULT_RULES.get(textKey(FORM_TEACHER_TEACHER))).toBe(ORGANIZATION_RULE_OWN_PREFERRED);
  });

  it('is read from the sheet; a sheet made before the column gets the defaults of the forms it names', () => {
    const own = Catalogues.fromSheet([
      ['Формы наставничества', 'Форма: организация наставника'],
      [FORM_TEACHER_STUDENT, 'СЕТЕВОЕ'],
      ['учитель – родитель', ''],
    ]).organizationRules();
    expect([...own]).toEqual([[textKey(FORM_TEACHER_STUDENT), ORGANIZATION_RULE_NETWORK]]);
    const old = Catalogues.fromSheet([['Формы наставничества'], ['Учитель – ученик'], ['учитель – родитель']]);
    expect([...old.organizationRules()]).toEqual([[textKey(FORM_TEACHER_STUDENT), ORGANIZATION_RULE_OWN_ONLY]]);
  });

  it('«только своя организация»: the better mentor of another school is never proposed (organizations compared loosely)', () => {
    const result = plan(pupilAndTwoTeachers());
    expect(pairsOf(result)).toEqual(['НК-2-НЯ-1']);
    expect(explainScore(result.proposals[0].score)).toContain('одна организация');
  });

  it('«своя предпочтительна» and a blank rule with «не важно» let the better mentor of another school through', () => {
    const network = new Map([[textKey(FORM_TEACHER_STUDENT), ORGANIZATION_RULE_OWN_PREFERRED]]);
    expect(pairsOf(plan(pupilAndTwoTeachers(), { formOrganizationRules: network }))).toEqual(['НК-1-НЯ-1']);
    const blank = { formOrganizationRules: new Map(), organizationPreference: ORGANIZATION_ANY };
    expect(pairsOf(plan(pupilAndTwoTeachers(), blank))).toEqual(['НК-1-НЯ-1']);
  });

  it('holds in the mutual-choice mode even when both chose each other', () => {
    const preferences = Preferences.fromRows([
      { who: 'НЯ-1', chosen: 'НК-1', rank: 1 },
      { who: 'НК-1', chosen: 'НЯ-1', rank: 1 },
    ]);
    const result = plan({ ...pupilAndTwoTeachers(), preferences }, { mode: MODE_STABLE });
    expect(pairsOf(result)).toEqual(['НК-2-НЯ-1']);
  });

  it('holds in the group mode: a pupil leader leads only pupils of the own school', () => {
    const result = plan(
      {
        mentors: [
          mentor('НК-1', { forms: [FORM_STUDENT_STUDENT], organization: 'СОШ № 5', loadLimit: 5 }),
          mentor('НК-2', { forms: [FORM_STUDENT_STUDENT], organization: 'СОШ № 3', loadLimit: 5 }),
        ],
        mentees: ['СОШ № 3', 'СОШ № 3', 'СОШ № 17', 'СОШ № 5', 'СОШ № 5', 'СОШ № 17'].map((organization, k) =>
          mentee(`НЯ-${k + 1}`, { wantedForm: FORM_STUDENT_STUDENT, organization }),
        ),
      },
      { mode: MODE_GROUPS, groupSizeMin: 2, groupSizeMax: 5 },
    );
    for (const p of result.proposals) expect(p.mentor.organization).toBe(p.mentee.organization);
    expect(pairsOf(result)).toEqual(['НК-1-НЯ-4', 'НК-1-НЯ-5', 'НК-2-НЯ-1', 'НК-2-НЯ-2']);
  });

  it('a pinned draft row that crosses organizations is not kept and becomes a problem', () => {
    const result = plan({ ...pupilAndTwoTeachers(), pins: [{ mentorId: 'НК-1', menteeId: 'НЯ-1' }] });
    expect(result.pinProblems).toEqual([
      'закреплённая пара НК-1 — НЯ-1: для формы «учитель – ученик» в «Справочниках» задано «только своя организация», а наставник из «МБОУ «СОШ № 1»», наставляемый из «СОШ № 2» — пара не сохранена, наставляемый подобран заново',
    ]);
    expect(pairsOf(result)).toEqual(['НК-2-НЯ-1']);
  });

  it('«сетевое» prefers a mentor of another organization', () => {
    const rules = new Map([[textKey(FORM_TEACHER_TEACHER), ORGANIZATION_RULE_NETWORK]]);
    const people = {
      mentors: [mentor('НК-1', { organization: 'СОШ № 1' }), mentor('НК-2', { organization: 'Лицей № 2' })],
      mentees: [mentee('НЯ-1', { organization: 'МБОУ СОШ № 1' })],
    };
    const network = plan(people, { formOrganizationRules: rules });
    expect(pairsOf(network)).toEqual(['НК-2-НЯ-1']);
    expect(explainScore(network.proposals[0].score)).toBe('сетевое наставничество: Лицей № 2 (+5) = 5 баллов');
    // The same people under the global «своя организация» (blank rule) stay at home.
    expect(
      pairsOf(plan(people, { formOrganizationRules: new Map(), organizationPreference: ORGANIZATION_SAME })),
    ).toEqual(['НК-1-НЯ-1']);
    expect(
      pairsOf(plan(people, { formOrganizationRules: new Map(), organizationPreference: ORGANIZATION_OTHER })),
    ).toEqual(['НК-2-НЯ-1']);
  });

  it('the unmatched list says when the rule is the reason', () => {
    const { mentors, mentees } = pupilAndTwoTeachers();
    const result = plan({ mentors: [mentors[0]], mentees });
    expect(result.unmatched[0]).toMatchObject({
      reason:
        'в своей школе нет свободного наставника по предмету «физика» (форма «учитель – ученик»); сетевых разрешить? — в «Справочниках» → «Форма: организация наставника» выберите для формы «своя предпочтительна» или «сетевое»',
      nearMiss: 'в других организациях: Наставник НК-1 (НК-1), МБОУ «СОШ № 1»',
    });
    const busy = plan({
      mentors: [mentors[0], { ...mentors[1], loadLimit: 1 }],
      mentees: [...mentees, mentee('НЯ-2', { wantedForm: FORM_TEACHER_STUDENT, organization: 'СОШ № 2' })],
    });
    expect(busy.unmatched[0].reason).toBe(
      'в своей школе нет свободного наставника (форма «учитель – ученик»): все подходящие наставники формы своей организации (1) заняты, лимит наставляемых исчерпан; сетевых разрешить? — в «Справочниках» → «Форма: организация наставника» выберите для формы «своя предпочтительна» или «сетевое»',
    );
    // with the mentee's subject, as the curator would say it
    const maths = plan({
      mentors: [mentors[0]],
      mentees: [{ ...mentees[0], subjects: ['математика'] }],
    });
    expect(maths.unmatched[0].reason).toMatch(
      /^в своей школе нет свободного наставника по предмету «математика» \(форма «учитель – ученик»\); сетевых разрешить\?/,
    );
  });
});
