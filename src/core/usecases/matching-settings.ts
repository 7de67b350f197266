/**
 * The «Подбор пар» sidebar edits the matching settings, but the sheet «Настройки» stays the single
 * source of truth: reading parses the sheet, saving writes the values back into their rows
 * (other rows, the user's columns and notes are kept) in one batch.
 */
import { type Cell, cellText, type Grid, isBlank, rectangular } from '../cell';
import type { Env, Locale } from '../ports';
import { ALL_SETTINGS } from '../settings/registry';
import type { SettingSpec, SettingType } from '../settings/setting';
import { SETTINGS_COLUMNS, SETTINGS_SHEET, Settings } from '../settings/settings';
import { mapHeader } from '../sheet/header-map';
import { writeGrid } from '../sheet/owned-table';
import { textKey } from '../text/normalize';
import { parseNumber } from '../text/parse';

/** The section of «Настройки» the matching feature registers its settings in. */
export const MATCHING_SECTION = 'Подбор';
/** Settings of other sections that the matching sidebar shows too. */
export const MATCHING_EXTRA_KEYS = ['mentorLoadLimit'] as const;

export type SettingValue = string | number | boolean;

export interface SettingField {
  key: string;
  label: string;
  section: string;
  type: SettingType;
  description: string;
  /** The value in effect: the sheet's, or the default when the cell is blank or invalid. */
  value: SettingValue | null;
  defaultValue: SettingValue | null;
  choices?: string[];
  min?: number;
  max?: number;
  /** A weight of the score (shown with a slider). */
  isWeight: boolean;
}

export interface MatchingSettingsView {
  locale: Locale;
  /** False when «Настройки» does not exist yet (saving creates the rows). */
  sheetExists: boolean;
  fields: SettingField[];
  /** Russian messages about invalid cells (the default was used instead). */
  warnings: string[];
}

export function matchingSpecs(specs: readonly SettingSpec[] = ALL_SETTINGS): SettingSpec[] {
  const extra = new Set<string>(MATCHING_EXTRA_KEYS);
  return specs.filter((spec) => textKey(spec.section) === textKey(MATCHING_SECTION) || extra.has(spec.key));
}

export function readMatchingSettings(env: Env, specs: readonly SettingSpec[] = ALL_SETTINGS): MatchingSettingsView {
  const grid = env.workbook.readSheet(SETTINGS_SHEET);
  const wanted = matchingSpecs(specs);
  const settings = Settings.fromSheet(grid, wanted);
  return {
    locale: env.locale,
    sheetExists: grid !== null,
    fields: wanted.map((spec) => fieldOf(spec, settings)),
    warnings: settings.problems.map((problem) => `Строка ${problem.row}: ${problem.message}`),
  };
}

function fieldOf(spec: SettingSpec, settings: Settings): SettingField {
  return {
    key: spec.key,
    label: spec.label,
    section: spec.section,
    type: spec.type,
    description: spec.description,
    value: currentValue(spec, settings),
    defaultValue: jsonValue(spec.default),
    choices: spec.choices ? [...spec.choices] : undefined,
    min: spec.min,
    max: spec.max,
    isWeight: /weight/i.test(spec.key) || /^вес\b/i.test(spec.label),
  };
}

function currentValue(spec: SettingSpec, settings: Settings): SettingValue | null {
  if (spec.type === 'int' || spec.type === 'number') {
    const text = settings.text(spec.key);
    return text === '' ? null : Number(text);
  }
  if (spec.type === 'bool') return settings.bool(spec.key);
  if (spec.type === 'date') {
    const date = settings.date(spec.key);
    return date ? date.toISOString() : null;
  }
  return settings.text(spec.key);
}

/** Dates become ISO strings, formulas their text: only plain JSON crosses google.script.run. */
function jsonValue(cell: Cell): SettingValue | null {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'object') return cell.formula;
  return cell;
}

export interface SaveResult {
  /** Keys written to the sheet (empty when something was invalid). */
  saved: string[];
  /** Russian messages naming each invalid value; when not empty nothing was written. */
  errors: string[];
  view: MatchingSettingsView;
}

/**
 * Validates every value against its spec (nothing is written if one is invalid: the errors are
 * returned), then writes the values into their rows of «Настройки», adding rows for settings the
 * sheet lacks.
 */
export function saveMatchingSettings(
  env: Env,
  values: Record<string, SettingValue>,
  specs: readonly SettingSpec[] = ALL_SETTINGS,
): SaveResult {
  const allowed = new Map(matchingSpecs(specs).map((spec) => [spec.key, spec]));
  const changes = new Map<string, Cell>();
  const errors: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const spec = allowed.get(key);
    if (!spec) {
      errors.push(`Параметр «${key}» не относится к подбору пар`);
      continue;
    }
    const cell = cellFor(spec, value);
    const check = Settings.fromSheet(
      [
        ['Параметр', 'Значение', 'Ключ'],
        [spec.label, cell, spec.key],
      ],
      [spec],
    );
    if (check.problems.length > 0)
      errors.push(check.problems[0].message.replace(/; использовано значение по умолчанию.*$/, ''));
    else changes.set(key, cell);
  }
  if (errors.length > 0) return { saved: [], errors, view: readMatchingSettings(env, specs) };
  const existing = env.workbook.readSheet(SETTINGS_SHEET);
  const grid = withValues(existing, changes, allowed);
  writeGrid(env.workbook, SETTINGS_SHEET, grid, existing?.length ?? 0);
  return { saved: [...changes.keys()], errors: [], view: readMatchingSettings(env, specs) };
}

function cellFor(spec: SettingSpec, value: SettingValue): Cell {
  if (spec.type === 'bool') return typeof value === 'boolean' ? (value ? 'да' : 'нет') : String(value);
  if (spec.type === 'int' || spec.type === 'number') {
    if (typeof value === 'number') return value;
    const parsed = parseNumber(String(value));
    return parsed.ok ? parsed.value : String(value);
  }
  return String(value);
}

/** The settings grid with the changed values written into their rows (rows appended for new keys). */
function withValues(existing: Grid | null, changes: Map<string, Cell>, specs: Map<string, SettingSpec>): Grid {
  const grid =
    existing && existing.length > 0
      ? rectangular(existing).map((row) => [...row])
      : [SETTINGS_COLUMNS.map((c) => c.header as Cell)];
  const header = grid[0];
  const map = mapHeader(header, SETTINGS_COLUMNS);
  for (const column of map.missing) {
    map.index.set(column.key, header.length);
    header.push(column.header);
  }
  const width = header.length;
  for (const row of grid) while (row.length < width) row.push(null);
  const col = (key: string) => map.index.get(key) as number;
  const byLabel = new Map([...specs.values()].map((spec) => [textKey(spec.label), spec.key]));
  const rowOfKey = new Map<string, Cell[]>();
  for (const row of grid.slice(1)) {
    const key = cellText(row[col('key')]) || byLabel.get(textKey(cellText(row[col('label')]))) || '';
    if (key !== '' && !rowOfKey.has(key)) rowOfKey.set(key, row);
  }
  for (const [key, value] of changes) {
    const row = rowOfKey.get(key);
    if (row) {
      row[col('value')] = value;
      if (isBlank(row[col('key')])) row[col('key')] = key;
      continue;
    }
    const spec = specs.get(key) as SettingSpec;
    const added: Cell[] = new Array(width).fill(null);
    added[col('section')] = spec.section;
    added[col('label')] = spec.label;
    added[col('value')] = value;
    added[col('description')] =
      `${spec.description}${isBlank(spec.default) ? '' : ` (по умолчанию: ${cellText(spec.default)})`}`;
    added[col('key')] = key;
    grid.push(added);
  }
  return grid;
}
