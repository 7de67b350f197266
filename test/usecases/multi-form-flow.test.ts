import { describe, expect, it } from 'vitest';
import { MENTEES_SHEET } from '../../src/core/bases/layouts';
import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { buildPlansDocument, planSubjects } from '../../src/core/documents/individual-plan';
import { readDocumentInput } from '../../src/core/documents/inputs';
import { buildOrder } from '../../src/core/documents/order';
import { plainText } from '../../src/core/documents/plain-text';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { UNMATCHED_SHEET } from '../../src/core/matching/unmatched-sheet';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { loadProgramModel } from '../../src/core/program/load';
import { figureOf } from '../../src/core/program/model';
import { RULES_SHEET } from '../../src/core/indicators/rules-sheet';
import { runIndicators } from '../../src/core/usecases/indicators';
import { approvePairs } from '../../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import type { DocModel } from '../../src/core/documents/model';
import type { CreatedFile, DocumentPort } from '../../src/core/ports';
import { createDocuments } from '../../src/core/usecases/documents';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { importAnswers } from '../../src/core/usecases/survey/import-answers';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';
import {
  ADMIN_FORM,
  ADMIN_MODEL,
  fillTwoMentorProgramme,
  MENTEES,
  SUBJECT_FORM,
  TWO_FORM_MENTEES,
} from '../support/two-mentors';

const NOW = new Date(2026, 9, 5);

function rows(grid: Grid | null): Record<string, string>[] {
  if (!grid || grid.length < 2) return [];
  const header = grid[0].map((cell) => cellText(cell));
  return grid.slice(1).map((row) => Object.fromEntries(header.map((title, i) => [title, cellText(row[i])])));
}

function prepared() {
  const workbook = new MemoryWorkbook();
  const env = memoryEnv(workbook, NOW);
  setupWorkbook(env);
  fillTwoMentorProgramme(workbook);
  return { workbook, env };
}

describe('young specialists with a subject mentor and an administrative one (sheet only, in memory)', () => {
  it('the draft has one pair per needed form, each with its role model; a re-run changes nothing', () => {
    const { workbook, env } = prepared();
    const outcome = formPairs(env);
    expect(outcome.title).toBe('Пары сформированы');
    const draft = rows(workbook.readSheet(DRAFT_SHEET));
    const of = (name: string) => draft.filter((r) => r['Наставляемый'] === name);
    for (const name of TWO_FORM_MENTEES) {
      const own = of(name);
      expect(own.map((r) => r['Форма']).sort()).toEqual([ADMIN_FORM, SUBJECT_FORM].sort());
      expect(new Set(own.map((r) => r['ID наставника'])).size).toBe(2);
      expect(own.find((r) => r['Форма'] === ADMIN_FORM)?.['Ролевая модель']).toBe(ADMIN_MODEL);
      expect(own.find((r) => r['Форма'] === SUBJECT_FORM)?.['Ролевая модель']).toBe(
        'опытный педагог – молодой специалист',
      );
    }
    expect(of('Белова Анна Сергеевна').map((r) => r['Форма'])).toEqual([SUBJECT_FORM]);
    expect(draft).toHaveLength(5);
    // Nobody is approved yet: «Без пары» (П-05) has each of them, a row per needed form, with the proposed pair.
    const waiting = rows(workbook.readSheet(UNMATCHED_SHEET));
    expect(waiting.map((r) => `${r['Наставляемый']}: ${r['Форма']}`).sort()).toEqual(
      draft.map((r) => `${r['Наставляемый']}: ${r['Форма']}`).sort(),
    );
    for (const row of waiting) {
      const proposed = draft.find((r) => r['Наставляемый'] === row['Наставляемый'] && r['Форма'] === row['Форма']);
      expect(row['Почему нет пары']).toMatch(new RegExp(`^предложена пара с наставником ${proposed?.['Наставник']} `));
    }
    const before = JSON.stringify(workbook.readSheet(DRAFT_SHEET));
    formPairs(env);
    expect(JSON.stringify(workbook.readSheet(DRAFT_SHEET))).toBe(before);
  });

  it('approval puts every pair into «Пары»; the bases name both mentors; people are counted once, pairs as pairs', () => {
    const { workbook, env } = prepared();
    formPairs(env);
    const approved = approvePairs(env, { acceptUndecided: true });
    expect(approved.lines[0]).toBe('Утверждено пар: 5 — добавлены в реестр «Пары» со статусом «активна».');
    const register = rows(workbook.readSheet(PAIRS_SHEET));
    const novikova = register.filter((r) => r['Наставляемый'] === TWO_FORM_MENTEES[0]);
    expect(novikova.map((r) => `${r['Форма']} / ${r['Ролевая модель']}`).sort()).toEqual(
      [`${ADMIN_FORM} / ${ADMIN_MODEL}`, `${SUBJECT_FORM} / опытный педагог – молодой специалист`].sort(),
    );
    const mentees = rows(workbook.readSheet(MENTEES_SHEET));
    const mentorCell = mentees.find((r) => r['ФИО'] === TWO_FORM_MENTEES[0])?.['Наставник'] ?? '';
    expect(mentorCell.split('; ').sort()).toEqual(novikova.map((r) => r['Наставник']).sort());

    // A re-run proposes nothing more: both forms of everyone are held by the register.
    formPairs(env);
    expect(rows(workbook.readSheet(DRAFT_SHEET))).toEqual([]);
    expect(rows(workbook.readSheet(UNMATCHED_SHEET))).toEqual([]);

    const { model } = loadProgramModel(workbook, NOW);
    expect(figureOf(model.all, 'pairsCount').value).toBe(5);
    expect(figureOf(model.all, 'menteesWithoutPair').value).toBe(0);
    expect(figureOf(model.all, 'menteesWithPairShare').people).toBe(MENTEES.length);
    expect(model.withoutPair).toEqual([]);
    expect(model.units.active).toBe(5);
    const subject = model.forms.find((f) => f.label.includes(SUBJECT_FORM));
    expect(subject?.menteesInPairs).toBe(3);
  });

  it('a mentee matched for one form and not the other is listed «без пары» for the missing form', () => {
    const { workbook, env } = prepared();
    // Смирнов has left and Кузнецова takes one mentee only: one administrative place for two people.
    const mentors = workbook.readSheet('Наставники') as Grid;
    const col = (title: string) => mentors[0].findIndex((cell) => cellText(cell) === title) + 1;
    workbook.writeBlock('Наставники', { row: 3, col: col('Статус'), values: [['выбыл']] });
    workbook.writeBlock('Наставники', { row: 4, col: col('Лимит наставляемых'), values: [[1]] });
    formPairs(env);
    const engine = rows(workbook.readSheet(UNMATCHED_SHEET)).filter(
      (r) => !r['Почему нет пары'].startsWith('предложена'),
    );
    expect(engine.map((r) => r['Форма'])).toEqual([ADMIN_FORM]);
    const who = engine[0]['Наставляемый'];
    expect(TWO_FORM_MENTEES).toContain(who);
    expect(engine[0]['Почему нет пары']).toMatch(
      /^все подходящие наставники формы «администрация – молодой специалист»/,
    );
    const draft = rows(workbook.readSheet(DRAFT_SHEET)).filter((r) => r['Наставляемый'] === who);
    expect(draft.map((r) => r['Форма'])).toEqual([SUBJECT_FORM]);
    // After approval the person has a pair, yet stays on «Без пары» for the missing form, with the engine's reason.
    const approved = approvePairs(env, { acceptUndecided: true });
    expect(approved.lines.join('\n')).toContain('Наставляемых без пары (лист «Без пары», показатель П-05): 0.');
    const left = rows(workbook.readSheet(UNMATCHED_SHEET));
    expect(left.map((r) => [r['Наставляемый'], r['Форма'], r['Почему нет пары']])).toEqual([
      [who, ADMIN_FORM, engine[0]['Почему нет пары']],
    ]);
    const { model } = loadProgramModel(workbook, NOW);
    expect(model.withoutPair).toEqual([]);
  });

  it('the summary counts missing forms and people apart when they differ', () => {
    const { workbook, env } = prepared();
    const mentors = workbook.readSheet('Наставники') as Grid;
    const status = mentors[0].findIndex((cell) => cellText(cell) === 'Статус') + 1;
    workbook.writeBlock('Наставники', { row: 2, col: status, values: [['выбыл'], ['выбыл'], ['выбыл']] });
    const outcome = formPairs(env);
    expect(outcome.lines).toContain(
      `Не подобрано: 5 форм у 3 наставляемых — причины и ближайшие кандидаты на листе «${UNMATCHED_SHEET}».`,
    );
    expect(rows(workbook.readSheet(UNMATCHED_SHEET)).map((r) => `${r['Наставляемый']}: ${r['Форма']}`)).toHaveLength(5);
  });

  it('a pair typed by hand into the draft with «закрепить» keeps working: it takes its form, the other form is matched', () => {
    const { workbook, env } = prepared();
    formPairs(env);
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const header = draft[0].map((cell) => cellText(cell));
    const ids = (sheet: string) => new Map(rows(workbook.readSheet(sheet)).map((r) => [r['ФИО'], r['ID']] as const));
    const smirnov = ids('Наставники').get('Смирнов Андрей Викторович') as string;
    const novikova = ids(MENTEES_SHEET).get(TWO_FORM_MENTEES[0]) as string;
    const typed = header.map((title) =>
      title === 'ID наставника'
        ? smirnov
        : title === 'ID наставляемого'
          ? novikova
          : title === 'Решение'
            ? 'закрепить'
            : null,
    );
    workbook.writeBlock(DRAFT_SHEET, { row: draft.length + 1, col: 1, values: [typed] });
    formPairs(env);
    const own = rows(workbook.readSheet(DRAFT_SHEET)).filter((r) => r['ID наставляемого'] === novikova);
    expect(own.map((r) => [r['Наставник'], r['Форма'], r['Решение']]).sort()).toEqual(
      [
        ['Смирнов Андрей Викторович', ADMIN_FORM, 'закрепить'],
        ['Иванова Ольга Петровна', SUBJECT_FORM, ''],
      ].sort(),
    );
    expect(own.find((r) => r['Форма'] === ADMIN_FORM)?.['Ролевая модель']).toBe(ADMIN_MODEL);
  });

  it('the order lists each pair; each two-form mentee has one plan naming both mentors', () => {
    const { workbook, env } = prepared();
    formPairs(env);
    approvePairs(env, { acceptUndecided: true });
    const input = readDocumentInput(workbook, NOW);
    const order = buildOrder(input);
    expect(order.units).toHaveLength(5);
    const text = plainText(order.model).join('\n');
    for (const name of TWO_FORM_MENTEES) {
      const units = order.units.filter((u) => u.mentees.some((m) => m.name === name));
      expect(units.map((u) => u.form).sort()).toEqual([ADMIN_FORM, SUBJECT_FORM].sort());
    }
    // Signed once per person: «ознакомлены» names Новикова once though she has two pairs.
    const acquainted = text.slice(text.indexOf('С приказом ознакомлены'));
    expect(acquainted.match(/Новикова/g)).toHaveLength(1);

    const subjects = planSubjects(input);
    expect(subjects).toHaveLength(3);
    const novikova = subjects.find((s) => s.mentee.fio === TWO_FORM_MENTEES[0]);
    expect(novikova?.pairs.map((p) => p.form).sort()).toEqual([ADMIN_FORM, SUBJECT_FORM].sort());
    const plan = plainText(buildPlansDocument(subjects, input.roadmap, input.settings, 2026)).join('\n');
    const own = plan.slice(plan.indexOf('Новикова Мария Ивановна'), plan.indexOf('Орлов Павел Андреевич'));
    expect(own).toContain('Наставники:');
    for (const pair of novikova?.pairs ?? [])
      expect(own).toContain(`— ${pair.mentor.fio}, ${pair.mentor.position} (${pair.form} / ${pair.roleModel})`);
  });

  it('a registration answer with two forms (a «несколько вариантов» question, joined by «, ») becomes the list in the base', () => {
    const { workbook, env } = prepared();
    const grid: Grid = [
      [
        'Отметка времени',
        'Адрес электронной почты',
        'Фамилия, имя, отчество',
        'Образовательная организация',
        'Желаемая форма наставничества',
      ],
      [
        '05.09.2026 10:00:00',
        'sokolova@school1.ru',
        'Соколова Вера Андреевна',
        'Школа № 1',
        `${SUBJECT_FORM}, ${ADMIN_FORM}`,
      ],
    ];
    importAnswers(env, [{ name: 'reg.csv', grid, template: 'registration-mentee', wave: 'разовая' }]);
    const row = rows(workbook.readSheet(MENTEES_SHEET)).find((r) => r['ФИО'] === 'Соколова Вера Андреевна');
    expect(row?.['Желаемая форма']).toBe(`${SUBJECT_FORM}; ${ADMIN_FORM}`);
  });

  it('separate plans: a second pair approved later makes a new plan naming both mentors; the others are not remade', () => {
    const { workbook, env } = prepared();
    const settings = workbook.readSheet('Настройки') as Grid;
    const keyCol = settings[0].findIndex((cell) => cellText(cell) === 'Ключ');
    const valueCol = settings[0].findIndex((cell) => cellText(cell) === 'Значение');
    const layoutRow = settings.findIndex((row) => cellText(row[keyCol]) === 'plansLayout');
    workbook.writeBlock('Настройки', {
      row: layoutRow + 1,
      col: valueCol + 1,
      values: [['по документу на наставляемого']],
    });
    const models: DocModel[] = [];
    const documents: DocumentPort = {
      create(model): CreatedFile {
        models.push(model);
        return {
          id: `doc${models.length}`,
          url: `https://docs.google.com/document/d/doc${models.length}/edit`,
          name: model.name,
        };
      },
    };
    const docsEnv = { ...env, documents };
    formPairs(env);
    // First only the subject pairs are accepted.
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const form = draft[0].findIndex((cell) => cellText(cell) === 'Форма');
    const decision = draft[0].findIndex((cell) => cellText(cell) === 'Решение');
    workbook.writeBlock(DRAFT_SHEET, {
      row: 2,
      col: decision + 1,
      values: draft.slice(1).map((row) => [cellText(row[form]) === SUBJECT_FORM ? 'принять' : null]),
    });
    approvePairs(env);
    createDocuments(docsEnv, ['plans']);
    expect(models).toHaveLength(3);
    approvePairs(env, { acceptUndecided: true });
    createDocuments(docsEnv, ['plans']);
    const again = models.slice(3);
    expect(again.map((m) => m.name).sort()).toEqual([
      'Индивидуальный план развития — Новикова М. И. — 2026-2027',
      'Индивидуальный план развития — Орлов П. А. — 2026-2027',
    ]);
    for (const model of again) expect(plainText(model).join('\n')).toContain('Наставники:');
    createDocuments(docsEnv, ['plans']);
    expect(models).toHaveLength(5);
  });

  it('a curator’s rule «форма = …» over «Наставляемые» sees every form in the list', () => {
    const { workbook, env } = prepared();
    // A third two-form mentee: a count of 1–2 people is printed as «менее 3 чел.».
    const header = (workbook.readSheet(MENTEES_SHEET) as Grid)[0].map((cell) => cellText(cell));
    const third: Record<string, Cell> = { ...MENTEES[0], ФИО: 'Соколова Вера Андреевна' };
    workbook.writeBlock(MENTEES_SHEET, {
      row: MENTEES.length + 2,
      col: 1,
      values: [header.map((t) => third[t] ?? null)],
    });
    workbook.ensureSheet(RULES_SHEET);
    workbook.writeBlock(RULES_SHEET, {
      row: 1,
      col: 1,
      values: [
        ['Код', 'Показатель', 'База', 'Считать в числителе', 'Считать в знаменателе', 'План'],
        ['Д-01', 'Нужен административный наставник', 'Наставляемые', `форма = ${ADMIN_FORM}`, '', null],
        ['Д-02', 'Нужен предметный наставник', 'Наставляемые', `форма = ${SUBJECT_FORM}`, '', null],
      ],
    });
    runIndicators(env);
    const grid = workbook.readSheet('Показатели') as Grid;
    const fact = (code: string) => {
      const row = grid.find((r) => cellText(r[0]) === code) as Grid[number];
      return row[grid[0].findIndex((cell) => cellText(cell) === 'Факт')];
    };
    expect(fact('Д-01')).toBe(3);
    expect(fact('Д-02')).toBe(4);
  });
});
