/**
 * ExcelJS reads and writes a date cell as the UTC instant of its serial number, while the core
 * works with local wall-clock dates (`new Date(y, m, d)`). Converting by components keeps
 * 01.09.2026 as 01.09.2026 in any time zone of the machine that runs the CLI.
 */
export function toExcelDate(local: Date): Date {
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
      local.getMilliseconds(),
    ),
  );
}

export function fromExcelDate(utc: Date): Date {
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}
