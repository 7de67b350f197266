import { type Cell, type Grid, rectangular } from '../../src/core/cell';
import type { Block, ChartSpec, Env, SheetFormat, WorkbookPort } from '../../src/core/ports';

/** An in-memory workbook for core tests: sheets are grids; formats and charts are recorded. */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, Grid>();
  readonly formats = new Map<string, SheetFormat[]>();
  readonly charts = new Map<string, ChartSpec[]>();
  readonly blocks: Array<{ sheet: string; block: Block }> = [];

  constructor(initial: Record<string, Grid> = {}) {
    for (const [name, grid] of Object.entries(initial))
      this.sheets.set(
        name,
        grid.map((row) => [...row]),
      );
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  readSheet(name: string): Grid | null {
    const grid = this.sheets.get(name);
    if (!grid) return null;
    let height = grid.length;
    while (height > 0 && grid[height - 1].every((c) => c === null || c === '')) height--;
    return rectangular(grid.slice(0, height).map((row) => row.map((c) => (c === '' ? null : c))));
  }

  ensureSheet(name: string): boolean {
    if (this.sheets.has(name)) return false;
    this.sheets.set(name, []);
    return true;
  }

  writeBlock(sheet: string, block: Block): void {
    const grid = this.sheets.get(sheet);
    if (!grid) throw new Error(`No sheet ${sheet}`);
    this.blocks.push({ sheet, block });
    block.values.forEach((row, r) => {
      const index = block.row - 1 + r;
      grid[index] ??= [];
      const target = grid[index];
      row.forEach((cell, c) => {
        while (target.length < block.col - 1 + c) target.push(null);
        target[block.col - 1 + c] = cell;
      });
    });
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  }

  clearRows(sheet: string, fromRow: number, toRow: number): void {
    const grid = this.sheets.get(sheet);
    if (!grid) return;
    for (let r = fromRow - 1; r < Math.min(toRow, grid.length); r++) grid[r] = grid[r].map(() => null);
  }

  formatSheet(sheet: string, format: SheetFormat): void {
    this.formats.set(sheet, [...(this.formats.get(sheet) ?? []), format]);
  }

  upsertChart(sheet: string, chart: ChartSpec): boolean {
    const list = (this.charts.get(sheet) ?? []).filter((c) => c.chart.id !== chart.chart.id);
    this.charts.set(sheet, [...list, chart]);
    return true;
  }

  /** The sheet as values (for assertions). */
  grid(name: string): Grid {
    return this.readSheet(name) ?? [];
  }

  /** A sheet's column by header title (data rows only). */
  column(sheet: string, header: string): Cell[] {
    const grid = this.grid(sheet);
    const index = grid[0]?.indexOf(header) ?? -1;
    if (index < 0) throw new Error(`No column ${header} in ${sheet}`);
    return grid.slice(1).map((row) => row[index]);
  }
}

export function memoryEnv(workbook: WorkbookPort, now = new Date(2026, 10, 22)): Env {
  const store = new Map<string, string>();
  return {
    workbook,
    clock: { now: () => now },
    progress: { report: () => {} },
    budget: { remainingMs: () => Number.POSITIVE_INFINITY },
    store: {
      get: (k) => store.get(k) ?? null,
      set: (k, v) => void store.set(k, v),
      delete: (k) => void store.delete(k),
    },
    locale: 'ru',
  };
}

/** Appends rows to a sheet by header title (the layout's order, whatever it is). */
export function addRows(workbook: MemoryWorkbook, sheet: string, rows: Record<string, Cell>[]): void {
  const grid = workbook.sheets.get(sheet) as Cell[][];
  const header = grid[0] as string[];
  for (const row of rows) grid.push(header.map((title) => row[title] ?? null));
}
