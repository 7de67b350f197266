/** An organization of the programme, as the curator keeps it in «Организации». */
export interface Organization {
  /** Full name, as documents print it. */
  name: string;
  short: string;
  /** Other spellings people use (answers, bases typed by hand). */
  aliases: string[];
  /** школа, детский сад, колледж, ДОД, управление… (free text, compared loosely). */
  type: string;
  municipality: string;
  teachers: number | null;
  pupils: number | null;
  /** The school's own spreadsheet, for a municipal roll-up (optional). */
  sheetUrl: string;
  /** 1-based row on «Организации». */
  row: number;
}
