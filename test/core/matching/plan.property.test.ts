import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPairs } from '../../../src/core/matching/plan';
import { Preferences } from '../../../src/core/matching/preferences';
import { MODE_GROUPS, MODE_OPTIMAL, MODE_STABLE } from '../../../src/core/matching/settings';
import { config, mentee, mentor } from './fixtures';

const FORMS = ['учитель – учитель', 'учитель – ученик'];
const TAGS = ['ИКТ', 'классное руководство', 'оценивание', 'работа с родителями'];
const SUBJECTS = ['математика', 'физика', 'история'];

const person = fc.record({
  forms: fc.subarray(FORMS, { minLength: 1 }),
  form: fc.constantFrom(...FORMS),
  tags: fc.subarray(TAGS),
  subjects: fc.subarray(SUBJECTS, { maxLength: 1 }),
  experience: fc.integer({ min: 0, max: 30 }),
  consent: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.boolean(), weight: 1 }),
  limit: fc.option(fc.integer({ min: 0, max: 3 })),
});

const program = fc.record({
  mentors: fc.array(person, { minLength: 1, maxLength: 6 }),
  mentees: fc.array(person, { minLength: 1, maxLength: 9 }),
  mode: fc.constantFrom(MODE_OPTIMAL, MODE_STABLE, MODE_GROUPS),
  excludedPairs: fc.array(fc.tuple(fc.nat(5), fc.nat(8)), { maxLength: 4 }),
  pinnedPairs: fc.array(fc.tuple(fc.nat(5), fc.nat(8)), { maxLength: 2 }),
  choices: fc.array(fc.tuple(fc.nat(5), fc.nat(8), fc.integer({ min: 1, max: 3 }), fc.boolean()), { maxLength: 25 }),
});

describe('planPairs invariants (random programs, all three modes)', () => {
  it('respects consent, forms, limits, exclusions and pins; explanations add up to the score', () => {
    fc.assert(
      fc.property(program, (p) => {
        const mentors = p.mentors.map((x, j) =>
          mentor(`НК-${j}`, {
            forms: x.forms,
            competencies: x.tags,
            subjects: x.subjects,
            experienceYears: x.experience,
            hasConsent: x.consent,
            loadLimit: x.limit,
          }),
        );
        const mentees = p.mentees.map((x, i) =>
          mentee(`НЯ-${i}`, {
            wantedForm: x.form,
            deficits: x.tags,
            subjects: x.subjects,
            experienceYears: x.experience % 5,
            hasConsent: x.consent,
          }),
        );
        const ids = (pairs: [number, number][]) =>
          pairs
            .filter(([j, i]) => j < mentors.length && i < mentees.length)
            .map(([j, i]) => ({ mentorId: mentors[j].id, menteeId: mentees[i].id }));
        const exclusions = ids(p.excludedPairs);
        const pins = ids(p.pinnedPairs).filter(
          (pin) => !exclusions.some((e) => e.mentorId === pin.mentorId && e.menteeId === pin.menteeId),
        );
        const preferences = Preferences.fromRows(
          p.choices
            .filter(([j, i]) => j < mentors.length && i < mentees.length)
            .map(([j, i, rank, byMentee]) =>
              byMentee
                ? { who: mentees[i].id, chosen: mentors[j].id, rank }
                : { who: mentors[j].id, chosen: mentees[i].id, rank },
            ),
        );
        const cfg = config({ mode: p.mode });
        const plan = planPairs({ mentors, mentees, config: cfg, preferences, register: [], pins, exclusions });

        const consents = (pin: { mentorId: string; menteeId: string }) =>
          mentors.some((m) => m.id === pin.mentorId && m.hasConsent) &&
          mentees.some((m) => m.id === pin.menteeId && m.hasConsent);
        // A pin of a person without consent is refused at the draft (and reported), never kept.
        const kept = pins.filter(consents);
        expect(plan.pinProblems.filter((m) => /пара не сохранена/.test(m))).toHaveLength(pins.length - kept.length);
        const pinnedMentees = new Set(kept.map((pin) => pin.menteeId));
        const load = new Map<string, number>();
        const seen = new Set<string>();
        for (const proposal of plan.proposals) {
          expect(seen.has(proposal.mentee.id)).toBe(false);
          seen.add(proposal.mentee.id);
          if (proposal.pinned) continue;
          load.set(proposal.mentor.id, (load.get(proposal.mentor.id) ?? 0) + 1);
          expect(proposal.mentor.hasConsent && proposal.mentee.hasConsent).toBe(true);
          expect(proposal.mentor.forms).toContain(proposal.mentee.wantedForm);
          expect(exclusions.some((e) => e.mentorId === proposal.mentor.id && e.menteeId === proposal.mentee.id)).toBe(
            false,
          );
          expect(pinnedMentees.has(proposal.mentee.id)).toBe(false);
          expect(proposal.score.parts.reduce((sum, part) => sum + part.points, 0)).toBe(proposal.score.total);
        }
        for (const pin of kept) expect(plan.proposals.some((x) => x.pinned && x.mentee.id === pin.menteeId)).toBe(true);
        for (const x of plan.proposals) expect(x.mentor.hasConsent && x.mentee.hasConsent).toBe(true);
        for (const m of mentors) {
          const pinnedHere = plan.proposals.filter((x) => x.pinned && x.mentor.id === m.id).length;
          const limit =
            p.mode === MODE_GROUPS
              ? Math.min(cfg.groupSizeMax, (m.loadLimit ?? cfg.defaultLoadLimit) - pinnedHere)
              : (m.loadLimit ?? cfg.defaultLoadLimit) - pinnedHere;
          expect(load.get(m.id) ?? 0).toBeLessThanOrEqual(Math.max(0, limit));
          if (p.mode === MODE_GROUPS && (load.get(m.id) ?? 0) > 0)
            expect(load.get(m.id)).toBeGreaterThanOrEqual(cfg.groupSizeMin);
        }
        if (p.mode === MODE_GROUPS) {
          for (const m of mentors) {
            const members = plan.proposals.filter((x) => !x.pinned && x.mentor.id === m.id).map((x) => x.mentee);
            expect(new Set(members.map((x) => x.wantedForm)).size).toBeLessThanOrEqual(1);
            const subjects = new Set(members.filter((x) => x.subjects.length > 0).map((x) => x.subjects[0]));
            const labels = [
              ...new Set(plan.proposals.filter((x) => !x.pinned && x.mentor.id === m.id).map((x) => x.group)),
            ];
            expect(labels.length).toBeLessThanOrEqual(1);
            // A group with a subject takes only that subject (or none); mixed subjects only in a form-wide group.
            if (subjects.size > 1) expect(labels[0]).toBe(`группа ${m.id}: ${members[0].wantedForm}`);
            if (subjects.size === 1 && labels[0] !== `группа ${m.id}: ${members[0].wantedForm}`)
              expect(labels[0]).toContain([...subjects][0]);
          }
        }
        // Every mentee is either proposed or listed as unmatched with a reason.
        for (const m of mentees) {
          const unmatched = plan.unmatched.find((u) => u.mentee.id === m.id);
          expect(seen.has(m.id) !== (unmatched !== undefined)).toBe(true);
          if (unmatched) expect(unmatched.reason).not.toBe('');
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('planPairs is deterministic', () => {
  it('the same participants in another order give the same pairs', () => {
    fc.assert(
      fc.property(program, fc.infiniteStream(fc.nat()), (p, seeds) => {
        const mentors = p.mentors.map((x, j) =>
          mentor(`НК-${j}`, {
            forms: x.forms,
            competencies: x.tags,
            subjects: x.subjects,
            experienceYears: x.experience,
          }),
        );
        const mentees = p.mentees.map((x, i) =>
          mentee(`НЯ-${i}`, { wantedForm: x.form, deficits: x.tags, subjects: x.subjects }),
        );
        const shuffle = <T>(list: T[]) =>
          list
            .map((item) => ({ item, key: seeds.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item);
        const run = (ms: typeof mentors, ts: typeof mentees) =>
          planPairs({
            mentors: ms,
            mentees: ts,
            config: config({ mode: p.mode }),
            preferences: Preferences.none(),
            register: [],
            pins: [],
            exclusions: [],
          })
            .proposals.map((x) => `${x.mentor.id}|${x.mentee.id}|${x.score.total}|${x.group}`)
            .sort();
        expect(run(shuffle(mentors), shuffle(mentees))).toEqual(run(mentors, mentees));
      }),
      { numRuns: 500 },
    );
  });
});
