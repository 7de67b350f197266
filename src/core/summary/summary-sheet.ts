import { type Cell, formatRuDate } from '../cell';
import type { FinishedRow } from '../indicators/indicators-table';
import type { Measurement } from '../indicators/metrics';
import { counted } from '../indicators/scope';
import type { Scope } from '../indicators/scope';
import { formatNumber } from '../indicators/source-text';
import { STATUS_ACHIEVED, STATUS_NO_DATA, STATUS_NOT_ACHIEVED } from '../indicators/status';
import type { RoadmapProgress } from '../roadmap/progress';
import { textKey } from '../text/normalize';

export const SUMMARY_SHEET = 'Сводка';

/** What «Сводка» shows: aggregates only — no names, personal data stays in the bases. */
export interface SummaryInput {
  programName: string;
  academicYear: number;
  now: Date;
  organizations: number;
  scope: Scope;
  rows: readonly FinishedRow[];
  measurements: ReadonlyMap<string, Measurement>;
  roadmap: RoadmapProgress | null;
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
  const fact = (code: string): Measurement | undefined => input.measurements.get(textKey(code));
  const figure = (code: string, label: string, unit = '') => {
    const m = fact(code);
    if (!m) return;
    line(label, m.value === null ? 'нет данных' : `${formatNumber(m.value)}${unit}`, m.source);
  };

  block.values.push([`Сводка: ${input.programName || 'программа наставничества'}`, null]);
  block.notes.push([null, null]);
  block.fontWeights.push(['bold', null]);
  block.backgrounds.push([null, null]);
  block.numberFormats.push([null, null]);
  block.fontSizes.push([TITLE_SIZE, null]);
  block.horizontalAlignments.push([null, null]);
  line(`${input.academicYear}/${input.academicYear + 1} уч. год, на дату`, formatRuDate(input.now));

  const { scope } = input;
  section('Участники');
  line('Наставники', counted(scope.mentors).length, 'Строки листа «Наставники» без ошибок, кроме выбывших', '0');
  line('Наставляемые', counted(scope.mentees).length, 'Строки листа «Наставляемые» без ошибок, кроме выбывших', '0');
  if (input.organizations > 1) line('Организации', input.organizations, 'Организации из «Справочников» и баз', '0');

  section('Пары и группы');
  figure('П-06', 'Пары');
  figure('П-07', 'Группы');
  const live = scope.units.filter((u) => u.status !== 'расторгнута');
  const byForm = new Map<string, number>();
  for (const unit of live)
    byForm.set(unit.form || 'форма не указана', (byForm.get(unit.form || 'форма не указана') ?? 0) + 1);
  for (const [form, n] of byForm)
    line(`  ${form}`, n, 'Пары и группы этой формы в «Парах» (активные и завершённые)', '0');
  figure('П-04', 'Наставляемые в парах', ' %');
  figure('П-05', 'Без пары, чел.');

  section('Показатели');
  const count = (status: string) => input.rows.filter((r) => r.status === status).length;
  line('Достигнуто', `${count(STATUS_ACHIEVED)} из ${input.rows.length}`, 'Статусы листа «Показатели»');
  line('Не достигнуто', count(STATUS_NOT_ACHIEVED), 'Статусы листа «Показатели»', '0');
  line('Нет данных', count(STATUS_NO_DATA), 'Что заполнить — в столбце «Источник» листа «Показатели»', '0');
  figure('П-12', 'Вовлечённость обучающихся', ' %');
  figure('П-13', 'Вовлечённость педагогов', ' %');

  section('Мониторинг');
  figure('П-09', 'Удовлетворённость (из 10)');
  figure('П-10', 'Прирост вход → выход, баллов');
  figure('П-11', 'С положительной динамикой', ' %');

  section('Дорожная карта');
  if (input.roadmap === null || input.roadmap.total === 0) line('Статус', 'дорожная карта ещё не сформирована');
  else {
    const r = input.roadmap;
    line(
      'Выполнено',
      `${r.done} из ${r.total - r.cancelled} (${r.donePercent} %)`,
      'Лист «Дорожная карта», столбец статуса',
    );
    line('В работе', r.inProgress, null, '0');
    line('Просрочено', r.overdue, 'Не выполнены, срок окончания прошёл', '0');
  }
  return block;
}
