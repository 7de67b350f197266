/**
 * The per-school comparison is right by construction, not by luck: the programme's total is the
 * definition applied to all rows at once (not an average of the schools' rates), and each school's
 * row is exactly what that school's own workbook, run alone, gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../../src/core/indicators/catalogue';
import { figureOf, type ProgramModel } from '../../../src/core/program/model';
import { menteeId, mentorId, modelOf, municipalityArb, schoolView, workbookOf } from './municipality-fixture';

const value = (model: ProgramModel, metric: MetricId) => figureOf(model.all, metric).value;

describe('per-school comparison', () => {
  it('the total is the definition applied to all rows at once (П-01, П-04, П-05, П-06, П-13)', () => {
    fc.assert(
      fc.property(municipalityArb(true), (m) => {
        const model = modelOf(workbookOf(m));
        expect(model.organizations).toHaveLength(m.schools.length);
        const live = m.links.filter((l) => l.status !== 'расторгнута');
        const isLeftMentee = (school: number, i: number) => m.schools[school].mentees[i].left;
        const isLeftMentor = (school: number, i: number) => m.schools[school].mentors[i].left;
        const countedMentees = m.schools.flatMap((s, school) =>
          s.mentees.flatMap((p, i) => (p.left ? [] : [{ school, i, ...p }])),
        );
        const paired = new Set(live.map((l) => menteeId(l.school, l.mentee)));
        const withPair = countedMentees.filter((p) => paired.has(menteeId(p.school, p.i))).length;
        const teachersTotal = m.schools.reduce((sum, s) => sum + s.teachers, 0);
        const teacherMentors = m.schools.flatMap((s) => s.mentors.filter((p) => !p.left && p.category === 'педагог'));

        if (countedMentees.length === 0) expect(value(model, 'menteesWithPairShare')).toBeNull();
        else expect(value(model, 'menteesWithPairShare')).toBeCloseTo((withPair / countedMentees.length) * 100, 9);
        expect(value(model, 'menteesWithoutPair')).toBe(countedMentees.length - withPair);
        expect(value(model, 'pairsCount')).toBe(live.length);
        expect(value(model, 'teacherMentorsShare')).toBeCloseTo((teacherMentors.length / teachersTotal) * 100, 9);
        const teachersInPairs = new Set([
          ...live
            .filter(
              (l) =>
                !isLeftMentee(l.school, l.mentee) && m.schools[l.school].mentees[l.mentee].category !== 'обучающийся',
            )
            .map((l) => menteeId(l.school, l.mentee)),
          ...live
            .filter(
              (l) =>
                !isLeftMentor(l.mentorSchool, l.mentor) &&
                m.schools[l.mentorSchool].mentors[l.mentor].category === 'педагог',
            )
            .map((l) => mentorId(l.mentorSchool, l.mentor)),
        ]);
        expect(value(model, 'teacherInvolvement')).toBeCloseTo((teachersInPairs.size / teachersTotal) * 100, 9);

        // the counts add up over the schools, and a share of the whole lies between the schools' shares
        const schools = m.schools.map((s) => schoolView(model, s));
        const sum = (metric: MetricId) => schools.reduce((n, v) => n + (figureOf(v, metric).value ?? 0), 0);
        expect(sum('menteesWithoutPair')).toBe(value(model, 'menteesWithoutPair'));
        expect(sum('pairsCount')).toBe(value(model, 'pairsCount'));
        const shares = schools.map((v) => figureOf(v, 'menteesWithPairShare').value).filter((v) => v !== null);
        const total = value(model, 'menteesWithPairShare');
        if (total !== null) {
          expect(total).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-9);
          expect(total).toBeLessThanOrEqual(Math.max(...shares) + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('each school’s row equals that school’s own workbook run alone', () => {
    fc.assert(
      fc.property(municipalityArb(false), (m) => {
        const model = modelOf(workbookOf(m));
        m.schools.forEach((school, i) => {
          const own = modelOf(workbookOf(m, i));
          const row = schoolView(model, school);
          for (const [metric, figure] of row.figures) {
            const alone = figureOf(own.all, metric);
            expect({ metric, people: alone.people, isNull: alone.value === null }).toEqual({
              metric,
              people: figure.people,
              isNull: figure.value === null,
            });
            if (figure.value !== null) expect(alone.value).toBeCloseTo(figure.value, 9);
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});
