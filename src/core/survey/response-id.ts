/**
 * Stable ids of responses and the timestamps of response sheets and exports
 * (Google Sheets dates, Google Forms CSV «2026/11/22 10:15:03 AM GMT+3», Yandex «2026-11-22 10:15:03»,
 * Russian «22.11.2026 10:15:03»).
 */
import type { Cell } from '../cell';
import { cleanText } from '../text/normalize';

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function parseTimestamp(cell: Cell): Date | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell;
  if (typeof cell === 'number') {
    if (cell < 20000 || cell > 80000) return null;
    const utc = new Date(SERIAL_EPOCH_UTC + Math.round(cell * 86400) * 1000);
    return new Date(
      utc.getUTCFullYear(),
      utc.getUTCMonth(),
      utc.getUTCDate(),
      utc.getUTCHours(),
      utc.getUTCMinutes(),
      utc.getUTCSeconds(),
    );
  }
  if (typeof cell !== 'string') return null;
  const text = cleanText(cell);
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (m) return build(+m[3], +m[2], +m[1], m[4], m[5], m[6]);
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(AM|PM|ДП|ПП)?)?/i.exec(
    text,
  );
  if (m) {
    let hours = m[4];
    const meridiem = m[7]?.toUpperCase();
    if (hours !== undefined && meridiem) {
      const h = Number(hours) % 12;
      hours = String(meridiem === 'PM' || meridiem === 'ПП' ? h + 12 : h);
    }
    return build(+m[1], +m[2], +m[3], hours, m[5], m[6]);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (m) return build(+m[3], +m[1], +m[2], m[4], m[5], m[6]);
  return null;
}

function build(year: number, month: number, day: number, h?: string, min?: string, s?: string): Date | null {
  const date = new Date(year, month - 1, day, Number(h ?? 0), Number(min ?? 0), Number(s ?? 0));
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid && year >= 2000 && year <= 2100 ? date : null;
}

/** «2026-11-22 10:15:03» from the date's wall-clock fields: the same in Apps Script and offline. */
export function timestampKey(date: Date | null): string {
  if (!date) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}`;
}

/** A short stable hash (two FNV-1a passes, 64 bits in base 36). */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0');
}

/**
 * The id of one response: the export's own id when it has one, else a hash of the source,
 * the timestamp and the e-mail (or, without an e-mail, the answers themselves).
 */
export function responseId(
  source: string,
  ownId: string,
  timestamp: Date | null,
  email: string,
  fallback: string,
): string {
  if (ownId) return `r-${stableHash(`${source}\u0001${ownId}`)}`;
  return `r-${stableHash([source, timestampKey(timestamp), email || fallback].join('\u0001'))}`;
}
