import { type Cell, cellText, type Grid, isBlank, rectangular } from '../cell';
import { mapHeader, rowRecord } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { mergeOwnedTable, type OwnedTableSpec, recordOf } from '../sheet/owned-table';
import { parseDate } from '../text/parse';
import { textKey } from '../text/normalize';
import { cycleMonths } from './dates';
import type { RoadmapEvent } from './generate';
import {
  CONTENT_KEYS,
  ROADMAP_COLUMNS,
  ROADMAP_TABLE_COLUMNS,
  STATUS_PLANNED,
  TIMELINE_COLUMNS,
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
  academicYear: number;
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
  counts: { generated: number; editedKept: number; manualKept: number; overdue: number };
}

const spec: OwnedTableSpec = { columns: ROADMAP_COLUMNS, keyOf: (record) => cellText(record.code) };

/**
 * The new «Дорожная карта» grid: generated events merged with the sheet as the methodist left it.
 * A row whose content differs from what was generated last time counts as edited and keeps its
 * text; status, mark and link always survive; rows without a code (added by hand) and rows that
 * carry the methodist's marks are kept; rows are ordered by stage and date and renumbered.
 */
export function buildRoadmapSheet(input: RoadmapSheetInput): RoadmapSheet {
  const existing = input.existing ? rectangular(input.existing) : null;
  const previous = previousRowsByCode(existing);
  const fingerprints: Record<string, string> = {};
  let editedKept = 0;
  const generated = input.events.map((event) => {
    const record: Record<string, Cell> = { ...eventRecord(event) };
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
  const ordered = sortRows(rows, merged.index, stageOrder, input.academicYear);
  const numberCol = merged.index.get('number') as number;
  ordered.forEach((row, i) => {
    row[numberCol] = i + 1;
  });
  const grid = [header, ...ordered];
  const { backgrounds, overdue } = shading(grid, merged.index, input.academicYear, input.now);
  const fontWeights = grid.map((row, r) => row.map(() => (r === 0 ? ('bold' as const) : null)));
  return {
    grid,
    backgrounds,
    fontWeights,
    index: merged.index,
    fingerprints,
    counts: { generated: input.events.length, editedKept, manualKept, overdue },
  };
}

function eventRecord(event: RoadmapEvent): Record<string, Cell> {
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
  for (const column of TIMELINE_COLUMNS) record[column.key] = null;
  return record;
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

function sortRows(
  rows: Cell[][],
  index: Map<string, number>,
  stageOrder: Map<string, number>,
  academicYear: number,
): Cell[][] {
  const sortKey = (row: Cell[]) => {
    const record = recordOf(row, index);
    const code = cellText(record.code);
    const otherYear = code !== '' && !code.startsWith(`${academicYear}-`) ? 1 : 0;
    const stage = stageOrder.get(textKey(cellText(record.stage))) ?? leadingNumber(cellText(record.stage)) ?? 999;
    const start = parseDate(record.start);
    return { otherYear, stage, start: start.ok ? start.value.getTime() : Number.MAX_SAFE_INTEGER };
  };
  const keyed = rows.map((row, i) => ({ row, i, key: sortKey(row) }));
  keyed.sort(
    (a, b) => a.key.otherYear - b.key.otherYear || a.key.stage - b.key.stage || a.key.start - b.key.start || a.i - b.i,
  );
  return keyed.map((k) => k.row);
}

function leadingNumber(text: string): number | undefined {
  const match = /^(\d+)/.exec(text.trim());
  return match ? Number(match[1]) - 1 : undefined;
}

function shading(grid: Grid, index: Map<string, number>, academicYear: number, now: Date) {
  const months = cycleMonths(academicYear);
  const tableCols = new Set(ROADMAP_TABLE_COLUMNS.map((c) => index.get(c.key) as number));
  const monthCols = TIMELINE_COLUMNS.map((c) => index.get(c.key) as number);
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
    if (start.ok && end.ok) {
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
