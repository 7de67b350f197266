import type { ColumnFormat, SheetFormat, Validation } from '../ports';
import type { HeaderMap } from './header-map';
import { type ColumnSpec, numberFormatFor, type SheetLayout } from './layout';

/** Where each catalogue's values stand in «Справочники», for dropdowns. */
export interface CatalogueColumns {
  sheet: string;
  /** Catalogue key → 1-based column. */
  columns: Map<string, number>;
  /** Last row a dropdown range covers (room for the curator's additions). */
  lastRow: number;
}

export const HEADER_BACKGROUND = '#dbe8f7';

/** Formats of a standard sheet: frozen, bold header with notes, formats and dropdowns per column. */
export function layoutFormat(layout: SheetLayout, map: HeaderMap, catalogues?: CatalogueColumns): SheetFormat {
  const columns: ColumnFormat[] = [];
  for (const spec of layout.columns) {
    const index = map.index.get(spec.key);
    if (index === undefined) continue;
    columns.push({
      col: index + 1,
      note: spec.note,
      width: spec.fit ? undefined : (spec.width ?? defaultWidth(spec)),
      numberFormat: numberFormatFor(spec.type),
      validation: validationFor(spec, catalogues),
      ...(spec.valueColours ? { valueColours: spec.valueColours } : {}),
      ...(spec.wrap ? { wrap: true } : {}),
      ...(spec.fit ? { fit: true } : {}),
      ...(spec.helper ? { helper: true } : {}),
    });
  }
  return {
    frozenRows: 1,
    frozenColumns: layout.frozenColumns,
    headerBold: true,
    headerBackground: HEADER_BACKGROUND,
    headerWrap: true,
    columns,
  };
}

function validationFor(spec: ColumnSpec, catalogues?: CatalogueColumns): Validation | undefined {
  if (spec.validation) return spec.validation;
  if (spec.catalogue && catalogues) {
    const col = catalogues.columns.get(spec.catalogue);
    if (col === undefined) return undefined;
    return {
      kind: 'range',
      sheet: catalogues.sheet,
      col,
      firstRow: 2,
      lastRow: catalogues.lastRow,
      strict: !spec.multiple && spec.type === 'choice' && spec.catalogue !== 'organizations',
    };
  }
  if (spec.type === 'date') return { kind: 'date' };
  if (spec.type === 'int' || spec.type === 'number') return { kind: 'number', min: spec.min, max: spec.max };
  return undefined;
}

/** Pixels a column gets when its spec names none: room for its header and a typical value, bounded. */
const TYPE_WIDTHS: Record<string, number> = { date: 90, int: 70, number: 80, id: 90, yesno: 70, email: 200 };

export function defaultWidth(spec: { header: string; type?: string }): number {
  const forHeader = Math.min(spec.header.length, 24) * 7 + 16;
  return Math.max(60, Math.min(320, Math.max(forHeader, TYPE_WIDTHS[spec.type ?? ''] ?? 160)));
}
