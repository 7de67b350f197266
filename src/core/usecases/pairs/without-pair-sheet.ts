import { type Cell, cellText } from '../../cell';
import { UNMATCHED_COLUMNS, UNMATCHED_SHEET, UNMATCHED_SPEC } from '../../matching/unmatched-sheet';
import type { WorkbookPort } from '../../ports';
import { readPopulation } from '../../program/load';
import type { Population } from '../../program/population';
import { populationMissingForms } from '../../program/without-pair';
import { textKey } from '../../text/normalize';
import { mapHeader, rowRecord } from '../../sheet/header-map';
import type { ColumnSpec } from '../../sheet/layout';
import { mergeOwnedTable, writeGrid } from '../../sheet/owned-table';

/** What the last matching run says about a mentee (why no pair, or what it proposed). */
export interface PairingNote {
  reason: string;
  nearMiss: string;
}

/** Said of someone no run has explained yet (added to the bases since, or a pair was closed). */
export const NOT_MATCHED_YET = 'нет активной или завершённой пары в «Парах»: выполните «Сформировать пары»';

/** Said of a form missing for someone who has a pair for another form (not «без пары» in П-05). */
export const PARTLY_MATCHED = 'по другой форме пара есть, по этой — нет: выполните «Сформировать пары»';

/** Notes are kept per (mentee, form): a mentee who needs two forms has a reason for each. */
export function noteKey(menteeId: string, form: string): string {
  return `${menteeId}\u0001${textKey(form)}`;
}

/**
 * «Без пары» lists exactly the programme model's «без пары» (П-05): the population's counted
 * mentees (consent, no errors, not «выбыл») without an active or completed pair in «Пары». The
 * reason is this run's note, else the one the sheet already holds, else «не подобрана». People
 * without consent or with errors are not here: their rows are on «Проблемы». A mentee who needs
 * several forms has a row per missing form; one with a pair for another form is listed too but
 * is not «без пары» in П-05. Returns how many people have no pair at all (П-05).
 */
export function writeWithoutPair(
  workbook: WorkbookPort,
  now: Date,
  notes: ReadonlyMap<string, PairingNote>,
  /** The caller's population when it has read the bases already (each sheet is read once). */
  population: Population = readPopulation(workbook, now).population,
): number {
  const missing = populationMissingForms(population);
  const existing = workbook.readSheet(UNMATCHED_SHEET);
  const previous = previousNotes(existing);
  const generated: Record<string, Cell>[] = missing.map(({ mentee, form, withoutAnyPair }) => {
    const key = noteKey(mentee.id, form);
    const note = notes.get(key) ?? notes.get(mentee.id) ?? previous.get(key);
    const fallback = withoutAnyPair ? NOT_MATCHED_YET : PARTLY_MATCHED;
    return {
      menteeId: mentee.id,
      menteeName: mentee.fio,
      form,
      reason: note?.reason || fallback,
      nearMiss: note?.nearMiss ?? '',
      comment: null,
    };
  });
  const merged = mergeOwnedTable(existing, UNMATCHED_SPEC, generated);
  writeGrid(workbook, UNMATCHED_SHEET, merged.grid, existing?.length ?? 0);
  workbook.formatSheet(UNMATCHED_SHEET, {
    frozenRows: 1,
    headerBold: true,
    headerWrap: true,
    headerBackground: '#fce8e6',
    columns: UNMATCHED_COLUMNS.map((column) => ({
      col: (merged.index.get(column.key) as number) + 1,
      width: column.width,
      ...(column.key === 'reason' || column.key === 'nearMiss' ? { wrap: true } : {}),
    })),
  });
  return new Set(missing.filter((m) => m.withoutAnyPair).map((m) => m.mentee.id)).size;
}

function previousNotes(grid: ReturnType<WorkbookPort['readSheet']>): Map<string, PairingNote> {
  const notes = new Map<string, PairingNote>();
  if (!grid || grid.length === 0) return notes;
  const map = mapHeader(grid[0], UNMATCHED_COLUMNS as ColumnSpec[]);
  for (const row of grid.slice(1)) {
    const record = rowRecord(row, map);
    const id = cellText(record.menteeId ?? null);
    if (id !== '')
      notes.set(noteKey(id, cellText(record.form ?? null)), {
        reason: cellText(record.reason ?? null),
        nearMiss: cellText(record.nearMiss ?? null),
      });
  }
  return notes;
}
