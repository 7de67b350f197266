import type { KeyValueStore } from '../core/ports';
import { SERVICE_SHEET_PREFIX, type XlsxWorkbook } from './xlsx-workbook';

/**
 * The offline counterpart of Apps Script's document properties: a very hidden sheet inside the
 * workbook. Chosen over a sidecar JSON file because the state must travel with the workbook —
 * a curator copies, renames or e-mails the .xlsx, and `--out` writes a new file; a sidecar would
 * be left behind or, worse, pair ids and continuations of one workbook would meet another.
 * «Very hidden» keeps it out of the user's way: Excel shows no tab and offers no «Показать»
 * for it, and `sheetNames()` does not list it, so no use case mistakes it for the user's sheet.
 */
export const STORE_SHEET = `${SERVICE_SHEET_PREFIX}_store`;

/** Excel keeps at most 32 767 characters in a cell: longer values are split across cells of one row. */
const CHUNK = 30000;

export class WorkbookStore implements KeyValueStore {
  private readonly values = new Map<string, string>();
  private dirty = false;

  constructor(private readonly workbook: XlsxWorkbook) {
    const sheet = workbook.worksheet(STORE_SHEET);
    // LibreOffice saves a very hidden sheet as merely hidden: hide it again.
    if (sheet) sheet.state = 'veryHidden';
    for (const row of workbook.readSheet(STORE_SHEET) ?? []) {
      const key = row[0];
      if (typeof key !== 'string' || key === '') continue;
      this.values.set(
        key,
        row
          .slice(1)
          .map((cell) => (cell === null ? '' : String(cell)))
          .join(''),
      );
    }
  }

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.values.set(key, value);
    this.dirty = true;
  }

  delete(key: string): void {
    this.dirty = this.values.delete(key) || this.dirty;
  }

  /** Writes the store into its sheet (once, before the workbook is saved). */
  flush(): void {
    if (!this.dirty) return;
    const existing = this.workbook.worksheet(STORE_SHEET);
    const previousHeight = existing ? existing.rowCount : 0;
    if (!existing) this.workbook.excel.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
    const rows = [...this.values].map(([key, value]) => [key, ...chunks(value)]);
    const width = Math.max(1, ...rows.map((row) => row.length));
    if (rows.length > 0) {
      const values = rows.map((row) => [...row, ...new Array<string | null>(width - row.length).fill(null)]);
      this.workbook.writeBlock(STORE_SHEET, { row: 1, col: 1, values });
    }
    if (previousHeight > rows.length) this.workbook.clearRows(STORE_SHEET, rows.length + 1, previousHeight);
    this.dirty = false;
  }
}

function chunks(value: string): string[] {
  if (value === '') return [''];
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += CHUNK) parts.push(value.slice(i, i + CHUNK));
  return parts;
}
