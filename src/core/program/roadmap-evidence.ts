import { type Cell, cellText, formatRuDate, type Grid } from '../cell';
import { ROADMAP_COLUMNS, STATUS_DONE, STATUS_PLANNED } from '../roadmap/roadmap-layout';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { textKey } from '../text/normalize';

/** Facts the tool itself holds that show an event of the roadmap took place. */
export type EvidenceKind = 'order' | 'plans' | 'report' | 'pairs' | 'entrySurvey' | 'exitSurvey' | 'preferences';

export type Evidence = Partial<Record<EvidenceKind, boolean>>;

/**
 * Which events each fact closes, by words of the event's name (data, not code:
 * add a line for a new kind of event). An event matched by several rules needs all their facts.
 */
export const EVIDENCE_RULES: ReadonlyArray<{ kind: EvidenceKind; words: string[]; says: string }> = [
  { kind: 'pairs', words: ['формирование наставнических пар', 'формирование пар'], says: 'пары в «Парах»' },
  { kind: 'order', words: ['об утверждении наставнических пар', 'утверждение пар'], says: 'приказ в «Документах»' },
  {
    kind: 'plans',
    words: ['составление индивидуальных планов', 'разработка индивидуальных планов'],
    says: 'планы в «Документах»',
  },
  { kind: 'entrySurvey', words: ['входное анкетирование', 'входная диагностика'], says: 'ответы входа в «Ответах»' },
  {
    kind: 'exitSurvey',
    words: ['выходное анкетирование', 'итоговое анкетирование'],
    says: 'ответы выхода в «Ответах»',
  },
  {
    kind: 'preferences',
    words: ['анкеты предпочтений', 'анкетирование предпочтений', 'встреча-знакомство'],
    says: '«Предпочтения»',
  },
  { kind: 'report', words: ['аналитический отчёт', 'аналитический отчет'], says: 'отчёт в «Документах»' },
];

/** Marks the tool writes; a mark that starts so is the tool's and may be rewritten. */
export const AUTO_MARK = 'Отмечено автоматически';

/** A status the methodist has not chosen: the template's default or blank. */
function isDefaultStatus(status: string): boolean {
  const key = textKey(status);
  return key === '' || key === STATUS_PLANNED;
}

export interface EvidenceUpdate {
  /** Grid rows (0-based, header = 0) whose status becomes «выполнено». */
  rows: number[];
  statusCol: number;
  markCol: number | undefined;
  /** The sheet with the new statuses and marks (the caller writes these two columns). */
  grid: Grid;
}

/** The events that evidence closes; null when nothing changes. The methodist's own status always wins. */
export function applyEvidence(grid: Grid | null, evidence: Evidence, now: Date): EvidenceUpdate | null {
  if (!grid || grid.length < 2) return null;
  const map = mapHeader(grid[0], ROADMAP_COLUMNS as ColumnSpec[]);
  const col = (key: string) => map.index.get(key);
  const [statusCol, markCol, eventCol] = [col('status'), col('mark'), col('event')];
  if (statusCol === undefined || eventCol === undefined) return null;
  const updated = grid.map((row) => [...row]);
  const rows: number[] = [];
  updated.forEach((row, r) => {
    if (r === 0 || !isDefaultStatus(cellText(row[statusCol] ?? null))) return;
    // the name only: a result such as «индивидуальные планы» also appears under events of pair work
    const text = textKey(cellText(row[eventCol] ?? null));
    const rules = EVIDENCE_RULES.filter((rule) => rule.words.some((w) => text.includes(textKey(w))));
    if (rules.length === 0 || !rules.every((rule) => evidence[rule.kind] === true)) return;
    row[statusCol] = STATUS_DONE;
    if (markCol !== undefined) {
      const mark = cellText(row[markCol] ?? null);
      if (mark === '' || mark.startsWith(AUTO_MARK))
        row[markCol] = `${AUTO_MARK} ${formatRuDate(now)}: ${rules.map((rule) => rule.says).join(', ')}` as Cell;
    }
    rows.push(r);
  });
  return rows.length === 0 ? null : { rows, statusCol, markCol, grid: updated };
}
