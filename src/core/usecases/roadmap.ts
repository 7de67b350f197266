import type { Outcome } from '../outcome';
import type { Env } from '../ports';
import { writeProblems } from '../problems/problems-sheet';
import { buildRoadmapSheet, COLORS } from '../roadmap/build-roadmap-sheet';
import { chooseTemplate } from '../roadmap/choose-template';
import { academicYearPeriod, programPeriod } from '../program/period';
import { programProfile } from '../roadmap/forms-in-use';
import { generateRoadmap } from '../roadmap/generate';
import {
  MONTH_NAMES,
  CODE_COLUMN,
  ROADMAP_SHEET,
  ROADMAP_STATUSES,
  roadmapColumns,
  STATUS_DONE,
  timelineColumns,
} from '../roadmap/roadmap-layout';
import { roadmapMessages } from '../roadmap/messages';
import { readOrSeedTemplates } from '../roadmap/template-sheet';
import { TEMPLATES_SHEET } from '../roadmap/template';
import { SETTINGS_SHEET, Settings } from '../settings/settings';
import type { ColumnFormat } from '../ports';
import { textKey } from '../text/normalize';

export const ROADMAP_SOURCE = 'Дорожная карта';
const FINGERPRINTS_KEY = 'roadmap.fingerprints';

export interface RoadmapOptions {
  /** A template name; default: the setting «Шаблон дорожной карты» (or the one the bases suggest). */
  template?: string;
  /** The year the academic year starts in; default: the setting «Учебный год». */
  academicYear?: number;
}

/** «Сформировать дорожную карту»: the chosen template's events for the year, merged with the methodist's edits. */
export function generateRoadmapUseCase(env: Env, options: RoadmapOptions = {}): Outcome {
  const { workbook } = env;
  const now = env.clock.now();
  const text = roadmapMessages(env.locale);
  const settings = Settings.fromSheet(workbook.readSheet(SETTINGS_SHEET));
  const templates = readOrSeedTemplates(workbook);
  const available = [...new Set(templates.events.map((e) => e.template))];
  if (options.template && !available.some((name) => textKey(name) === textKey(options.template ?? ''))) {
    return {
      status: 'nothing-to-do',
      title: text.notDoneTitle,
      lines: [text.unknownTemplate(options.template, TEMPLATES_SHEET), text.available(available)],
    };
  }
  const profile = programProfile(workbook);
  const template = chooseTemplate(options.template ?? settings.text('roadmapTemplate'), available, profile);
  const configured = programPeriod(settings);
  if (options.academicYear !== undefined && configured.explicit) {
    return {
      status: 'nothing-to-do',
      title: text.notDoneTitle,
      lines: [text.yearWithPeriod(options.academicYear, configured.label)],
      figures: { refused: 'year' },
    };
  }
  const period = options.academicYear === undefined ? configured : academicYearPeriod(options.academicYear);
  const academicYear = period.academicYear;
  const templateEvents = templates.events.filter((e) => textKey(e.template) === textKey(template));
  const { events, problems } = generateRoadmap(templateEvents, { period, forms: profile.forms, settings });
  env.progress.report(text.progress(events.length));
  const existing = workbook.readSheet(ROADMAP_SHEET);
  const sheet = buildRoadmapSheet({ existing, events, period, now, fingerprints: readFingerprints(env) });
  workbook.ensureSheet(ROADMAP_SHEET);
  workbook.writeBlock(ROADMAP_SHEET, {
    row: 1,
    col: 1,
    values: sheet.grid,
    backgrounds: sheet.backgrounds,
    fontWeights: sheet.fontWeights,
    wrap: true,
  });
  const previousHeight = existing?.length ?? 0;
  if (previousHeight > sheet.grid.length) workbook.clearRows(ROADMAP_SHEET, sheet.grid.length + 1, previousHeight);
  workbook.formatSheet(ROADMAP_SHEET, roadmapFormat(sheet.index, sheet.months));
  env.store.set(FINGERPRINTS_KEY, JSON.stringify(sheet.fingerprints));
  const allProblems = [...configured.problems, ...templates.problems, ...problems];
  writeProblems(workbook, ROADMAP_SOURCE, allProblems, now);
  return {
    status: 'done',
    title: text.doneTitle,
    lines: [
      period.explicit
        ? text.periodSummary(template, period.label, period.years.length, events.length, ROADMAP_SHEET)
        : text.summary(template, academicYear, events.length, ROADMAP_SHEET),
      profile.forms.length > 0 ? text.forms(profile.forms) : text.noForms,
      ...(sheet.counts.editedKept > 0 ? [text.editedKept(sheet.counts.editedKept)] : []),
      ...(sheet.counts.manualKept > 0 ? [text.manualKept(sheet.counts.manualKept)] : []),
      ...(sheet.counts.overdue > 0 ? [text.overdue(sheet.counts.overdue)] : []),
      ...(templates.seeded ? [text.seeded(TEMPLATES_SHEET)] : []),
      text.howToChange,
      ...(allProblems.length > 0 ? [text.problems(allProblems.length)] : []),
    ],
    figures: {
      events: events.length,
      editedKept: sheet.counts.editedKept,
      manualKept: sheet.counts.manualKept,
      overdue: sheet.counts.overdue,
      template,
      academicYear,
      period: period.label,
      years: period.years.length,
    },
  };
}

function readFingerprints(env: Env): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(env.store.get(FINGERPRINTS_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function roadmapFormat(index: Map<string, number>, months: ReadonlyArray<{ year: number; month: number }>) {
  const timeline = timelineColumns(months);
  const columns: ColumnFormat[] = roadmapColumns(timeline).map((column) => {
    const col = (index.get(column.key) as number) + 1;
    const format: ColumnFormat = { col, width: column.width, note: column.note };
    if (column.key === CODE_COLUMN.key) format.helper = true;
    if (column.type === 'date') format.numberFormat = 'dd.mm.yyyy';
    if (column.key === 'status') {
      format.validation = { kind: 'list', values: [...ROADMAP_STATUSES], strict: false };
      format.valueColours = [{ value: STATUS_DONE, background: COLORS.done }];
    }
    const month = timeline.findIndex((c) => c.key === column.key);
    if (month >= 0)
      format.note = `${MONTH_NAMES[months[month].month - 1]} ${months[month].year}: закрашены месяцы проведения мероприятия`;
    return format;
  });
  return { frozenRows: 1, frozenColumns: 3, headerBold: true, headerWrap: true, columns, tabColor: '#6fa8dc' };
}
