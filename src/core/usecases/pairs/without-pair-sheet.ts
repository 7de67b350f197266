import { type Cell, cellText } from '../../cell';
import { UNMATCHED_COLUMNS, UNMATCHED_SHEET, UNMATCHED_SPEC, unmatchedKey } from '../../matching/unmatched-sheet';
import type { WorkbookPort } from '../../ports';
import { readPopulation } from '../../program/load';
import { populationMissingForms } from '../../program/without-pair';
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

/** What «Без пары» holds: П-05's people, and people with a pair who still miss a pair in another form. */
export interface WithoutPairCount {
  people: number;
  partly: number;
}

/**
 * «Без пары» lists exactly the programme model's «без пары» (П-05): the population's counted
 * mentees (consent, no errors, not «выбыл») without an active or completed pair in «Пары» — a row
 * per needed form — and, for a mentee who needs several forms, each form still without a pair
 * (`missingFormsOf`). The reason is this run's note for the (mentee, form), else the one the sheet
 * already holds, else «не подобрана». People without consent or with errors are not here: their
 * rows are on «Проблемы».
 */
export function writeWithoutPair(
  workbook: WorkbookPort,
  now: Date,
  notes: ReadonlyMap<string, PairingNote>,
): WithoutPairCount {
  const rows = populationMissingForms(readPopulation(workbook, now).population);
  const existing = workbook.readSheet(UNMATCHED_SHEET);
  const previous = previousNotes(existing);
  const generated: Record<string, Cell>[] = rows.map(({ mentee, form, partly }) => {
    const key = unmatchedKey(mentee.id, form);
    const note = notes.get(key) ?? previous.get(key);
    return {
      menteeId: mentee.id,
      menteeName: mentee.fio,
      form,
      reason: note?.reason || (partly ? notMatchedInForm(form) : NOT_MATCHED_YET),
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
    })),
  });
  const people = (partly: boolean) => new Set(rows.filter((r) => r.partly === partly).map((r) => r.mentee.id)).size;
  return { people: people(false), partly: people(true) };
}

/** Said of a mentee with a pair in one form and none yet in this one. */
export function notMatchedInForm(form: string): string {
  return `нет пары по форме «${form}» (пара по другой форме есть): выполните «Сформировать пары»`;
}

function previousNotes(grid: ReturnType<WorkbookPort['readSheet']>): Map<string, PairingNote> {
  const notes = new Map<string, PairingNote>();
  if (!grid || grid.length === 0) return notes;
  const map = mapHeader(grid[0], UNMATCHED_COLUMNS as ColumnSpec[]);
  for (const row of grid.slice(1)) {
    const record = rowRecord(row, map);
    const key = UNMATCHED_SPEC.keyOf(record);
    if (key !== '')
      notes.set(key, { reason: cellText(record.reason ?? null), nearMiss: cellText(record.nearMiss ?? null) });
  }
  return notes;
}
