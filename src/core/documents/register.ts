import { type Cell, cellText, type Grid } from '../cell';
import type { CreatedFile, WorkbookPort } from '../ports';
import { mergeOwnedTable, type OwnedColumn, type OwnedTableSpec, writeGrid } from '../sheet/owned-table';

/** Every document the add-on created, with its link: the register the curator files from. */
export const DOCUMENTS_SHEET = 'Документы';

export const REGISTER_COLUMNS: readonly OwnedColumn[] = [
  { key: 'title', header: 'Документ' },
  { key: 'subject', header: 'О ком' },
  // «2026/2027» for one academic year, «2023–2025», «2023» for a period of «Настройки»
  { key: 'year', header: 'Срок программы', aliases: ['Учебный год'] },
  { key: 'created', header: 'Создан' },
  { key: 'link', header: 'Ссылка' },
  { key: 'key', header: 'Код' },
];

export interface RegisterEntry {
  /** `<kind>|<subject id>|<year>`: a newer document of the same key replaces the row. */
  key: string;
  title: string;
  subject: string;
  year: string;
  file: CreatedFile;
}

const spec: OwnedTableSpec = { columns: REGISTER_COLUMNS, keyOf: (record) => cellText(record.key ?? null) };

export function registerKey(kind: string, subjectId: string, academicYear: number): string {
  return `${kind}|${subjectId}|${academicYear}`;
}

/** Keys already in the register (to skip documents made by an earlier, interrupted run). */
export function registeredKeys(grid: Grid | null): Set<string> {
  if (!grid || grid.length === 0) return new Set();
  const col = grid[0].findIndex((cell) => cellText(cell) === 'Код');
  return new Set(
    col < 0
      ? []
      : grid
          .slice(1)
          .map((row) => cellText(row[col]))
          .filter((key) => key !== ''),
  );
}

/** Adds (or replaces by key) the entries, newest first; every other row and user column stays. One read, one write. */
export function writeRegister(workbook: WorkbookPort, entries: readonly RegisterEntry[], now: Date): void {
  workbook.ensureSheet(DOCUMENTS_SHEET);
  const existing = workbook.readSheet(DOCUMENTS_SHEET);
  const generated: Record<string, Cell>[] = entries.map((entry) => ({
    title: entry.title,
    subject: entry.subject,
    year: entry.year,
    created: now,
    link: entry.file.url,
    key: entry.key,
  }));
  const merged = mergeOwnedTable(existing, spec, generated, { keepRow: () => true });
  writeGrid(workbook, DOCUMENTS_SHEET, merged.grid, existing?.length ?? 0);
  if (!existing || existing.length === 0) {
    workbook.formatSheet(DOCUMENTS_SHEET, {
      frozenRows: 1,
      headerBold: true,
      columns: [
        { col: 1, width: 320 },
        { col: 2, width: 200 },
        { col: 4, numberFormat: 'dd.mm.yyyy' },
        { col: 5, width: 360 },
        // the register's key is the add-on's: not printed
        { col: (merged.index.get('key') as number) + 1, helper: true, hidden: true },
      ],
    });
  }
}
