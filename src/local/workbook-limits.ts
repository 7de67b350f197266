/**
 * Sizes no school's workbook reaches (a base of a few thousand people is a few megabytes), checked
 * before the workbook is parsed: past them ExcelJS runs out of memory or time, and the user is
 * better told what is too big and what to do.
 */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 60 * 1024 * 1024,
  /** One sheet's XML, uncompressed (ExcelJS holds several times this in memory). */
  sheetXmlBytes: 150 * 1024 * 1024,
  /** Every part of the package, uncompressed. */
  packageBytes: 400 * 1024 * 1024,
  /** Rows of one sheet that holds data (a base, the register, answers). */
  rows: 100_000,
  /** Columns of one sheet's header. */
  columns: 1_000,
};

export type LimitKind = 'file' | 'sheet' | 'package' | 'rows' | 'columns';

const MB = 1024 * 1024;

export class WorkbookTooBigError extends Error {
  constructor(
    readonly kind: LimitKind,
    readonly size: number,
    readonly sheet?: string,
  ) {
    super(tooBigMessage(kind, size, sheet));
  }
}

function tooBigMessage(kind: LimitKind, size: number, sheet: string | undefined): string {
  const where = sheet ? `лист «${sheet}»` : 'книга';
  const advice =
    'Удалите лишние листы, пустые строки и столбцы (выделите их до конца листа → «Удалить»), вынесите архив прошлых лет в отдельный файл и повторите';
  switch (kind) {
    case 'file':
      return `файл слишком большой: ${Math.round(size / MB)} МБ, программа работает с книгами до ${WORKBOOK_LIMITS.fileBytes / MB} МБ. ${advice}`;
    case 'sheet':
      return `один из листов слишком большой: ${Math.round(size / MB)} МБ данных без сжатия (предел ${WORKBOOK_LIMITS.sheetXmlBytes / MB} МБ). ${advice}`;
    case 'package':
      return `книга слишком большая: ${Math.round(size / MB)} МБ данных без сжатия (предел ${WORKBOOK_LIMITS.packageBytes / MB} МБ). ${advice}`;
    case 'rows':
      return `${where}: ${size} строк, программа работает не более чем со ${WORKBOOK_LIMITS.rows} строками на листе. ${advice}`;
    case 'columns':
      return `${where}: ${size} столбцов, программа работает не более чем со ${WORKBOOK_LIMITS.columns} столбцами. ${advice}`;
  }
}
