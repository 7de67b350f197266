import type { WorkbookPort } from '../ports';
import type { Bases } from './read-bases';

/** Writes the ids assigned to new participants: one write per base whose «ID» column changed. */
export function writeAssignedIds(workbook: WorkbookPort, bases: Bases): number {
  for (const write of bases.idWrites) {
    workbook.writeBlock(write.sheet, { row: 2, col: write.col, values: write.values });
  }
  return bases.idWrites.length;
}
