/**
 * A rule typed on «Правила показателей» in the curator's own words, equal in meaning to a built-in
 * definition, gives the built-in figure on any bases; rules with no built-in twin give what the
 * bases say counted by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cell';
import type { MetricId } from '../../../src/core/indicators/catalogue';
import { RULES_SHEET } from '../../../src/core/indicators/rules-sheet';
import { figureOf } from '../../../src/core/program/model';
import { full, municipalityArb, modelOf, workbookOf } from '../program/municipality-fixture';

const TEACHERS = 'категория = педагог, молодой специалист, управленческий кадр';
/** Sheet rules and the built-in metric each must equal. */
const TWINS: Array<[Cell[], MetricId]> = [
  [['Д-01', 'Молодые с наставником', 'Наставляемые', 'в паре', 'молодые специалисты'], 'youngWithMentorShare'],
  [['Д-02', 'Без пары', 'база наставляемых', 'без наставника', ''], 'menteesWithoutPair'],
  [['Д-03', 'В парах', 'НАСТАВЛЯЕМЫЕ', 'с наставником', 'все'], 'menteesWithPairShare'],
  [['Д-04', 'Педагоги-наставники', 'Наставники', TEACHERS, 'Настройки: педагоги'], 'teacherMentorsShare'],
  [['Д-05', 'Пары', 'Пары и группы', 'статус = активна, завершена; не группа', ''], 'pairsCount'],
  [['Д-06', 'Завершённые', 'Пары', 'статус: завершена', 'все'], 'completedShare'],
  [['Д-09', 'Группы', 'пары', 'группа; статус = активна, завершена', ''], 'groupsCount'],
  [['Д-07', 'Педагоги в парах', 'Участники', `есть пара; ${TEACHERS}`, 'Настройки: педагоги'], 'teacherInvolvement'],
  [
    ['Д-08', 'Наставники молодых', 'Наставники', 'в паре с молодым специалистом', 'Настройки: педагоги'],
    'youngMentorsShare',
  ],
];

describe('a sheet rule equal to a built-in definition', () => {
  it('gives the same figure on random bases; organizations and spellings are counted as the bases say', () => {
    fc.assert(
      fc.property(municipalityArb(true), (m) => {
        const workbook = workbookOf(m);
        workbook.ensureSheet(RULES_SHEET);
        workbook.writeBlock(RULES_SHEET, {
          row: 1,
          col: 1,
          values: [
            ['Код', 'Показатель', 'База', 'Считать в числителе', 'Считать в знаменателе'],
            ...TWINS.map(([row]) => row),
            ['Д-20', 'ОО участвуют', 'Организации', 'участвуют', ''],
            ['Д-21', 'Наставляемые первой школы', 'Наставляемые', `организация = ${full(m.schools[0].number)}`, ''],
            ['Д-22', 'ОО с парами', 'ОО', 'есть пары', 'все'],
          ],
        });
        const model = modelOf(workbook);
        const figure = (code: string) => {
          const found = model.ruleFigures.find((f) => f.rule.code === code);
          if (!found) throw new Error(`no rule ${code}`);
          return found.measurement;
        };
        const sums = (x: ReturnType<typeof figure>) => ({ value: x.value, people: x.people, additive: x.additive });
        for (const [row, metric] of TWINS)
          expect(sums(figure(String(row[0]))), String(row[0])).toEqual(sums(figureOf(model.all, metric)));

        const present = m.schools.filter((s) => s.mentors.some((p) => !p.left) || s.mentees.some((p) => !p.left));
        expect(figure('Д-20').value).toBe(present.length);
        expect(figure('Д-21').value).toBe(m.schools[0].mentees.filter((p) => !p.left).length);
        const live = m.links.filter((l) => l.status !== 'расторгнута' && !m.schools[l.school].mentees[l.mentee].left);
        const withPairs = new Set(live.map((l) => l.school));
        expect(figure('Д-22').value).toBeCloseTo((withPairs.size / m.schools.length) * 100, 9);
      }),
      { numRuns: 60 },
    );
  });
});
