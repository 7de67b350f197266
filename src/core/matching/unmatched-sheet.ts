import { cellText } from '../cell';
import type { OwnedColumn, OwnedTableSpec } from '../sheet/owned-table';
import { textKey } from '../text/normalize';

/** «Без пары»: every form of a mentee the last run left without a pair, why, and the closest candidates. */
export const UNMATCHED_SHEET = 'Без пары';

export const UNMATCHED_COLUMNS: (OwnedColumn & { width?: number })[] = [
  { key: 'menteeId', header: 'ID наставляемого' },
  { key: 'menteeName', header: 'Наставляемый', width: 220 },
  { key: 'form', header: 'Форма', width: 160 },
  { key: 'reason', header: 'Почему нет пары', width: 360 },
  { key: 'nearMiss', header: 'Ближайшие кандидаты', width: 420 },
  { key: 'comment', header: 'Комментарий', editable: true, width: 200 },
];

export const UNMATCHED_SPEC: OwnedTableSpec = {
  columns: UNMATCHED_COLUMNS,
  // One row per missing (mentee, form): a mentee who needs two forms and has one pair is listed for the other.
  keyOf: (record) =>
    cellText(record.menteeId) === '' ? '' : `${cellText(record.menteeId)}\u0001${textKey(cellText(record.form))}`,
};
