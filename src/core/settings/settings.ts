import { type Cell, cellText, isBlank } from '../cell';
import type { Problem } from '../problems/problem';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { parseDate, parseNumber, parseYesNo } from '../text/parse';
import { textKey } from '../text/normalize';
import type { Grid } from '../cell';
import { ALL_SETTINGS } from './registry';
import type { SettingSpec } from './setting';

export const SETTINGS_SHEET = 'Настройки';

export const SETTINGS_COLUMNS: ColumnSpec[] = [
  { key: 'section', header: 'Раздел', type: 'text', note: 'Группа настроек' },
  { key: 'label', header: 'Параметр', type: 'text', note: 'Что настраивается' },
  { key: 'value', header: 'Значение', type: 'text', note: 'Впишите значение; пустая ячейка — значение по умолчанию' },
  { key: 'description', header: 'Пояснение', type: 'text', note: 'Подсказка и значение по умолчанию' },
  { key: 'key', header: 'Ключ', type: 'text', note: 'Служебное имя параметра — не меняйте' },
];

type Value = string | number | boolean | Date;

/** Typed, validated settings; a blank or invalid cell falls back to the default (with a problem). */
export class Settings {
  private constructor(
    private readonly values: Map<string, Value>,
    private readonly rawCells: Map<string, Cell>,
    readonly problems: Problem[],
    private readonly rows: Map<string, number> = new Map(),
  ) {}

  static fromSheet(grid: Grid | null, specs: readonly SettingSpec[] = ALL_SETTINGS): Settings {
    const cells = new Map<string, { cell: Cell; row: number }>();
    const byLabel = new Map(specs.map((s) => [textKey(s.label), s.key]));
    if (grid && grid.length > 0) {
      const map = mapHeader(grid[0], SETTINGS_COLUMNS);
      const keyCol = map.index.get('key');
      const labelCol = map.index.get('label');
      const valueCol = map.index.get('value');
      grid.slice(1).forEach((row, i) => {
        if (valueCol === undefined) return;
        const explicitKey = keyCol === undefined ? '' : cellText(row[keyCol]);
        const labelKey = labelCol === undefined ? undefined : byLabel.get(textKey(cellText(row[labelCol])));
        const key = explicitKey || labelKey;
        if (key && !cells.has(key)) cells.set(key, { cell: row[valueCol] ?? null, row: i + 2 });
      });
    }
    const values = new Map<string, Value>();
    const problems: Problem[] = [];
    for (const spec of specs) {
      const found = cells.get(spec.key);
      const parsed = found && !isBlank(found.cell) ? parseSetting(spec, found.cell) : undefined;
      if (found && !isBlank(found.cell) && parsed === undefined) {
        problems.push({
          sheet: SETTINGS_SHEET,
          row: found.row,
          column: 'Значение',
          value: cellText(found.cell),
          message: `«${spec.label}»: ${expectation(spec)}; использовано значение по умолчанию «${cellText(spec.default)}»`,
          severity: 'warning',
        });
      }
      const value = parsed ?? spec.default;
      if (value !== null && !(typeof value === 'object' && !(value instanceof Date)))
        values.set(spec.key, value as Value);
    }
    const rawCells = new Map([...cells].map(([key, { cell }]) => [key, cell]));
    const rows = new Map([...cells].map(([key, { row }]) => [key, row]));
    return new Settings(values, rawCells, problems, rows);
  }

  static defaults(specs: readonly SettingSpec[] = ALL_SETTINGS): Settings {
    return Settings.fromSheet(null, specs);
  }

  text(key: string): string {
    const value = this.values.get(key);
    return value === undefined ? '' : cellText(value);
  }

  number(key: string): number {
    const value = this.values.get(key);
    if (typeof value !== 'number') throw new Error(`Setting ${key} is not a number`);
    return value;
  }

  bool(key: string): boolean {
    return this.values.get(key) === true;
  }

  date(key: string): Date | null {
    const value = this.values.get(key);
    return value instanceof Date ? value : null;
  }

  /** Any cell of the sheet by its key, including keys no spec declares (e.g. per-organization figures). */
  raw(key: string): Cell {
    return this.rawCells.get(key) ?? null;
  }

  /** The 1-based row of «Настройки» holding a key (null when the sheet has no such row). */
  rowOf(key: string): number | null {
    return this.rows.get(key) ?? null;
  }

  /** Keys present in the sheet that start with a prefix (e.g. «teachersTotal:»). */
  keysWithPrefix(prefix: string): string[] {
    return [...this.rawCells.keys()].filter((key) => key.startsWith(prefix));
  }
}

function parseSetting(spec: SettingSpec, cell: Cell): Value | undefined {
  switch (spec.type) {
    case 'int':
    case 'number': {
      const parsed = parseNumber(cell);
      if (!parsed.ok) return undefined;
      if (spec.type === 'int' && !Number.isInteger(parsed.value)) return undefined;
      if (spec.min !== undefined && parsed.value < spec.min) return undefined;
      if (spec.max !== undefined && parsed.value > spec.max) return undefined;
      return parsed.value;
    }
    case 'bool': {
      const parsed = parseYesNo(cell);
      return parsed.ok ? parsed.value : undefined;
    }
    case 'date': {
      const parsed = parseDate(cell);
      return parsed.ok ? parsed.value : undefined;
    }
    case 'choice': {
      const text = cellText(cell);
      return spec.choices?.find((choice) => textKey(choice) === textKey(text));
    }
    default:
      return cellText(cell);
  }
}

function expectation(spec: SettingSpec): string {
  if (spec.type === 'choice') return `ожидается одно из: ${(spec.choices ?? []).join(', ')}`;
  if (spec.type === 'bool') return 'ожидается «да» или «нет»';
  if (spec.type === 'date') return 'ожидается дата дд.мм.гггг';
  const range = spec.min !== undefined && spec.max !== undefined ? ` от ${spec.min} до ${spec.max}` : '';
  return `ожидается ${spec.type === 'int' ? 'целое число' : 'число'}${range}`;
}
