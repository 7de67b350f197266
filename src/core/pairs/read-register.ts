import { type Cell, cellText, type Grid, isBlank } from '../cell';
import { mapHeader, rowRecord } from '../sheet/header-map';
import { parseDate } from '../text/parse';
import { textKey } from '../text/normalize';
import { PAIR_COLUMNS, type PairRecord } from './register-layout';

/**
 * The register «Пары», read once by header names, for every feature that needs it (matching,
 * dynamics, indicators, documents). Rows with neither ids nor names are skipped; the status is
 * normalized (a blank status counts as «активна»: the curator has not closed the pair).
 */
export function readPairRegister(grid: Grid | null): PairRecord[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], PAIR_COLUMNS);
  const records: PairRecord[] = [];
  grid.slice(1).forEach((cells, i) => {
    if (cells.every((cell) => isBlank(cell))) return;
    const r = rowRecord(cells, map);
    const text = (key: string) => cellText((r[key] ?? null) as Cell);
    if (['mentorId', 'menteeId', 'mentorName', 'menteeName'].every((key) => text(key) === '')) return;
    const date = (key: string) => {
      const parsed = parseDate(r[key] ?? null);
      return parsed.ok ? parsed.value : null;
    };
    const score = r.score;
    records.push({
      row: i + 2,
      pairId: text('pairId'),
      groupId: text('groupId'),
      mentorId: text('mentorId'),
      mentorName: text('mentorName'),
      menteeId: text('menteeId'),
      menteeName: text('menteeName'),
      form: text('form'),
      roleModel: text('roleModel'),
      kind: text('kind'),
      organization: text('organization'),
      startDate: date('startDate'),
      endDate: date('endDate'),
      status: pairStatus(text('status')),
      score: typeof score === 'number' ? score : null,
      orderRef: text('orderRef'),
    });
  });
  return records;
}

/** «Завершена», «завершено» → «завершена»; blank or «активная» → «активна». */
export function pairStatus(value: string): string {
  const key = textKey(value);
  if (key.startsWith('заверш')) return 'завершена';
  if (key.startsWith('растор')) return 'расторгнута';
  return key === '' || key.startsWith('актив') ? 'активна' : key;
}
