import { formatRuDate } from '../cell';
import { planHeader } from '../indicators/indicators-table';
import { headCount, KIND_BREAKDOWN_TITLE, KIND_HEADER } from '../indicators/kind-rows';
import { TOO_FEW_TEXT } from '../program/privacy';
import { LOW_SATISFACTION, recommendations } from './recommendations';
import { formatNumber, formatPercent } from './format';
import type { DocBlock, DocModel } from './model';
import { chartBlocks, type ReportData } from './report-data';
import { academicYearText, countText, surnameInitials } from './russian';
import type { Settings } from '../settings/settings';

const NO_DATA = 'нет данных';

/** «Аналитический отчёт» for the director: aggregates only (names only if the setting allows). */
export function buildAnalyticReport(data: ReportData, settings: Settings, now: Date): DocModel {
  const year = academicYearText(data.academicYear);
  const organization = settings.text('organizationName');
  const units = data.unitsActive + data.unitsCompleted + data.unitsTerminated;
  const advice = recommendations(data, settings.bool('reportNamesMentors'));
  const blocks: DocBlock[] = [
    ...(organization !== '' ? [{ kind: 'paragraph', runs: [organization], align: 'center' } as DocBlock] : []),
    { kind: 'heading', level: 1, text: 'Аналитический отчёт о реализации программы наставничества', align: 'center' },
    {
      kind: 'paragraph',
      runs: [
        data.period
          ? `Программа на ${data.period.label} (годы программы: ${data.period.years.join(', ')}; текущий — ${data.period.currentYear}; данные на ${formatRuDate(now)})`
          : `${year} учебный год (данные на ${formatRuDate(now)})`,
      ],
      align: 'center',
    },
    { kind: 'heading', level: 2, text: '1. Общие сведения о программе' },
    {
      kind: 'list',
      ordered: false,
      items: [
        [`Наставников: ${data.mentors}, наставляемых: ${data.mentees}.`],
        ...(data.leftOut > 0
          ? [
              [
                `В статистику входят только участники с согласием на обработку персональных данных (для несовершеннолетних — законных представителей) и без ошибок в данных; не вошли строк баз: ${data.leftOut}.`,
              ],
            ]
          : []),
        [
          `Наставнических пар и групп: ${units} (действуют — ${data.unitsActive}, завершены — ${data.unitsCompleted}, расторгнуты — ${data.unitsTerminated}).`,
        ],
        [`Наставляемых без пары: ${data.withoutPair.text.replace(/\.$/, '')}.`],
        [roadmapLine(data)],
      ],
    },
    ...chartBlocks(data.charts.roadmap),
    { kind: 'heading', level: 2, text: '2. Показатели эффективности: план и факт' },
    ...indicatorBlocks(data),
    ...chartBlocks(data.charts.planFact),
    ...organizationBlocks(data),
    { kind: 'heading', level: 2, text: '3. Наставнические пары и группы по формам наставничества' },
    data.byForm.length > 0
      ? {
          kind: 'table',
          header: ['Форма наставничества', 'Пар', 'Групп', 'Наставляемых', 'Завершено'],
          rows: data.byForm.map((f) => [
            f.form,
            String(f.pairs),
            String(f.groups),
            String(f.mentees),
            String(f.completed),
          ]),
          widths: [40, 15, 15, 15, 15],
        }
      : noData('Пары ещё не сформированы'),
    ...chartBlocks(data.charts.pairsByForm),
    ...kindBlocks(data),
    { kind: 'heading', level: 2, text: '4. Результаты мониторинга' },
    { kind: 'paragraph', runs: [{ text: 'Удовлетворённость участников (шкала 1–10)', bold: true }] },
    data.satisfaction.length > 0
      ? {
          kind: 'table',
          header: ['Форма наставничества', 'Ответили', 'Средний балл', 'Индекс удовлетворённости'],
          rows: data.satisfaction.map((s) =>
            s.mean === null
              ? [s.form, TOO_FEW_TEXT, TOO_FEW_TEXT, TOO_FEW_TEXT]
              : [s.form, String(s.respondents), formatNumber(s.mean), formatPercent(s.mean / 10)],
          ),
          widths: [40, 20, 20, 20],
        }
      : noData(),
    { kind: 'paragraph', runs: [{ text: 'Динамика «вход — выход»', bold: true }] },
    data.dynamics
      ? {
          kind: 'paragraph',
          runs: [
            `Ответили на входе и на выходе: ${countText(data.dynamics.participants, 'участник', 'участника', 'участников')}. Средний балл на входе — ${formatNumber(data.dynamics.entryMean)}, на выходе — ${formatNumber(data.dynamics.exitMean)}; улучшили результат ${formatPercent(data.dynamics.improvedShare)} участников.`,
          ],
          align: 'justify',
        }
      : noData(),
    ...chartBlocks(data.charts.dynamics),
    { kind: 'heading', level: 2, text: '5. SWOT-анализ' },
    ...swotBlocks(data),
    { kind: 'heading', level: 2, text: '6. Выводы и адресные рекомендации' },
    { kind: 'paragraph', runs: [conclusion(data, advice.length)], align: 'justify', indentFirstLine: true },
    advice.length > 0
      ? { kind: 'list', ordered: true, items: advice.map((a) => [a.finding, ' ', { text: a.action, italic: true }]) }
      : {
          kind: 'paragraph',
          runs: [
            'Существенных рисков по данным таблицы не выявлено. Рекомендуется сохранить действующую организацию программы и распространить опыт лучших пар.',
          ],
        },
    {
      kind: 'signature',
      role: 'Куратор программы наставничества',
      name: surnameInitials(settings.text('curatorName')),
    },
  ];
  const forName = data.period ? data.period.label.replace(/\s+(учебный год|годы|год)$/, '') : year;
  return { name: `Аналитический отчёт о реализации программы наставничества ${forName}`, blocks };
}

function noData(text = NO_DATA): DocBlock {
  return { kind: 'paragraph', runs: [{ text: text === NO_DATA ? 'Нет данных.' : `${text}.`, italic: true }] };
}

function roadmapLine(data: ReportData): string {
  const r = data.roadmap;
  if (r.total === 0) return 'Дорожная карта: нет данных.';
  return `Дорожная карта: ${r.total} мероприятий, выполнено — ${r.done} (${r.donePercent} %), в работе — ${r.inProgress}, просрочено — ${r.overdue}, предстоит — ${r.upcoming}.`;
}

function indicatorBlocks(data: ReportData): DocBlock[] {
  if (!data.indicators || data.indicators.length === 0)
    return [noData('Нет данных: показатели не рассчитаны (лист «Показатели»)')];
  return [
    {
      kind: 'table',
      header: ['Показатель', 'Ед. изм.', data.period?.planHeader ?? planHeader(data.academicYear), 'Факт', 'Статус'],
      rows: data.indicators.map((i) => [
        i.name,
        i.unit,
        i.plan || '—',
        i.fact || '—',
        i.status || (i.notAchieved ? 'не достигнут' : ''),
      ]),
      widths: [44, 10, 14, 14, 18],
    },
  ];
}

/** A network's schools by place, and who leads and who lags — the comparison of «Показатели». */
function organizationBlocks(data: ReportData): DocBlock[] {
  const part = data.organizations;
  if (!part) return [];
  const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  const width = Math.floor(60 / (part.header.length - 2));
  return [
    { kind: 'paragraph', runs: [{ text: 'Сравнение организаций', bold: true }] },
    {
      kind: 'table',
      header: part.header,
      rows: part.rows,
      widths: [8, 32, ...part.header.slice(2).map(() => width)],
    },
    ...(part.leaders ? [{ kind: 'paragraph', runs: [sentence(part.leaders)], align: 'justify' } as DocBlock] : []),
    { kind: 'paragraph', runs: [sentence(part.lagging)], align: 'justify' },
  ];
}

function swotBlocks(data: ReportData): DocBlock[] {
  const swot = data.swot;
  if (!swot) return [noData('Нет данных: SWOT-анализ не сформирован (лист «SWOT»)')];
  const zip = (left: string[], right: string[]) =>
    Array.from({ length: Math.max(left.length, right.length, 1) }, (_, i) => [left[i] ?? '', right[i] ?? '']);
  return [
    {
      kind: 'table',
      header: ['Сильные стороны', 'Слабые стороны'],
      rows: zip(swot.strengths, swot.weaknesses),
      widths: [50, 50],
    },
    { kind: 'table', header: ['Возможности', 'Угрозы'], rows: zip(swot.opportunities, swot.threats), widths: [50, 50] },
  ];
}

function conclusion(data: ReportData, problems: number): string {
  const shown = data.satisfaction.filter((s) => s.mean !== null);
  const satisfied = shown.filter((s) => (s.mean as number) >= LOW_SATISFACTION).length;
  const parts = [
    `${data.period ? `В программе наставничества на ${data.period.label}` : `В ${academicYearText(data.academicYear)} учебном году в программе наставничества`} действуют ${countText(data.unitsActive, 'пара (группа)', 'пары (группы)', 'пар (групп)')}.`,
  ];
  if (shown.length > 0)
    parts.push(
      `Удовлетворённость не ниже ${LOW_SATISFACTION} из 10 — в ${satisfied} из ${shown.length} форм наставничества.`,
    );
  const r = data.roadmap;
  if (r.total > 0)
    parts.push(
      r.overdue === 0
        ? `Мероприятия дорожной карты выполняются в срок: выполнено ${r.done} из ${r.total - r.cancelled}.`
        : `Выполнено ${r.done} из ${r.total - r.cancelled} мероприятий дорожной карты, просрочено — ${r.overdue}.`,
    );
  parts.push(
    problems > 0
      ? `По данным мониторинга выявлено ${countText(problems, 'направление', 'направления', 'направлений')}, требующих управленческих решений:`
      : '',
  );
  return parts.filter((p) => p !== '').join(' ');
}

/** Pairs and groups by kind of mentorship, head counts of 1–2 people masked; nothing when no pair names a kind. */
function kindBlocks(data: ReportData): DocBlock[] {
  if (data.byKind.length === 0) return [];
  const people = (n: number) => String(headCount(n));
  return [
    { kind: 'paragraph', runs: [{ text: KIND_BREAKDOWN_TITLE, bold: true }] },
    {
      kind: 'table',
      header: KIND_HEADER,
      rows: data.byKind.map((k) => [k.kind, String(k.pairs), String(k.groups), people(k.mentees), people(k.mentors)]),
      widths: [40, 15, 15, 15, 15],
    },
  ];
}
