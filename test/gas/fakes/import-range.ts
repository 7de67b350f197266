/**
 * IMPORTRANGE in the fakes, as strict as Sheets (support.google.com/docs/answer/3093340):
 * a formula `=IMPORTRANGE("<url or key>","'Sheet'!A1:I24")` shows #REF! until a user of the
 * importing spreadsheet has clicked «Разрешить доступ» for that source (`allow`), when the source
 * is unknown or not viewable, when the sheet or range does not exist there, and when its result
 * would overwrite a typed cell; otherwise the source's values spill from the formula's cell.
 * A source's own IMPORTRANGE formulas are evaluated first (a chain of imports).
 */
import type { FakeSheet, FakeSpreadsheet, FakeValue } from './spreadsheet';

export class ImportRegistry {
  private readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  private readonly allowed = new Set<string>();
  /** Why the last evaluation of a cell failed ('Sheet!B3' → reason), for the tests' messages. */
  readonly errors = new Map<string, string>();

  /** A spreadsheet reachable by its key (and by the URL that contains it). */
  add(spreadsheet: FakeSpreadsheet): FakeSpreadsheet {
    this.spreadsheets.set(spreadsheet.id, spreadsheet);
    spreadsheet.imports = this;
    return spreadsheet;
  }

  /** A user clicked «Разрешить доступ» in `destination` for `source`. */
  allow(destination: FakeSpreadsheet, source: FakeSpreadsheet): void {
    this.allowed.add(`${destination.id}→${source.id}`);
  }

  isAllowed(destination: FakeSpreadsheet, source: FakeSpreadsheet): boolean {
    return destination.id === source.id || this.allowed.has(`${destination.id}→${source.id}`);
  }

  find(urlOrKey: string): FakeSpreadsheet | null {
    const key = /\/spreadsheets\/d\/([-\w]+)/.exec(urlOrKey)?.[1] ?? urlOrKey;
    return this.spreadsheets.get(key) ?? null;
  }
}

const FORMULA = /^=IMPORTRANGE\(\s*"([^"]*)"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i;

function sourceRange(source: FakeSpreadsheet, range: string): FakeValue[][] | string {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(range);
  if (!match) return `Unable to parse range: ${range}`;
  const name = (match[1] ?? match[2]).replace(/''/g, "'");
  const sheet = source.sheet(name);
  if (!sheet) return `Unable to parse range: ${range}`;
  const [from, to = from] = match[3].split(':');
  const at = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
    return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
  };
  const a = at(from);
  const b = at(to);
  return Array.from({ length: b.row - a.row + 1 }, (_, r) =>
    Array.from({ length: b.col - a.col + 1 }, (_, c) => sheet.cells[a.row + r - 1]?.[a.col + c - 1]?.value ?? ''),
  );
}

function spill(sheet: FakeSheet, row: number, col: number, values: FakeValue[][]): string | null {
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r].length; c++) {
      if (r === 0 && c === 0) continue;
      const cell = sheet.cells[row + r - 1]?.[col + c - 1];
      if (cell && !cell.spilled && (cell.value !== '' || cell.formula !== ''))
        return 'Array result was not expanded because it would overwrite data';
    }
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r].length; c++) {
      const cell = sheet.cell(row + r, col + c);
      cell.value = values[r][c];
      if (!(r === 0 && c === 0)) cell.spilled = true;
    }
  return null;
}

export function evaluateImports(spreadsheet: FakeSpreadsheet, registry: ImportRegistry, depth: number): void {
  if (depth > 3) return;
  for (const sheet of spreadsheet.sheets) {
    for (const row of sheet.cells)
      for (const cell of row)
        if (cell.spilled) {
          cell.value = '';
          cell.spilled = false;
        }
    sheet.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const match = FORMULA.exec(cell.formula);
        if (!match) return;
        const where = `${sheet.name}!${r + 1}:${c + 1}`;
        const source = registry.find(match[1]);
        let failure: string | null = null;
        if (!source) failure = 'Spreadsheet not found (or you do not have permission to access it)';
        else if (!registry.isAllowed(spreadsheet, source)) failure = 'You need to connect these sheets.';
        else {
          source.recalculate(depth + 1);
          const values = sourceRange(source, match[2].replace(/""/g, '"'));
          failure = typeof values === 'string' ? values : spill(sheet, r + 1, c + 1, values);
        }
        if (failure !== null) {
          cell.value = '#REF!';
          registry.errors.set(where, failure);
        } else registry.errors.delete(where);
      }),
    );
  }
}
