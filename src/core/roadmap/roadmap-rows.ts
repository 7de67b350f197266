import { cellText, type Grid, isBlank } from '../cell';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { parseDate } from '../text/parse';
import { textKey } from '../text/normalize';
import { dayStart } from './dates';
import { ROADMAP_COLUMNS, STATUS_CANCELLED, STATUS_DONE, STATUS_IN_PROGRESS } from './roadmap-layout';

/** A row of «Дорожная карта» as documents and summaries read it. */
export interface RoadmapRow {
  number: string;
  stage: string;
  event: string;
  content: string;
  start: Date | null;
  end: Date | null;
  responsible: string;
  result: string;
  status: string;
  mark: string;
  link: string;
  code: string;
  /** 1-based sheet row. */
  row: number;
}

export type RoadmapState = 'done' | 'cancelled' | 'overdue' | 'inProgress' | 'upcoming';

export function readRoadmapRows(grid: Grid | null): RoadmapRow[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], ROADMAP_COLUMNS as ColumnSpec[]);
  const at = (row: Grid[number], key: string) => {
    const i = map.index.get(key);
    return i === undefined ? null : (row[i] ?? null);
  };
  const rows: RoadmapRow[] = [];
  grid.slice(1).forEach((row, i) => {
    if (isBlank(at(row, 'event')) && isBlank(at(row, 'stage'))) return;
    const date = (key: string) => {
      const parsed = parseDate(at(row, key));
      return parsed.ok ? parsed.value : null;
    };
    rows.push({
      number: cellText(at(row, 'number')),
      stage: cellText(at(row, 'stage')),
      event: cellText(at(row, 'event')),
      content: cellText(at(row, 'content')),
      start: date('start'),
      end: date('end'),
      responsible: cellText(at(row, 'responsible')),
      result: cellText(at(row, 'result')),
      status: cellText(at(row, 'status')),
      mark: cellText(at(row, 'mark')),
      link: cellText(at(row, 'link')),
      code: cellText(at(row, 'code')),
      row: i + 2,
    });
  });
  return rows;
}

/** Done / cancelled by status; otherwise overdue when its end is before today. */
export function roadmapState(status: string, end: Date | null, now: Date): RoadmapState {
  const key = textKey(status);
  if (key === STATUS_DONE) return 'done';
  if (key === STATUS_CANCELLED) return 'cancelled';
  if (end !== null && dayStart(end) < dayStart(now)) return 'overdue';
  if (key === STATUS_IN_PROGRESS) return 'inProgress';
  return 'upcoming';
}
