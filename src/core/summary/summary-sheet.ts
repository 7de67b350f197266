import { type Cell, formatRuDate } from '../cell';
import { INDICATORS, type MetricId } from '../indicators/catalogue';
import { type IndicatorTable, unitFormat } from '../indicators/indicator-table';
import { academicYearLabel } from '../indicators/indicators-table';
import { counted } from '../indicators/scope';
import { roundTo } from '../indicators/source-text';
import {
  type IndicatorStatus,
  STATUS_ACHIEVED,
  STATUS_COLOURS,
  STATUS_NO_DATA,
  STATUS_NO_PLAN,
  STATUS_NOT_ACHIEVED,
} from '../indicators/status';
import { figureOf, type ProgramModel } from '../program/model';
import { compareOrganizations, laggingLine } from '../program/comparison';
import { isTooFew, TOO_FEW_TEXT } from '../program/privacy';
import { programPeriod } from '../program/period';

export const SUMMARY_SHEET = 'Сводка';

/** What «Сводка» shows: aggregates only — no names, personal data stays in the bases. */
export interface SummaryInput {
  programName: string;
  model: ProgramModel;
  table: IndicatorTable;
}

export interface SummaryBlock {
  values: Cell[][];
  notes: (string | null)[][];
  fontWeights: ('bold' | 'normal' | null)[][];
  backgrounds: (string | null)[][];
  numberFormats: (string | null)[][];
  fontSizes: (number | null)[][];
  horizontalAlignments: ('left' | 'center' | 'right' | null)[][];
}

/** Large figures, right-aligned, so a director reads them at a glance on a phone. */
const FIGURE_SIZE = 16;
const LABEL_SIZE = 11;
const SECTION_SIZE = 12;
const TITLE_SIZE = 14;

const SECTION_BACKGROUND = '#dbe8f7';
const STATUS_FILL: Partial<Record<IndicatorStatus, string>> = {
  [STATUS_ACHIEVED]: STATUS_COLOURS[STATUS_ACHIEVED],
  [STATUS_NOT_ACHIEVED]: STATUS_COLOURS[STATUS_NOT_ACHIEVED],
};

/** Two narrow columns (label, number) that a phone shows without scrolling sideways. */
export function buildSummary(input: SummaryInput): SummaryBlock {
  const block: SummaryBlock = {
    values: [],
    notes: [],
    fontWeights: [],
    backgrounds: [],
    numberFormats: [],
    fontSizes: [],
    horizontalAlignments: [],
  };
  const line = (label: string, value: Cell, note: string | null = null, format: string | null = null) => {
    block.values.push([label, value]);
    block.notes.push([null, note]);
    block.fontWeights.push([null, 'bold']);
    block.backgrounds.push([null, null]);
    block.numberFormats.push([null, format]);
    block.fontSizes.push([LABEL_SIZE, FIGURE_SIZE]);
    block.horizontalAlignments.push([null, 'right']);
  };
  const section = (title: string) => {
    block.values.push([title, null]);
    block.notes.push([null, null]);
    block.fontWeights.push(['bold', 'bold']);
    block.backgrounds.push([SECTION_BACKGROUND, SECTION_BACKGROUND]);
    block.numberFormats.push([null, null]);
    block.fontSizes.push([SECTION_SIZE, SECTION_SIZE]);
    block.horizontalAlignments.push([null, null]);
  };
  const { model, table } = input;
  const figure = (metric: MetricId, label: string) => {
    const spec = INDICATORS.find((candidate) => candidate.metric === metric);
    const m = figureOf(model.all, metric);
    if (m.value === null) line(label, 'нет данных', m.source);
    else if (isTooFew(m.people)) line(label, TOO_FEW_TEXT, 'Значение о менее чем 3 участниках не показывается');
    else line(label, roundTo(m.value), m.source, unitFormat(spec?.unit ?? ''));
  };

  block.values.push([`Сводка: ${input.programName || 'программа наставничества'}`, null]);
  block.notes.push([null, null]);
  block.fontWeights.push(['bold', null]);
  block.backgrounds.push([null, null]);
  block.numberFormats.push([null, null]);
  block.fontSizes.push([TITLE_SIZE, null]);
  block.horizontalAlignments.push([null, null]);
  const period = programPeriod(model.settings);
  line(
    period.explicit ? `Программа на ${period.label}, на дату` : `${academicYearLabel(model.year)} уч. год, на дату`,
    formatRuDate(model.now),
  );

  const scope = model.all.scope;
  section('Участники');
  line(
    'Наставники',
    counted(scope.mentors).length,
    'Строки листа «Наставники» с согласием, без ошибок, кроме выбывших',
    '0',
  );
  line(
    'Наставляемые',
    counted(scope.mentees).length,
    'Строки листа «Наставляемые» с согласием, без ошибок, кроме выбывших',
    '0',
  );
  if (model.organizations.length > 1)
    line('Организации', model.organizations.length, 'Организации из «Справочников» и баз', '0');

  section('Пары и группы');
  figure('pairsCount', 'Пары');
  figure('groupsCount', 'Группы');
  for (const form of model.forms) {
    const units = form.scope.units.filter((u) => u.status !== 'расторгнута').length;
    line(`  ${form.label}`, units, 'Пары и группы этой формы в «Парах» (активные и завершённые)', '0');
  }
  figure('menteesWithPairShare', 'Наставляемые в парах');
  figure('menteesWithoutPair', 'Без пары, чел.');

  section('Показатели');
  const count = (status: string) => table.rows.filter((r) => r.status === status).length;
  line('Достигнуто', `${count(STATUS_ACHIEVED)} из ${table.rows.length}`, 'Статусы листа «Показатели»');
  line('Не достигнуто', count(STATUS_NOT_ACHIEVED), 'Статусы листа «Показатели»', '0');
  line('План не задан', count(STATUS_NO_PLAN), 'Впишите план текущего года на листе «Показатели»', '0');
  line('Нет данных', count(STATUS_NO_DATA), 'Что заполнить — в столбце «Источник» листа «Показатели»', '0');
  figure('pupilInvolvement', 'Вовлечённость обучающихся');
  figure('teacherInvolvement', 'Вовлечённость педагогов');

  section('Мониторинг');
  figure('satisfactionMean', 'Удовлетворённость (из 10)');
  figure('growthMean', 'Прирост вход → выход, баллов');
  figure('improvedShare', 'С положительной динамикой');

  section('Дорожная карта');
  const r = model.roadmap;
  if (r.total === 0) line('Статус', 'дорожная карта ещё не сформирована');
  else {
    line(
      'Выполнено',
      r.done,
      `Из ${r.total - r.cancelled} мероприятий (${r.donePercent} %); лист «Дорожная карта», столбец статуса`,
      '0',
    );
    line('Всего мероприятий', r.total - r.cancelled, 'Кроме отменённых', '0');
    line('В работе', r.inProgress, null, '0');
    line('Просрочено', r.overdue, 'Не выполнены, срок окончания прошёл', '0');
  }

  if (model.organizations.length > 1) {
    const comparison = compareOrganizations(model, table.rows);
    section('По организациям: место, наставляемые в парах');
    for (const row of comparison.rows) {
      const cell = row.cells.find((c) => c.metric === 'menteesWithPairShare');
      const m = cell?.measurement ?? figureOf(model.all, 'menteesWithPairShare');
      const value = m.value === null ? 'нет данных' : isTooFew(m.people) ? TOO_FEW_TEXT : roundTo(m.value);
      const plans =
        row.judged > 0
          ? `план достигнут по ${row.achieved} из ${row.judged} показателей`
          : 'нет показателей с планом и данными';
      line(
        row.rank === null ? `— ${row.short}` : `${row.rank}. ${row.short}`,
        value,
        `${row.name}: ${plans}. ${m.source}`,
        typeof value === 'number' ? unitFormat('%') : null,
      );
      if (cell && STATUS_FILL[cell.status])
        block.backgrounds[block.backgrounds.length - 1][1] = STATUS_FILL[cell.status] ?? null;
    }
    const lagging = laggingLine(comparison);
    line(
      lagging.charAt(0).toUpperCase() + lagging.slice(1),
      null,
      'Показатели-доли и баллы организаций против плана текущего года с листа «Показатели»',
    );
  }
  return block;
}
