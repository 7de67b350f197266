import { type Cell, cellText, type Grid, isBlank, rectangular } from '../cell';
import { mapHeader, rowRecord } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { mergeOwnedTable, type OwnedTableSpec, recordOf } from '../sheet/owned-table';
import { parseDate } from '../text/parse';
import { textKey } from '../text/normalize';
import { type ProgramPeriod, type ProgramYear, programYearOf, roadmapWindow } from '../program/period';
import { monthsBetween } from './dates';
import { DATES_PREFIX, type RoadmapEvent } from './generate';
import {
  CONTENT_KEYS,
  isTimelineHeader,
  parseTimelineHeader,
  ROADMAP_COLUMNS,
  ROADMAP_TABLE_COLUMNS,
  roadmapColumns,
  STATUS_PLANNED,
  timelineColumns,
} from './roadmap-layout';
import { type RoadmapState, roadmapState } from './roadmap-rows';

export const COLORS = {
  header: '#d9e7f5',
  overdue: '#f4cccc',
  done: '#d9ead3',
  bar: '#6fa8dc',
  barOverdue: '#e06666',
  barDone: '#93c47d',
} as const;

export interface RoadmapSheetInput {
  existing: Grid | null;
  events: readonly RoadmapEvent[];
  /** The programme's years: the timeline's months, the rows' order. */
  period: Pick<ProgramPeriod, 'years'> & Partial<Pick<ProgramPeriod, 'start' | 'end' | 'explicit' | 'kind'>>;
  now: Date;
  /** Fingerprints of the content last generated per code (from the store); {} when unknown. */
  fingerprints: Record<string, string>;
}

export interface RoadmapSheet {
  grid: Grid;
  /** `undefined` for the methodist's own columns: their fill is left alone. */
  backgrounds: (string | null | undefined)[][];
  fontWeights: ('bold' | 'normal' | null)[][];
  index: Map<string, number>;
  fingerprints: Record<string, string>;
  /** The month columns written, in order (for their notes). */
  months: Array<{ year: number; month: number }>;
  counts: { generated: number; editedKept: number; manualKept: number; overdue: number };
}

const keyOf = (record: Record<string, Cell>) => cellText(record.code ?? null);

/**
 * The new «Дорожная карта» grid: generated events merged with the sheet as the methodist left it.
 * A row whose content differs from what was generated last time counts as edited and keeps its
 * text; status, mark and link always survive; rows without a code (added by hand) and rows that
 * carry the methodist's marks are kept; rows are ordered by stage and date and renumbered.
 */
export function buildRoadmapSheet(input: RoadmapSheetInput): RoadmapSheet {
  const months = periodMonths(input.period);
  const timeline = timelineColumns(months);
  const spec: OwnedTableSpec = { columns: roadmapColumns(timeline), keyOf };
  const { grid: existing, removed } = withoutOldTimeline(input.existing ? rectangular(input.existing) : null, timeline);
  const previous = previousRowsByCode(existing);
  const fingerprints: Record<string, string> = {};
  let editedKept = 0;
  const generated = input.events.map((event) => {
    const record: Record<string, Cell> = { ...eventRecord(event, timeline) };
    const prior = previous.get(event.code);
    const stored = input.fingerprints[event.code];
    const priorPrint = prior ? fingerprint(prior) : undefined;
    const edited = prior !== undefined && priorPrint !== (stored ?? fingerprint(record));
    if (edited && prior) {
      for (const key of CONTENT_KEYS) record[key] = prior[key] ?? null;
      if (stored !== undefined) fingerprints[event.code] = stored;
      editedKept += 1;
    } else {
      fingerprints[event.code] = fingerprint(record);
    }
    return record;
  });
  const produced = new Set(input.events.map((e) => e.code));
  let manualKept = 0;
  const merged = mergeOwnedTable(existing, spec, generated, {
    // Rows not generated this time: the methodist's own (no code), copies of a generated row
    // (its code again), rows with their marks, and rows whose text they edited stay.
    keepRow: (record) => {
      const code = cellText(record.code ?? null);
      const stored = input.fingerprints[code];
      const edited = stored !== undefined && fingerprint(record) !== stored;
      const keep = code === '' || produced.has(code) || hasUsersTrace(record) || edited;
      if (keep) manualKept += 1;
      return keep;
    },
  });
  const stageOrder = new Map<string, number>();
  for (const event of input.events)
    if (!stageOrder.has(textKey(event.stage))) stageOrder.set(textKey(event.stage), stageOrder.size);
  const [header, ...rows] = merged.grid;
  const ordered = sortRows(rows, merged.index, stageOrder, input.period);
  const numberCol = merged.index.get('number') as number;
  ordered.forEach((row, i) => {
    row[numberCol] = i + 1;
  });
  // the month columns of another period are gone: blank cells over their old place clear them
  const pad = <T>(row: T[], value: T) => [...row, ...Array.from({ length: removed }, () => value)];
  const shaded = shading([header, ...ordered], merged.index, timeline, months, input.now);
  const grid = [header, ...ordered].map((row) => pad<Cell>(row, null));
  const backgrounds = shaded.backgrounds.map((row) => pad<string | null | undefined>(row, null));
  const overdue = shaded.overdue;
  const fontWeights = grid.map((row, r) => row.map(() => (r === 0 ? ('bold' as const) : null)));
  return {
    grid,
    backgrounds,
    fontWeights,
    index: merged.index,
    fingerprints,
    months,
    counts: { generated: input.events.length, editedKept, manualKept, overdue },
  };
}

function eventRecord(event: RoadmapEvent, timeline: readonly { key: string }[]): Record<string, Cell> {
  const record: Record<string, Cell> = {
    number: null,
    stage: event.stage,
    event: event.event,
    content: event.content,
    start: event.start,
    end: event.end,
    responsible: event.responsible,
    result: event.result,
    status: STATUS_PLANNED,
    mark: null,
    link: null,
    code: event.code,
  };
  for (const column of timeline) record[column.key] = null;
  return record;
}

/** The months of the timeline: August…July of each academic year, or January…December of each calendar year (within a period of «Настройки», see roadmapWindow). */
export function periodMonths(
  period: Pick<ProgramPeriod, 'years'> & Partial<Pick<ProgramPeriod, 'start' | 'end' | 'explicit' | 'kind'>>,
): Array<{ year: number; month: number }> {
  const { start, end, explicit, kind } = period;
  // a period of «Настройки» shows the months its events may fall on (a programme ending in December: no next summer)
  if (explicit && start && end && kind) {
    const window = roadmapWindow({ years: period.years, start, end, explicit, kind });
    return monthsBetween(window.start, window.end);
  }
  return monthsBetween(period.years[0].start, (period.years.at(-1) as ProgramYear).end);
}

/**
 * The sheet with month columns of another period (a switch from one academic year to a calendar
 * year or to three years) replaced, in place, by this period's; their headers are the add-on's own.
 * `removed`: how many columns the sheet lost (blanked on write).
 */
function withoutOldTimeline(
  grid: Grid | null,
  timeline: readonly { header: string }[],
): { grid: Grid | null; removed: number } {
  if (!grid || grid.length === 0) return { grid, removed: 0 };
  const wanted = timeline.map((column) => column.header);
  const drop = new Set<number>();
  grid[0].forEach((cell, c) => {
    if (isTimelineHeader(cellText(cell))) drop.add(c);
  });
  const found = [...drop].map((c) => cellText(grid[0][c]).trim().toLowerCase());
  // the same months in the same order: nothing to redo (one academic year after another)
  if (found.length === wanted.length && found.every((header, i) => header === wanted[i]) && isRun(drop))
    return { grid, removed: 0 };
  if (drop.size === 0) return { grid, removed: 0 };
  const at = Math.min(...drop);
  const fresh = wanted;
  const rebuilt = grid.map((row, r) => {
    const before = row.slice(0, at).filter((_, c) => !drop.has(c));
    const after = row.slice(at).filter((_, c) => !drop.has(c + at));
    return [...before, ...fresh.map((header) => (r === 0 ? header : null)), ...after];
  });
  return { grid: rebuilt, removed: Math.max(0, drop.size - fresh.length) };
}

/** Column indexes side by side. */
function isRun(columns: ReadonlySet<number>): boolean {
  const sorted = [...columns].sort((x, y) => x - y);
  return sorted.every((c, i) => i === 0 || c === sorted[i - 1] + 1);
}

function previousRowsByCode(existing: Grid | null): Map<string, Record<string, Cell>> {
  const rows = new Map<string, Record<string, Cell>>();
  if (!existing || existing.length === 0) return rows;
  const map = mapHeader(existing[0], ROADMAP_COLUMNS as ColumnSpec[]);
  for (const row of existing.slice(1)) {
    const record = rowRecord(row, map);
    const code = cellText(record.code);
    if (code !== '' && !rows.has(code)) rows.set(code, record);
  }
  return rows;
}

/** A short hash of the content columns as text (FNV-1a): small enough for the store. */
export function fingerprint(record: Record<string, Cell>): string {
  const text = CONTENT_KEYS.map((key) => {
    const cell = record[key] ?? null;
    return cellText(cell instanceof Date ? nearestDay(cell) : cell);
  }).join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The calendar day nearest to a date cell: a spreadsheet in another time zone than the script
 * returns 01.10 00:00 as 30.09 21:00 or 01.10 03:00, which must not read as an edit.
 */
function nearestDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + (date.getHours() >= 12 ? 1 : 0));
}

function hasUsersTrace(record: Record<string, Cell>): boolean {
  const status = textKey(cellText(record.status ?? null));
  return !isBlank(record.mark) || !isBlank(record.link) || (status !== '' && status !== STATUS_PLANNED);
}

/**
 * Rows of other periods last; over several years, year by year (by the code's year, a manual row by
 * its start); then by stage and date.
 */
function sortRows(
  rows: Cell[][],
  index: Map<string, number>,
  stageOrder: Map<string, number>,
  period: Pick<ProgramPeriod, 'years'>,
): Cell[][] {
  const yearByPrefix = new Map(period.years.map((year) => [`${year.first}-`, year.number]));
  const sortKey = (row: Cell[]) => {
    const record = recordOf(row, index);
    const code = cellText(record.code);
    const codeYear = yearByPrefix.get(/^\d{4}-/.exec(code)?.[0] ?? '');
    const otherYear = code !== '' && codeYear === undefined ? 1 : 0;
    const stage = stageOrder.get(textKey(cellText(record.stage))) ?? leadingNumber(cellText(record.stage)) ?? 999;
    const start = parseDate(record.start);
    const year =
      period.years.length === 1 ? 1 : (codeYear ?? (start.ok ? programYearOf(period, start.value).number : 999));
    return { otherYear, year, stage, start: start.ok ? start.value.getTime() : Number.MAX_SAFE_INTEGER };
  };
  const keyed = rows.map((row, i) => ({ row, i, key: sortKey(row) }));
  keyed.sort(
    (a, b) =>
      a.key.otherYear - b.key.otherYear ||
      a.key.year - b.key.year ||
      a.key.stage - b.key.stage ||
      a.key.start - b.key.start ||
      a.i - b.i,
  );
  return keyed.map((k) => k.row);
}

function leadingNumber(text: string): number | undefined {
  const match = /^(\d+)/.exec(text.trim());
  return match ? Number(match[1]) - 1 : undefined;
}

function shading(
  grid: Grid,
  index: Map<string, number>,
  timeline: readonly { key: string }[],
  months: ReadonlyArray<{ year: number; month: number }>,
  now: Date,
) {
  const tableCols = new Set(ROADMAP_TABLE_COLUMNS.map((c) => index.get(c.key) as number));
  const monthCols = timeline.map((c) => index.get(c.key) as number);
  let overdue = 0;
  const backgrounds = grid.map((row, r) => {
    if (r === 0) return row.map((_, c) => (tableCols.has(c) || monthCols.includes(c) ? COLORS.header : undefined));
    const record = recordOf(row, index);
    const start = parseDate(record.start);
    const end = parseDate(record.end);
    const state = roadmapState(cellText(record.status ?? null), end.ok ? end.value : null, now);
    if (state === 'overdue') overdue += 1;
    const colors: (string | null | undefined)[] = row.map((_, c) =>
      tableCols.has(c) ? rowColor(state) : monthCols.includes(c) ? null : undefined,
    );
    const listed = listedDates(cellText(record.content ?? null));
    if (listed.length > 0) {
      // a repeated event kept in one row: only the months of its dates
      months.forEach(({ year, month }, m) => {
        if (listed.some((d) => d.getFullYear() === year && d.getMonth() === month - 1))
          colors[monthCols[m]] = barColor(state);
      });
    } else if (start.ok && end.ok) {
      months.forEach(({ year, month }, m) => {
        const first = new Date(year, month - 1, 1);
        const last = new Date(year, month, 0);
        if (first <= end.value && last >= start.value) colors[monthCols[m]] = barColor(state);
      });
    }
    return colors;
  });
  return { backgrounds, overdue };
}

/** The dates of a «Даты: 15.10.2026, 15.11.2026…» line of «Содержание» (a repeated event in one row). */
function listedDates(content: string): Date[] {
  const line = content.split('\n').find((text) => text.startsWith(DATES_PREFIX));
  if (!line) return [];
  return line
    .slice(DATES_PREFIX.length)
    .split(/[,;]\s*/)
    .map((text) => parseDate(text.trim()))
    .flatMap((parsed) => (parsed.ok ? [parsed.value] : []));
}

function rowColor(state: RoadmapState): string | null {
  if (state === 'overdue') return COLORS.overdue;
  if (state === 'done') return COLORS.done;
  return null;
}

function barColor(state: RoadmapState): string {
  if (state === 'overdue') return COLORS.barOverdue;
  if (state === 'done') return COLORS.barDone;
  return COLORS.bar;
}

/**
 * The fills of a «Дорожная карта» as it now stands: when the tool marks an event done from its
 * evidence (program/load.ts), the row must stop being red at once, not at the next regeneration.
 * The months come from the sheet's own timeline header («сен», or «сен 2026» over several years);
 * a year-less header starts in the year of the earliest event; without a timeline only the table is shaded.
 */
export function reshadeRoadmap(grid: Grid, now: Date): { grid: Grid; backgrounds: (string | null | undefined)[][] } {
  const table = rectangular(grid);
  const months = timelineOf(table);
  const timeline = timelineColumns(months);
  const index = mapHeader(table[0] ?? [], roadmapColumns(timeline) as ColumnSpec[]).index;
  return { grid: table, backgrounds: shading(table, index, timeline, months, now).backgrounds };
}

function timelineOf(grid: Grid): Array<{ year: number; month: number }> {
  const parsed = (grid[0] ?? []).flatMap((cell) => parseTimelineHeader(cellText(cell)) ?? []);
  if (parsed.length === 0) return [];
  if (parsed.every((m) => m.year !== null)) return parsed as Array<{ year: number; month: number }>;
  const index = mapHeader(grid[0] ?? [], ROADMAP_TABLE_COLUMNS as ColumnSpec[]).index;
  const startCol = index.get('start');
  const starts = grid
    .slice(1)
    .map((row) => parseDate(startCol === undefined ? null : (row[startCol] ?? null)))
    .flatMap((d) => (d.ok ? [d.value] : []));
  const earliest = starts.length > 0 ? new Date(Math.min(...starts.map((d) => d.getTime()))) : new Date();
  const first = parsed[0].month;
  let year = earliest.getMonth() + 1 >= first ? earliest.getFullYear() : earliest.getFullYear() - 1;
  return parsed.map(({ month }, i) => {
    if (i > 0 && month < parsed[i - 1].month) year += 1;
    return { year, month };
  });
}
