import type { Validation } from '../ports';

export type ColumnType = 'text' | 'id' | 'email' | 'date' | 'int' | 'number' | 'tags' | 'choice' | 'yesno';

/** One standard column of a sheet the add-on knows: how it is titled, found, checked and explained. */
export interface ColumnSpec {
  key: string;
  header: string;
  /** Other titles users give the same column («Ф.И.О.», «Эл. почта»). */
  aliases?: string[];
  type: ColumnType;
  required?: boolean;
  /** What to enter: shown as a note on the header cell. */
  note: string;
  /** Catalogue (in «Справочники») whose values the column takes: dropdown and check. */
  catalogue?: string;
  /** Several catalogue values separated by `;` (dropdown not strict). */
  multiple?: boolean;
  min?: number;
  max?: number;
  width?: number;
  /** Explicit validation instead of the one derived from the type/catalogue. */
  validation?: Validation;
  /** Fills by value, as conditional formatting: an edit recolours at once. */
  valueColours?: { value: string; background: string }[];
  /** Long text: wrapped in a bounded column (see ColumnFormat.wrap). */
  wrap?: boolean;
  /** Short values: the column is fitted to them instead of a fixed width. */
  fit?: boolean;
  /** A key for the add-on: not printed (ColumnFormat.helper). */
  helper?: boolean;
}

export interface SheetLayout {
  sheet: string;
  columns: ColumnSpec[];
  /** Columns frozen on the left (e.g. ID and ФИО). */
  frozenColumns?: number;
}

export const DATE_FORMAT = 'dd.mm.yyyy';

export function numberFormatFor(type: ColumnType): string | undefined {
  if (type === 'date') return DATE_FORMAT;
  if (type === 'int') return '0';
  if (type === 'text' || type === 'email' || type === 'tags' || type === 'id') return '@';
  return undefined;
}
