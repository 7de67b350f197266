import { cellText, type Grid } from '../cell';
import { PAIR_COLUMNS } from '../pairs/register-layout';
import { mapHeader } from '../sheet/header-map';
import { textKey } from '../text/normalize';

export interface RegisterPair {
  pairId: string;
  groupId: string;
  mentorId: string;
  menteeId: string;
  form: string;
  /** A blank status counts as active: the curator has not closed the pair. */
  active: boolean;
}

/** The pairs of the register «Пары», read by header names. */
export function readRegister(grid: Grid | null): RegisterPair[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], PAIR_COLUMNS);
  const at = (row: Grid[number], key: string) => cellText(row[map.index.get(key) ?? -1]);
  return grid
    .slice(1)
    .filter((row) => at(row, 'mentorId') !== '' && at(row, 'menteeId') !== '')
    .map((row) => {
      const status = textKey(at(row, 'status'));
      return {
        pairId: at(row, 'pairId'),
        groupId: at(row, 'groupId'),
        mentorId: at(row, 'mentorId'),
        menteeId: at(row, 'menteeId'),
        form: at(row, 'form'),
        active: status === '' || status === 'активна',
      };
    });
}
