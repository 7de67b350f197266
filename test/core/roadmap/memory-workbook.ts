import { type Cell, type Grid, rectangular } from '../../../src/core/cell';
import type { Block, ChartSpec, Clock, Env, KeyValueStore, SheetFormat, WorkbookPort } from '../../../src/core/ports';

/** An in-memory workbook for use-case tests: sheets as grids, formats and backgrounds kept for assertions. */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, Cell[][]>();
  readonly backgrounds = new Map<string, (string | null | undefined)[][]>();
  readonly formats = new Map<string, SheetFormat>();
  readonly calls: string[] = [];

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
    this.calls.push(`read:${name}`);
    const grid = this.sheets.get(name);
    if (!grid) return null;
    let height = grid.length;
    while (height > 0 && grid[height - 1].every((c) => c === null || c === '')) height--;
    return rectangular(grid.slice(0, height).map((row) => [...row]));
  }

  ensureSheet(name: string): boolean {
    if (this.sheets.has(name)) return false;
    this.sheets.set(name, []);
    return true;
  }

  writeBlock(sheet: string, block: Block): void {
    this.calls.push(`write:${sheet}`);
    const grid = this.sheets.get(sheet) ?? [];
    block.values.forEach((row, r) => {
      if (!grid[block.row - 1 + r]) grid[block.row - 1 + r] = [];
      const target = grid[block.row - 1 + r];
      row.forEach((cell, c) => {
        while (target.length < block.col - 1 + c) target.push(null);
        target[block.col - 1 + c] = cell;
      });
    });
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    this.sheets.set(sheet, grid);
    if (block.backgrounds) this.backgrounds.set(sheet, block.backgrounds);
  }

  clearRows(sheet: string, fromRow: number, toRow: number): void {
    this.calls.push(`clear:${sheet}`);
    const grid = this.sheets.get(sheet) ?? [];
    for (let r = fromRow - 1; r < Math.min(toRow, grid.length); r++) grid[r] = grid[r].map(() => null);
  }

  formatSheet(sheet: string, format: SheetFormat): void {
    this.calls.push(`format:${sheet}`);
    this.formats.set(sheet, format);
  }

  upsertChart(_sheet: string, _chart: ChartSpec): boolean {
    return false;
  }
}

export class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
}

export function memoryEnv(workbook: MemoryWorkbook, now: Date, extra: Partial<Env> = {}): Env {
  const clock: Clock = { now: () => now };
  return {
    workbook,
    clock,
    progress: { report: () => undefined },
    budget: { remainingMs: () => 300_000 },
    store: new MemoryStore(),
    locale: 'ru',
    ...extra,
  };
}

/** A «Настройки» grid from key → value pairs. */
export function settingsGrid(values: Record<string, Cell>): Grid {
  return [
    ['Раздел', 'Параметр', 'Значение', 'Пояснение', 'Ключ'],
    ...Object.entries(values).map(([key, value]) => ['', '', value, '', key]),
  ];
}
