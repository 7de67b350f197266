import type { Problem } from '../problems/problem';
import type { Settings } from '../settings/settings';
import { formsIntersect } from './choose-template';
import { resolveTemplateDate } from './dates';
import { resolveResponsible } from './responsible';
import { TEMPLATE_COLUMNS, TEMPLATES_SHEET, type TemplateEvent } from './template';

/** An event of the roadmap of one academic year, dates and names resolved. */
export interface RoadmapEvent {
  /** `<academic year>-<template code>`: the row's identity in «Дорожная карта». */
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
  academicYear: number;
  /** Forms used by the program; empty — unknown yet, every event is kept. */
  forms: readonly string[];
  settings: Settings;
}

export function roadmapCode(academicYear: number, templateCode: string): string {
  return `${academicYear}-${templateCode}`;
}

/** The template's events for the year: only those of the forms in use, dates within the academic year. */
export function generateRoadmap(
  template: readonly TemplateEvent[],
  options: GenerateOptions,
): { events: RoadmapEvent[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const events: RoadmapEvent[] = [];
  for (const item of template) {
    if (item.forms.length > 0 && options.forms.length > 0 && !formsIntersect(options.forms, item.forms)) continue;
    const start = resolveTemplateDate(item.start, options.academicYear);
    const end = resolveTemplateDate(item.end, options.academicYear);
    if (!start.ok || !end.ok) continue;
    let endDate = end.value;
    if (endDate < start.value) {
      problems.push({
        sheet: TEMPLATES_SHEET,
        row: item.row || null,
        column: TEMPLATE_COLUMNS.find((c) => c.key === 'end')?.header ?? null,
        value: item.end,
        message: `окончание раньше начала (${item.start}) в пределах учебного года (август — июль); взята дата начала`,
        severity: 'warning',
      });
      endDate = start.value;
    }
    events.push({
      code: roadmapCode(options.academicYear, item.code),
      stage: item.stage,
      event: item.event,
      content: item.content,
      start: start.value,
      end: endDate,
      responsible: resolveResponsible(item.responsible, options.settings),
      result: item.result,
    });
  }
  return { events, problems };
}
