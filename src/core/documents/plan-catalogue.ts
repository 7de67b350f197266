/**
 * «Цели индивидуальных планов»: the goals catalogue as a sheet the methodist edits, like the
 * roadmap templates. A missing or empty sheet is seeded from DEFAULT_PLAN_GOALS; afterwards the
 * plans read only the sheet, so the school's own wording wins.
 */
import { type Cell, cellText, type Grid, isBlank } from '../cell';
import type { WorkbookPort } from '../ports';
import type { Problem } from '../problems/problem';
import { mapHeader, rowRecord } from '../sheet/header-map';
import { type ColumnSpec, numberFormatFor } from '../sheet/layout';
import { splitTags, textKey } from '../text/normalize';
import { parseNumber } from '../text/parse';
import { kindFromWord, PARTICIPANT_KIND_LABELS, type ParticipantKind } from './participant-kind';
import { DEFAULT_PLAN_GOALS, genericGoal, type PlanGoal } from './plan-goals';

export const PLAN_GOALS_SHEET = 'Цели индивидуальных планов';

/** The longest term a goal's month may name: a programme of several years. */
const MAX_MONTH = 36;

export const PLAN_GOAL_COLUMNS: ColumnSpec[] = [
  {
    key: 'kinds',
    header: 'Участники',
    type: 'text',
    required: true,
    width: 170,
    note: `Для кого цель, через «;»: ${Object.values(PARTICIPANT_KIND_LABELS).join(', ')}`,
  },
  {
    key: 'request',
    header: 'Запрос / дефицит',
    aliases: ['Запрос', 'Дефицит', 'Дефициты / запрос'],
    type: 'text',
    required: true,
    width: 200,
    note: 'Как в столбце «Дефициты / запрос» базы наставляемых: по нему цель попадает в план',
  },
  { key: 'goal', header: 'Цель', type: 'text', required: true, width: 260, note: 'Цель работы в паре' },
  {
    key: 'steps',
    header: 'Шаги',
    aliases: ['Что делаем', 'Мероприятия'],
    type: 'text',
    width: 300,
    note: 'Что наставник и наставляемый делают для цели',
  },
  {
    key: 'result',
    header: 'Измеримый результат',
    aliases: ['Результат', 'Ожидаемый результат'],
    type: 'text',
    required: true,
    width: 320,
    note: 'Результат, который можно проверить: число, отметка, балл анкеты, готовый документ',
  },
  {
    key: 'month',
    header: 'Срок, месяц работы',
    aliases: ['Срок'],
    type: 'int',
    width: 90,
    note: 'К какому месяцу работы пары результат достигнут (1 — первый месяц). Пусто — к концу срока. Дата в плане считается от начала работы пары',
  },
];

export interface PlanGoalsRead {
  goals: PlanGoal[];
  problems: Problem[];
  seeded: boolean;
}

/** Reads the catalogue; a missing or empty sheet is first filled with the defaults (one write). */
export function readOrSeedPlanGoals(workbook: WorkbookPort): PlanGoalsRead {
  const grid = workbook.readSheet(PLAN_GOALS_SHEET);
  const hasRows = grid?.slice(1).some((row) => row.some((cell) => !isBlank(cell)));
  if (!grid || !hasRows) {
    seedPlanGoals(workbook);
    return { goals: [...DEFAULT_PLAN_GOALS], problems: [], seeded: true };
  }
  return { ...parsePlanGoals(grid), seeded: false };
}

export function planGoalsGrid(goals: readonly PlanGoal[]): Grid {
  const header: Cell[] = PLAN_GOAL_COLUMNS.map((c) => c.header);
  const rows = goals.map((g) => [
    g.kinds.map((k) => PARTICIPANT_KIND_LABELS[k]).join('; '),
    g.request,
    g.goal,
    g.steps,
    g.result,
    g.month,
  ]);
  return [header, ...rows];
}

function seedPlanGoals(workbook: WorkbookPort): void {
  workbook.ensureSheet(PLAN_GOALS_SHEET);
  workbook.writeBlock(PLAN_GOALS_SHEET, { row: 1, col: 1, values: planGoalsGrid(DEFAULT_PLAN_GOALS) });
  workbook.formatSheet(PLAN_GOALS_SHEET, {
    frozenRows: 1,
    frozenColumns: 2,
    headerBold: true,
    headerBackground: '#d9e7f5',
    headerWrap: true,
    columns: PLAN_GOAL_COLUMNS.map((column, i) => ({
      col: i + 1,
      width: column.width,
      note: column.note,
      numberFormat: numberFormatFor(column.type),
    })),
  });
}

/** The catalogue's rows; a row with a missing field, an unknown participant or a bad month is reported and skipped. */
export function parsePlanGoals(grid: Grid): { goals: PlanGoal[]; problems: Problem[] } {
  const map = mapHeader(grid[0] ?? [], PLAN_GOAL_COLUMNS);
  const missing = map.missing.filter((c) => c.required);
  if (missing.length > 0)
    return {
      goals: [],
      problems: missing.map((column) => ({
        sheet: PLAN_GOALS_SHEET,
        row: 1,
        column: column.header,
        value: '',
        message: `нет столбца «${column.header}» — добавьте его в строку заголовков`,
        severity: 'error',
      })),
    };
  const goals: PlanGoal[] = [];
  const problems: Problem[] = [];
  grid.slice(1).forEach((row, i) => {
    if (row.every((cell) => isBlank(cell))) return;
    const goal = parseRow(rowRecord(row, map), i + 2, problems);
    if (goal) goals.push(goal);
  });
  return { goals, problems };
}

function parseRow(record: Record<string, Cell>, row: number, problems: Problem[]): PlanGoal | null {
  const text = (key: string) => cellText(record[key]);
  const before = problems.length;
  const report = (key: string, message: string) => {
    const column = PLAN_GOAL_COLUMNS.find((c) => c.key === key)?.header ?? key;
    problems.push({ sheet: PLAN_GOALS_SHEET, row, column, value: text(key), message, severity: 'error' });
  };
  for (const key of ['kinds', 'request', 'goal', 'result'])
    if (text(key) === '') report(key, 'пустая ячейка — цель пропущена');
  const words = splitTags(text('kinds'));
  const kinds = words.map(kindFromWord);
  const unknown = words.filter((_, i) => kinds[i] === null);
  if (unknown.length > 0)
    report(
      'kinds',
      `неизвестные участники: ${unknown.join(', ')} — пишите ${Object.values(PARTICIPANT_KIND_LABELS).join(', ')}; цель пропущена`,
    );
  const month = parseMonth(record.month);
  if (month === undefined)
    report('month', `ожидается целое число месяцев от 1 до ${MAX_MONTH} или пусто — цель пропущена`);
  if (problems.length > before || month === undefined) return null;
  return {
    kinds: kinds.filter((k): k is ParticipantKind => k !== null),
    request: text('request'),
    goal: text('goal'),
    steps: text('steps'),
    result: text('result'),
    month,
    row,
  };
}

/** null for an empty cell, undefined for a bad one. */
function parseMonth(cell: Cell | undefined): number | null | undefined {
  if (cell === undefined || isBlank(cell)) return null;
  const parsed = parseNumber(cell);
  if (!parsed.ok || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > MAX_MONTH) return undefined;
  return parsed.value;
}

/** Whose goals a kind borrows when the catalogue has none of its own for a request. */
const BORROWS_FROM: Record<ParticipantKind, ParticipantKind[]> = {
  pupil: [],
  student: ['pupil'],
  teacher: [],
  youngSpecialist: ['teacher'],
  manager: ['teacher'],
};

/** Finds each plan's goal: the kind's own row for the request, then a related kind's, then a generic one. */
export class PlanGoalCatalogue {
  private readonly byKindAndRequest = new Map<string, PlanGoal>();

  constructor(goals: readonly PlanGoal[] = DEFAULT_PLAN_GOALS) {
    for (const goal of goals)
      for (const kind of goal.kinds) {
        const key = `${kind}\u0001${textKey(goal.request)}`;
        if (!this.byKindAndRequest.has(key)) this.byKindAndRequest.set(key, goal);
      }
  }

  goalFor(kind: ParticipantKind, request: string): PlanGoal {
    for (const candidate of [kind, ...BORROWS_FROM[kind]]) {
      const goal = this.byKindAndRequest.get(`${candidate}\u0001${textKey(request)}`);
      if (goal) return goal;
    }
    return genericGoal(kind, request);
  }
}
