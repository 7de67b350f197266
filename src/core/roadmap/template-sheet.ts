import { type Cell, cellText, formatRuDate, type Grid, isBlank } from '../cell';
import type { WorkbookPort } from '../ports';
import type { Problem } from '../problems/problem';
import { mapHeader, rowRecord } from '../sheet/header-map';
import { numberFormatFor } from '../sheet/layout';
import { splitTags } from '../text/normalize';
import { resolveTemplateDate } from './dates';
import { DEFAULT_TEMPLATE_EVENTS } from './default-templates';
import { TEMPLATE_COLUMNS, TEMPLATES_SHEET, type TemplateEvent } from './template';

export interface TemplatesRead {
  events: TemplateEvent[];
  problems: Problem[];
  /** True when the sheet was missing or empty and the defaults were written into it. */
  seeded: boolean;
}

/** Reads «Шаблоны дорожной карты»; a missing or empty sheet is filled with the default templates first. */
export function readOrSeedTemplates(workbook: WorkbookPort): TemplatesRead {
  const grid = workbook.readSheet(TEMPLATES_SHEET);
  const hasRows = grid?.slice(1).some((row) => row.some((cell) => !isBlank(cell)));
  if (!grid || !hasRows) {
    seedTemplates(workbook);
    return { events: [...DEFAULT_TEMPLATE_EVENTS], problems: [], seeded: true };
  }
  return { ...parseTemplates(grid), seeded: false };
}

export function templatesGrid(events: readonly TemplateEvent[]): Grid {
  const header: Cell[] = TEMPLATE_COLUMNS.map((c) => c.header);
  const rows = events.map((e) => [
    e.template,
    e.code,
    e.stage,
    e.event,
    e.content,
    e.start,
    e.end,
    e.responsible,
    e.result,
    e.forms.join('; '),
    e.years ?? '',
    e.repeat ?? '',
  ]);
  return [header, ...rows];
}

function seedTemplates(workbook: WorkbookPort): void {
  workbook.ensureSheet(TEMPLATES_SHEET);
  workbook.writeBlock(TEMPLATES_SHEET, { row: 1, col: 1, values: templatesGrid(DEFAULT_TEMPLATE_EVENTS) });
  workbook.formatSheet(TEMPLATES_SHEET, {
    frozenRows: 1,
    frozenColumns: 2,
    headerBold: true,
    headerBackground: '#d9e7f5',
    headerWrap: true,
    columns: TEMPLATE_COLUMNS.map((column, i) => ({
      col: i + 1,
      width: column.width,
      note: column.note,
      numberFormat: numberFormatFor(column.type),
    })),
  });
}

/** Template rows of the sheet; a row with a missing field or a bad date is reported and skipped. */
export function parseTemplates(grid: Grid): { events: TemplateEvent[]; problems: Problem[] } {
  const map = mapHeader(grid[0] ?? [], TEMPLATE_COLUMNS);
  const problems: Problem[] = [];
  for (const column of map.missing.filter((c) => c.required)) {
    problems.push({
      sheet: TEMPLATES_SHEET,
      row: 1,
      column: column.header,
      value: '',
      message: `нет столбца «${column.header}» — добавьте его в строку заголовков`,
      severity: 'error',
    });
  }
  if (problems.length > 0) return { events: [], problems };
  const events: TemplateEvent[] = [];
  const codes = new Set<string>();
  grid.slice(1).forEach((row, i) => {
    if (row.every((cell) => isBlank(cell))) return;
    const sheetRow = i + 2;
    const r = rowRecord(row, map);
    const text = (key: string) => cellText(r[key]);
    const report = (key: string, message: string) => {
      const column = TEMPLATE_COLUMNS.find((c) => c.key === key)?.header ?? key;
      problems.push({ sheet: TEMPLATES_SHEET, row: sheetRow, column, value: text(key), message, severity: 'error' });
    };
    const before = problems.length;
    for (const key of ['template', 'code', 'stage', 'event'])
      if (text(key) === '') report(key, 'пустая ячейка — строка шаблона пропущена');
    for (const key of ['start', 'end']) {
      if (!resolveTemplateDate(r[key], 2000).ok)
        report(key, 'ожидается день и месяц «дд.мм», например 25.08 — строка шаблона пропущена');
    }
    const codeKey = `${text('template')}\u0001${text('code')}`;
    if (text('code') !== '' && codes.has(codeKey))
      report('code', 'код уже встречается в этом шаблоне — дайте мероприятию свой код');
    codes.add(codeKey);
    if (problems.length > before) return;
    events.push({
      template: text('template'),
      code: text('code'),
      stage: text('stage'),
      event: text('event'),
      content: text('content'),
      start: dayMonthText(r.start),
      end: dayMonthText(r.end),
      responsible: text('responsible'),
      result: text('result'),
      forms: splitTags(text('forms')),
      years: text('years'),
      repeat: text('repeat'),
      row: sheetRow,
    });
  });
  return { events, problems };
}

/**
 * Keeps a template date as text: «дд.мм» as typed, a date cell as «дд.мм.гггг». Its year counts only
 * inside the programme's years (generate.ts): a roadmap pasted with its dates keeps them, while a
 * date Sheets made of a «25.08» typed in another year gives its day and month, as it always did.
 */
function dayMonthText(cell: Cell): string {
  if (cell instanceof Date) return formatRuDate(cell);
  return cellText(cell);
}
