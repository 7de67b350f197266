import { formatRuDate } from '../cell';
import {
  academicYearPeriod,
  periodText,
  type ProgramPeriod,
  type ProgramYear,
  programYearOf,
  roadmapWindow,
} from '../program/period';
import type { Problem } from '../problems/problem';
import type { Settings } from '../settings/settings';
import { textKey } from '../text/normalize';
import { formsIntersect } from './choose-template';
import { absoluteTemplateDate, placeDayMonth, typedYear } from './dates';
import { resolveResponsible } from './responsible';
import { chooseYears, occurrences, parseRepeat, REPEAT_LIST, type RepeatLayout } from './schedule';
import { TEMPLATE_COLUMNS, TEMPLATES_SHEET, type TemplateEvent } from './template';

/** An event of the roadmap, dates and names resolved. */
export interface RoadmapEvent {
  /** `<year the programme year starts>-<template code>[/<yyyy-mm>]`: the row's identity in «Дорожная карта». */
  code: string;
  stage: string;
  event: string;
  content: string;
  start: Date;
  end: Date;
  responsible: string;
  result: string;
}

export interface GenerateOptions {
  /** The programme's period; default: the one academic year `academicYear`. */
  period?: ProgramPeriod;
  /** The academic year of a one-year programme (when no `period` is given). */
  academicYear?: number;
  /** Forms used by the program; empty — unknown yet, every event is kept. */
  forms: readonly string[];
  settings: Settings;
}

export function roadmapCode(academicYear: number, templateCode: string): string {
  return `${academicYear}-${templateCode}`;
}

/** The line of «Содержание» that lists the dates of a repeated event kept in one row. */
export const DATES_PREFIX = 'Даты: ';

const header = (key: string) => TEMPLATE_COLUMNS.find((c) => c.key === key)?.header ?? key;

/**
 * The template's events over the programme's years: only those of the forms in use; each in the
 * years its «Год программы» names (every year when blank), once when its start carries a year;
 * repeated ones («Повтор») as a row per date or one row listing the dates.
 */
export function generateRoadmap(
  template: readonly TemplateEvent[],
  options: GenerateOptions,
): { events: RoadmapEvent[]; problems: Problem[] } {
  const period = options.period ?? academicYearPeriod(options.academicYear ?? options.settings.number('academicYear'));
  const window = { start: period.years[0].start, end: (period.years.at(-1) as ProgramYear).end };
  const bounds = roadmapWindow(period);
  const layout: RepeatLayout =
    textKey(options.settings.text('roadmapRepeat')) === textKey(REPEAT_LIST) ? 'list' : 'rows';
  const problems: Problem[] = [];
  const events: RoadmapEvent[] = [];
  const seen = new Set<string>();
  for (const item of template) {
    if (item.forms.length > 0 && options.forms.length > 0 && !formsIntersect(options.forms, item.forms)) continue;
    const report = (key: string, value: string, message: string, severity: Problem['severity'] = 'warning') =>
      problems.push({ sheet: TEMPLATES_SHEET, row: item.row || null, column: header(key), value, message, severity });
    const repeat = parseRepeat(item.repeat ?? '');
    if (!repeat)
      report(
        'repeat',
        item.repeat ?? '',
        'не понятен повтор: ожидается «ежемесячно», «ежеквартально» или «раз в полгода» — мероприятие включено один раз',
      );
    const fixedStart = absoluteTemplateDate(item.start, window);
    let years: ProgramYear[];
    if (fixedStart) years = [programYearOf(period, fixedStart)];
    else {
      const chosen = chooseYears(item.years ?? '', period);
      if (!chosen.ok) {
        report(
          'years',
          item.years ?? '',
          'ожидается номер года программы (1, 2, 3; «1–2»), календарный год (2025) или пусто — в каждый год; строка шаблона пропущена',
          'error',
        );
        continue;
      }
      if (chosen.outside.length > 0)
        report(
          'years',
          item.years ?? '',
          `в программе ${period.label} нет года ${chosen.outside.join(', ')} (лет программы: ${period.years.length}) — мероприятие в этот год не включено`,
        );
      years = chosen.years;
      const typed = typedYear(item.start);
      // a year outside the period of «Настройки» is likely a typo; one academic year keeps its old silence
      if (typed !== null && period.explicit)
        report(
          'start',
          String(item.start),
          `дата ${item.start} вне сроков программы (${period.label}) — взяты только день и месяц`,
        );
    }
    const outside: string[] = [];
    for (const year of years) {
      const start = fixedStart ?? placed(item.start, year, period);
      const end = absoluteTemplateDate(item.end, window) ?? placed(item.end, year, period);
      if (!start || !end) continue;
      let endDate = end;
      if (endDate < start) {
        report(
          'end',
          item.end,
          `окончание раньше начала (${item.start}) в пределах ${period.kind === 'calendar' ? 'календарного года (январь — декабрь)' : 'учебного года (август — июль)'}; взята дата начала. Мероприятие дольше года — впишите даты с годом (01.12.2023 и 01.12.2024)`,
        );
        endDate = start;
      }
      const base = {
        stage: item.stage,
        event: item.event,
        content: item.content,
        responsible: resolveResponsible(item.responsible, options.settings),
        result: item.result,
      };
      const code = roadmapCode(year.first, item.code);
      if (seen.has(code)) continue; // one event placed once, whatever its years say
      seen.add(code);
      let dates = occurrences(start, endDate, repeat?.everyMonths ?? 0);
      if (period.explicit && !fixedStart) {
        // the last (or first) year of the programme may be a part of a year: nothing outside its dates
        const once = (repeat?.everyMonths ?? 0) === 0;
        const overlaps = endDate >= bounds.start && start <= bounds.end;
        if (once) dates = overlaps ? [new Date(Math.max(start.getTime(), bounds.start.getTime()))] : [];
        else dates = dates.filter((date) => date >= bounds.start && date <= bounds.end);
        if (dates.length === 0) {
          outside.push(`${year.label}: ${formatRuDate(start)}`);
          continue;
        }
        if (endDate > bounds.end) endDate = bounds.end;
      }
      if (dates.length <= 1 || (repeat?.everyMonths ?? 0) === 0) {
        events.push({ ...base, code, start: dates[0], end: endDate });
      } else if ((repeat?.layout ?? layout) === 'list') {
        const listed = `${DATES_PREFIX}${dates.map(formatRuDate).join(', ')}`;
        events.push({
          ...base,
          code,
          content: base.content === '' ? listed : `${base.content}\n${listed}`,
          start: dates[0],
          end: dates[dates.length - 1],
        });
      } else {
        for (const date of dates) events.push({ ...base, code: `${code}/${monthCode(date)}`, start: date, end: date });
      }
    }
    if (outside.length > 0)
      report(
        'start',
        String(item.start),
        `вне сроков программы (${periodText(period)}): ${outside.join('; ')} — в эти годы мероприятие не включено`,
      );
  }
  return { events, problems };
}

function placed(cell: string, year: ProgramYear, period: ProgramPeriod): Date | null {
  const parsed = placeDayMonth(cell, year.first, period.kind);
  return parsed.ok ? parsed.value : null;
}

function monthCode(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
