import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { loadProgram } from '../../src/core/bases/read-bases';
import {
  CATALOGUES_SHEET,
  FORM_ORGANIZATION_RULE_HEADER,
  FORM_STUDENT_STUDENT,
  ORGANIZATION_RULE_OWN_ONLY,
  ORGANIZATION_RULE_OWN_PREFERRED,
} from '../../src/core/catalogues/defaults';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { MODE_GROUPS } from '../../src/core/matching/settings';
import { organizationKey } from '../../src/core/organizations/organization-key';
import { textKey } from '../../src/core/text/normalize';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { PROBLEMS_SHEET } from '../../src/core/problems/problems-sheet';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

function column(grid: Grid, header: string): string[] {
  const i = grid[0].findIndex((cell) => cellText(cell) === header);
  return grid.slice(1).map((row) => cellText(row[i]));
}

/** The draft's pairs with each side's organization and the form's rule. */
function draftPairs(workbook: MemoryWorkbook, now: Date) {
  const { bases, catalogues } = loadProgram(workbook, now);
  const rules = catalogues.organizationRules();
  const organizationOf = new Map([...bases.mentors, ...bases.mentees].map((x) => [x.id, x.organization]));
  const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
  const mentees = column(draft, 'ID наставляемого');
  const forms = column(draft, 'Форма');
  return column(draft, 'ID наставника').map((mentorId, k) => ({
    form: forms[k],
    rule: rules.get(textKey(forms[k])),
    mentor: organizationOf.get(mentorId) ?? '',
    mentee: organizationOf.get(mentees[k]) ?? '',
  }));
}

describe('«Подготовить таблицу» on «Справочники» made before the organization rule', () => {
  it("adds the rule column against the sheet's own forms, keeping what the curator typed", () => {
    const workbook = new MemoryWorkbook();
    const env = memoryEnv(workbook);
    const own = ['учитель – ученик', 'педагог – родитель', '', 'Учитель – учитель'];
    workbook.ensureSheet(CATALOGUES_SHEET);
    workbook.writeBlock(CATALOGUES_SHEET, {
      row: 1,
      col: 1,
      values: [['Формы наставничества'], ...own.map((form) => [form])],
    });
    setupWorkbook(env);
    const grid = workbook.readSheet(CATALOGUES_SHEET) as Grid;
    expect(column(grid, 'Формы наставничества').slice(0, 4)).toEqual(own);
    expect(column(grid, 'Форма: организация наставника').slice(0, 4)).toEqual([
      ORGANIZATION_RULE_OWN_ONLY,
      '',
      '',
      ORGANIZATION_RULE_OWN_PREFERRED,
    ]);
    const rules = loadProgram(workbook, env.clock.now()).catalogues.organizationRules();
    expect([...rules]).toEqual([
      [textKey(own[0]), ORGANIZATION_RULE_OWN_ONLY],
      [textKey(own[3]), ORGANIZATION_RULE_OWN_PREFERRED],
    ]);
  });
});

describe('a rule the curator mistyped', () => {
  it('is a problem naming the sheet, row and column; the form follows «Настройки»', () => {
    const workbook = new MemoryWorkbook();
    const env = memoryEnv(workbook);
    setupWorkbook(env);
    const grid = workbook.readSheet(CATALOGUES_SHEET) as Grid;
    const col = grid[0].findIndex((cell) => cellText(cell) === FORM_ORGANIZATION_RULE_HEADER);
    workbook.writeBlock(CATALOGUES_SHEET, { row: 3, col: col + 1, values: [['только своя']] });
    fillDemoWorkbook(workbook, generateDemo({ participants: 60, seed: 3 }));
    formPairs(env);
    const problems = workbook.readSheet(PROBLEMS_SHEET) as Grid;
    const row = problems.find((r) => r.some((cell) => cellText(cell).startsWith('Правило организации')));
    expect(row?.map(cellText)).toEqual(
      expect.arrayContaining([
        CATALOGUES_SHEET,
        FORM_ORGANIZATION_RULE_HEADER,
        'только своя',
        'Правило организации для формы «учитель – ученик» не распознано: впишите одно из — только своя организация, своя предпочтительна, сетевое. Пока действует правило из «Настроек» («Предпочтительная организация наставника»)',
      ]),
    );
  });
});

describe('the demo municipality under the default organization rules', () => {
  it('pairs no pupil across schools, in groups or in pairs, and still pairs teachers across them', () => {
    const workbook = new MemoryWorkbook();
    const env = memoryEnv(workbook);
    setupWorkbook(env);
    fillDemoWorkbook(workbook, generateDemo({ participants: 900, organizations: 15, seed: 4 }));
    const now = env.clock.now();
    formPairs(env, { mode: MODE_GROUPS, forms: [FORM_STUDENT_STUDENT] });
    const groups = draftPairs(workbook, now);
    formPairs(env);
    const pairs = draftPairs(workbook, now);
    for (const run of [groups, pairs]) {
      const ownOnly = run.filter((pair) => pair.rule === ORGANIZATION_RULE_OWN_ONLY);
      expect(ownOnly.length).toBeGreaterThan(20);
      const crossing = ownOnly.filter((pair) => organizationKey(pair.mentor) !== organizationKey(pair.mentee));
      expect(crossing).toEqual([]);
    }
    expect(new Set(pairs.map((pair) => organizationKey(pair.mentee))).size).toBeGreaterThan(10);
    // «своя предпочтительна» is only a weight: an adult may still get a mentor of another school.
    const adultsAcross = pairs.filter(
      (pair) =>
        pair.rule !== ORGANIZATION_RULE_OWN_ONLY && organizationKey(pair.mentor) !== organizationKey(pair.mentee),
    );
    expect(adultsAcross.length).toBeGreaterThan(0);
  });
});
