import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatchingInput, planPairs } from '../../../src/core/matching/plan';
import { Preferences } from '../../../src/core/matching/preferences';
import type { RegisterPair } from '../../../src/core/matching/register';
import { MODE_GROUPS, MODE_OPTIMAL, MODE_STABLE } from '../../../src/core/matching/settings';
import { config, mentee, mentor } from './fixtures';

/** A young specialist in the district: a subject mentor and an administrative one. */
const SUBJECT = 'учитель – учитель';
const ADMIN = 'руководитель – заместитель';

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

const both = { wantedForm: SUBJECT, wantedForms: [SUBJECT, ADMIN] };
const pairsOf = (result: ReturnType<typeof plan>) =>
  result.proposals.map((p) => `${p.mentee.id}|${p.mentee.wantedForm}|${p.mentor.id}${p.pinned ? '|pin' : ''}`).sort();

describe('a mentee who needs several forms', () => {
  it('gets one mentor per form, each pair for its own form', () => {
    const result = plan({
      mentors: [mentor('НК-1', { forms: [SUBJECT] }), mentor('НК-2', { forms: [ADMIN] })],
      mentees: [mentee('НЯ-1', both)],
    });
    expect(pairsOf(result)).toEqual([`НЯ-1|${ADMIN}|НК-2`, `НЯ-1|${SUBJECT}|НК-1`]);
    expect(result.unmatched).toEqual([]);
  });

  it('never gets the same mentor twice, even when that mentor scores best in both forms', () => {
    const strong = mentor('НК-1', { forms: [SUBJECT, ADMIN], competencies: ['ИКТ', 'документация'], loadLimit: 3 });
    const other = mentor('НК-2', { forms: [ADMIN] });
    for (const mode of [MODE_OPTIMAL, MODE_STABLE] as const) {
      const result = plan({
        config: config({ mode }),
        mentors: [strong, other],
        mentees: [mentee('НЯ-1', { ...both, deficits: ['ИКТ', 'документация'] })],
      });
      expect(pairsOf(result)).toEqual([`НЯ-1|${ADMIN}|НК-2`, `НЯ-1|${SUBJECT}|НК-1`]);
    }
  });

  it('with one mentor for both forms, the second form is listed without a pair, with the reason', () => {
    const result = plan({
      mentors: [mentor('НК-1', { forms: [SUBJECT, ADMIN], loadLimit: 5 })],
      mentees: [mentee('НЯ-1', both)],
    });
    expect(result.proposals).toHaveLength(1);
    const missing = result.proposals[0].mentee.wantedForm === SUBJECT ? ADMIN : SUBJECT;
    expect(result.unmatched.map((u) => [u.mentee.id, u.mentee.wantedForm])).toEqual([['НЯ-1', missing]]);
    expect(result.unmatched[0].reason).toBe(
      `наставники формы «${missing}» (Наставник НК-1) уже ведут этого наставляемого в другой форме: по второй форме нужен другой наставник`,
    );
  });

  it('limits stay per mentor: two pairs of two people use two places', () => {
    const result = plan({
      mentors: [mentor('НК-1', { forms: [SUBJECT], loadLimit: 1 }), mentor('НК-2', { forms: [ADMIN], loadLimit: 2 })],
      mentees: [mentee('НЯ-1', both), mentee('НЯ-2', both)],
    });
    expect(result.proposals.filter((p) => p.mentor.id === 'НК-1')).toHaveLength(1);
    expect(result.proposals.filter((p) => p.mentor.id === 'НК-2')).toHaveLength(2);
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0].mentee.wantedForm).toBe(SUBJECT);
    expect(result.unmatched[0].reason).toMatch(/^все подходящие наставники формы «учитель – учитель» \(1\) заняты/);
  });

  it('an active pair of the register covers its form; its mentor is not proposed for the other form', () => {
    const register: RegisterPair[] = [
      { pairId: 'П-0001', groupId: '', mentorId: 'НК-1', menteeId: 'НЯ-1', form: SUBJECT, active: true },
    ];
    const result = plan({
      register,
      mentors: [mentor('НК-1', { forms: [SUBJECT, ADMIN], loadLimit: 5 }), mentor('НК-2', { forms: [ADMIN] })],
      mentees: [mentee('НЯ-1', both)],
    });
    expect(pairsOf(result)).toEqual([`НЯ-1|${ADMIN}|НК-2`]);
  });

  it('a pin keeps its form (the draft’s «Форма»); the other form is matched', () => {
    const mentors = [mentor('НК-1', { forms: [SUBJECT] }), mentor('НК-2', { forms: [ADMIN, SUBJECT] })];
    const pinned = plan({
      mentors,
      mentees: [mentee('НЯ-1', both)],
      pins: [{ mentorId: 'НК-2', menteeId: 'НЯ-1', form: ADMIN }],
    });
    expect(pairsOf(pinned)).toEqual([`НЯ-1|${ADMIN}|НК-2|pin`, `НЯ-1|${SUBJECT}|НК-1`]);
    // A pair typed by hand without a form: the first needed form the mentor works in.
    const typed = plan({
      mentors: [mentor('НК-1', { forms: [SUBJECT] }), mentor('НК-2', { forms: [ADMIN] })],
      mentees: [mentee('НЯ-1', both)],
      pins: [{ mentorId: 'НК-2', menteeId: 'НЯ-1' }],
    });
    expect(pairsOf(typed)).toEqual([`НЯ-1|${ADMIN}|НК-2|pin`, `НЯ-1|${SUBJECT}|НК-1`]);
  });

  it('a one-form mentee’s pin is its one pair, whatever form the row names (as before lists)', () => {
    const result = plan({
      mentors: [mentor('НК-1'), mentor('НК-2')],
      mentees: [mentee('НЯ-1')],
      pins: [
        { mentorId: 'НК-2', menteeId: 'НЯ-1', form: ADMIN },
        { mentorId: 'НК-1', menteeId: 'НЯ-1' },
      ],
    });
    expect(pairsOf(result)).toEqual([`НЯ-1|${SUBJECT}|НК-2|pin`]);
  });

  it('a mentor’s choice in «Предпочтения» counts for each form of the chosen mentee (in the optimised score too)', () => {
    const preferences = Preferences.fromRows([{ who: 'НК-3', chosen: 'НЯ-1', rank: 1 }]);
    const result = plan({
      preferences,
      mentors: [mentor('НК-1', { forms: [ADMIN] }), mentor('НК-2'), mentor('НК-3')],
      mentees: [mentee('НЯ-1', both)],
    });
    expect(pairsOf(result)).toEqual([`НЯ-1|${ADMIN}|НК-1`, `НЯ-1|${SUBJECT}|НК-3`]);
    const subject = result.proposals.find((p) => p.mentee.wantedForm === SUBJECT);
    expect(subject?.score.parts.find((part) => part.weightKey === 'weightPreferences')?.points).toBeGreaterThan(0);
  });
});

const FORMS = [SUBJECT, ADMIN, 'учитель – ученик'];

const person = fc.record({
  forms: fc.subarray(FORMS, { minLength: 1 }),
  limit: fc.option(fc.integer({ min: 0, max: 3 })),
  tags: fc.subarray(['ИКТ', 'оценивание', 'документация']),
  consent: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.boolean(), weight: 1 }),
});

const program = fc.record({
  mentors: fc.array(person, { minLength: 1, maxLength: 6 }),
  mentees: fc.array(person, { minLength: 1, maxLength: 8 }),
  mode: fc.constantFrom(MODE_OPTIMAL, MODE_STABLE, MODE_GROUPS),
  active: fc.array(fc.tuple(fc.nat(5), fc.nat(7), fc.nat(2)), { maxLength: 3 }),
  pins: fc.array(fc.tuple(fc.nat(5), fc.nat(7), fc.option(fc.nat(2))), { maxLength: 3 }),
  excluded: fc.array(fc.tuple(fc.nat(5), fc.nat(7)), { maxLength: 3 }),
  choices: fc.array(fc.tuple(fc.nat(5), fc.nat(7), fc.boolean()), { maxLength: 10 }),
});

describe('several forms per mentee: invariants on random programmes (all three modes)', () => {
  it('no mentee has two pairs of one form or one mentor twice; no mentor over its limit; every missing form is explained', () => {
    fc.assert(
      fc.property(program, (p) => {
        const mentors = p.mentors.map((x, j) =>
          mentor(`НК-${j}`, { forms: x.forms, loadLimit: x.limit, competencies: x.tags, hasConsent: x.consent }),
        );
        const mentees = p.mentees.map((x, i) =>
          mentee(`НЯ-${i}`, { wantedForm: x.forms[0], wantedForms: x.forms, deficits: x.tags, hasConsent: x.consent }),
        );
        const at = <T>(list: T[], k: number) => list[k % list.length];
        const register: RegisterPair[] = p.active.map(([j, i, f], k) => ({
          pairId: `П-${k}`,
          groupId: '',
          mentorId: at(mentors, j).id,
          menteeId: at(mentees, i).id,
          form: at(FORMS, f),
          active: true,
        }));
        const pins = p.pins.map(([j, i, f]) => ({
          mentorId: at(mentors, j).id,
          menteeId: at(mentees, i).id,
          form: f === null ? undefined : at(FORMS, f),
        }));
        const exclusions = p.excluded.map(([j, i]) => ({ mentorId: at(mentors, j).id, menteeId: at(mentees, i).id }));
        const preferences = Preferences.fromRows(
          p.choices.map(([j, i, byMentee]) =>
            byMentee
              ? { who: at(mentees, i).id, chosen: at(mentors, j).id, rank: 1 }
              : { who: at(mentors, j).id, chosen: at(mentees, i).id, rank: 1 },
          ),
        );
        const cfg = config({ mode: p.mode });
        const result = planPairs({ mentors, mentees, config: cfg, preferences, register, pins, exclusions });

        const formsOf = new Map(mentees.map((m) => [m.id, m.wantedForms as string[]]));
        const heldForms = new Set(register.map((r) => `${r.menteeId}|${r.form}`));
        const proposedForms = new Set<string>();
        const people = new Set<string>();
        for (const proposal of result.proposals) {
          const demand = `${proposal.mentee.id}|${proposal.mentee.wantedForm}`;
          expect(formsOf.get(proposal.mentee.id)).toContain(proposal.mentee.wantedForm);
          expect(proposedForms.has(demand)).toBe(false);
          // A pin typed over an active pair stays the curator's (approval refuses it); the engine never adds one.
          if (!proposal.pinned) expect(heldForms.has(demand)).toBe(false);
          proposedForms.add(demand);
          const person = `${proposal.mentee.id}|${proposal.mentor.id}`;
          expect(people.has(person)).toBe(false);
          people.add(person);
          if (proposal.pinned) continue;
          // The register's mentors are never proposed again for the same person.
          expect(register.some((r) => `${r.menteeId}|${r.mentorId}` === person)).toBe(false);
          expect(proposal.mentor.forms).toContain(proposal.mentee.wantedForm);
          expect(exclusions.some((e) => `${e.menteeId}|${e.mentorId}` === person)).toBe(false);
        }
        for (const m of mentors) {
          const held = register.filter((r) => r.mentorId === m.id).length;
          const pinned = result.proposals.filter((x) => x.pinned && x.mentor.id === m.id).length;
          const proposed = result.proposals.filter((x) => !x.pinned && x.mentor.id === m.id).length;
          expect(proposed).toBeLessThanOrEqual(Math.max(0, (m.loadLimit ?? cfg.defaultLoadLimit) - held - pinned));
        }
        // Every needed form not held by the register is either proposed or listed «без пары», once.
        for (const m of mentees)
          for (const form of m.wantedForms as string[]) {
            const demand = `${m.id}|${form}`;
            if (heldForms.has(demand)) continue;
            const listed = result.unmatched.filter((u) => `${u.mentee.id}|${u.mentee.wantedForm}` === demand);
            expect(listed.length + (proposedForms.has(demand) ? 1 : 0)).toBe(1);
            for (const u of listed) expect(u.reason).not.toBe('');
          }
      }),
      { numRuns: 1000 },
    );
  });
});
