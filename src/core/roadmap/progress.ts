import type { Grid } from '../cell';
import { readRoadmapRows, type RoadmapState, roadmapState } from './roadmap-rows';

export interface RoadmapProgress {
  total: number;
  done: number;
  overdue: number;
  inProgress: number;
  upcoming: number;
  cancelled: number;
  /** Done share of the events that are not cancelled, 0–100 (0 when there are none). */
  donePercent: number;
}

/**
 * Progress of «Дорожная карта» for «Сводка»: pass the sheet as read and `clock.now()`.
 * Overdue = not done or cancelled and its end is before today.
 */
export function roadmapProgress(grid: Grid | null, now: Date = new Date()): RoadmapProgress {
  const counts: Record<RoadmapState, number> = { done: 0, cancelled: 0, overdue: 0, inProgress: 0, upcoming: 0 };
  const rows = readRoadmapRows(grid);
  for (const row of rows) counts[roadmapState(row.status, row.end, now)] += 1;
  const active = rows.length - counts.cancelled;
  return {
    total: rows.length,
    ...counts,
    donePercent: active === 0 ? 0 : Math.round((counts.done / active) * 100),
  };
}
