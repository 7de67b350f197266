/** Row numbers as short ranges: [2,3,4,7,9,10] → «2–4, 7, 9–10». */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = sorted[0];
  for (const row of sorted.slice(1)) {
    if (row === previous + 1) {
      previous = row;
      continue;
    }
    parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = row;
    previous = row;
  }
  if (sorted.length > 0) parts.push(start === previous ? `${start}` : `${start}–${previous}`);
  return parts.join(', ');
}

/** «Наставники, строки 2–4, 7» or «Наставники: нет строк». */
export function sheetRows(sheet: string, rows: readonly number[]): string {
  return rows.length === 0 ? `«${sheet}»: нет строк` : `«${sheet}», строки ${rowRanges(rows)}`;
}

/** Numbers as a Russian reader writes them: one decimal at most, decimal comma. */
export function formatNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor).replace('.', ',');
}

export function roundTo(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** «1 ответ», «3 ответа», «5 ответов». */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return `${n} ${word}`;
}
