/**
 * Dates at the adapter boundary. The script runs in the manifest's zone (Europe/Moscow), and the
 * core reads dates with local getters; `getValues()` returns a date cell as midnight in the
 * spreadsheet's own zone (`getSpreadsheetTimeZone()`), and a Date written with `setValues` is
 * shown in that zone. So a Novosibirsk school's 01.09.2026 (midnight +07) is 31.08 20:00 in
 * Moscow, and Moscow's midnight written to a Kaliningrad sheet shows 31.08 23:00. Each date is
 * moved to the same wall-clock time on the other side: on read into the script's zone, on write
 * into the sheet's. `Utilities.formatDate` needs no scope.
 */
export type FormatDate = (date: Date, timeZone: string, pattern: string) => string;

const PATTERN = "yyyy-MM-dd'T'HH:mm:ss";

/**
 * One formatDate call per execution, whatever the number of dates (the cost rule): the sheet's
 * offset is read once, at the current instant, and the script's offset comes from the local
 * getters, date by date. Russian zones have kept fixed offsets since 2014–2016; a date before a
 * zone's last change of offset may be off by that change (an hour), never by the zone difference.
 */
export class SheetTimeZone {
  private offsetMinutes: number | null = null;

  constructor(
    private readonly zone: string,
    private readonly formatDate: FormatDate,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A date cell as getValues returned it → the same wall-clock time in the script's zone. */
  fromSheet(date: Date): Date {
    return new Date(date.getTime() + this.shiftMinutes(date) * 60_000);
  }

  /** A core date (local wall-clock time) → the instant with that wall-clock time in the sheet's zone. */
  toSheet(date: Date): Date {
    return new Date(date.getTime() - this.shiftMinutes(date) * 60_000);
  }

  /** Sheet offset minus script offset at `date` (getTimezoneOffset is minus the script's offset). */
  private shiftMinutes(date: Date): number {
    return this.sheetOffset() + date.getTimezoneOffset();
  }

  private sheetOffset(): number {
    if (this.offsetMinutes === null) {
      const at = this.now();
      at.setMilliseconds(0);
      const text = this.formatDate(at, this.zone, PATTERN);
      const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(text);
      if (!match) throw new Error(`Unexpected date text for zone ${this.zone}: ${text}`);
      const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
      this.offsetMinutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - at.getTime()) / 60_000);
    }
    return this.offsetMinutes;
  }
}
