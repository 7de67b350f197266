import { describe, expect, it } from 'vitest';
import { planPairs, type MatchingInput } from '../../../src/core/matching/plan';
import { Preferences } from '../../../src/core/matching/preferences';
import { explainScore, scorePair } from '../../../src/core/matching/score';
import { MODE_STABLE } from '../../../src/core/matching/settings';
import { config, mentee, mentor } from './fixtures';

function plan(fields: Partial<MatchingInput>) {
  return planPairs({
    mentors: [],
    mentees: [],
    config: config(),
    preferences: Preferences.none(),
    register: [],
    pins: [],
    exclusions: [],
    ...fields,
  });
}

describe('unmatched mentees get the concrete reason', () => {
  it('no mentor works in the form', () => {
    const result = plan({ mentors: [mentor('НК-1')], mentees: [mentee('НЯ-1', { wantedForm: 'учитель – ученик' })] });
    expect(result.unmatched[0].reason).toBe('ни один наставник не работает в форме «учитель – ученик»');
  });

  it('no consent', () => {
    const result = plan({ mentors: [mentor('НК-1')], mentees: [mentee('НЯ-1', { hasConsent: false })] });
    expect(result.unmatched[0].reason).toBe('нет согласия на обработку ПДн');
    const minor = plan({ mentors: [mentor('НК-1')], mentees: [mentee('НЯ-1', { hasConsent: false, isMinor: true })] });
    expect(minor.unmatched[0].reason).toBe('нет согласия законного представителя на обработку ПДн');
  });

  it('the only mentor has no consent', () => {
    const result = plan({ mentors: [mentor('НК-1', { hasConsent: false })], mentees: [mentee('НЯ-1')] });
    expect(result.unmatched[0].reason).toBe(
      'наставники формы «учитель – учитель» не могут взять пару: нет согласия на обработку ПДн',
    );
  });

  it('excluded by the curator', () => {
    const result = plan({
      mentors: [mentor('НК-1')],
      mentees: [mentee('НЯ-1')],
      exclusions: [{ mentorId: 'НК-1', menteeId: 'НЯ-1' }],
    });
    expect(result.unmatched[0].reason).toBe(
      'все наставники формы «учитель – учитель» отклонены куратором для этого наставляемого',
    );
  });

  it('all suitable mentors at their limit, with the near-miss candidates', () => {
    const result = plan({
      mentors: [mentor('НК-1', { loadLimit: 1, competencies: ['ИКТ'] })],
      mentees: [mentee('НЯ-1', { deficits: ['ИКТ'] }), mentee('НЯ-2')],
    });
    expect(result.proposals.map((p) => p.mentee.id)).toEqual(['НЯ-1']);
    expect(result.unmatched[0]).toMatchObject({
      reason: 'все подходящие наставники формы «учитель – учитель» (1) заняты: лимит наставляемых исчерпан',
      nearMiss: 'Наставник НК-1 (НК-1), балл 5, занято 1 из 1',
    });
  });

  it('the load already used in the register counts, and a mentee with an active pair in the form is not matched again', () => {
    const register = [
      { pairId: 'П-0001', groupId: '', mentorId: 'НК-1', menteeId: 'НЯ-9', form: 'учитель – учитель', active: true },
    ];
    const result = plan({
      mentors: [mentor('НК-1', { loadLimit: 1 })],
      mentees: [mentee('НЯ-1'), mentee('НЯ-9')],
      register,
    });
    expect(result.proposals).toEqual([]);
    expect(result.unmatched.map((u) => u.mentee.id)).toEqual(['НЯ-1']);
  });
});

describe('explanations', () => {
  it('name what matched and add up to the score', () => {
    const pair = {
      mentor: mentor('НК-1', {
        competencies: ['классное руководство', 'ИКТ'],
        subjects: ['математика'],
        experienceYears: 18,
      }),
      mentee: mentee('НЯ-1', {
        deficits: ['классное руководство', 'ИКТ', 'оценивание'],
        subjects: ['математика'],
        experienceYears: 1,
      }),
      config: config(),
      preferences: Preferences.none(),
    };
    const score = scorePair(pair);
    expect(explainScore(score)).toBe(
      'дефициты закрыты: 2 из 3 — классное руководство, ИКТ (+23); один предмет: математика (+20); стаж наставника 18 лет (+10); одна организация (+5) = 58 баллов',
    );
  });
});

describe('stable mode on participants', () => {
  it('matches mutual choices first, reports stability and falls back to the optimal mode for the rest', () => {
    const preferences = Preferences.fromRows([
      { who: 'НЯ-1', chosen: 'НК-2', rank: 1 },
      { who: 'НК-2', chosen: 'НЯ-1', rank: 1 },
    ]);
    const result = plan({
      mentors: [mentor('НК-1', { competencies: ['ИКТ'] }), mentor('НК-2')],
      mentees: [mentee('НЯ-1', { deficits: ['ИКТ'] }), mentee('НЯ-2')],
      config: config({ mode: MODE_STABLE }),
      preferences,
    });
    expect(result.proposals.map((p) => `${p.mentor.id}-${p.mentee.id}`).sort()).toEqual(['НК-1-НЯ-2', 'НК-2-НЯ-1']);
    expect(result.notes[0]).toContain('блокирующих пар нет');
  });
});
