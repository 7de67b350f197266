/**
 * A pass over the .xlsx package before ExcelJS 4.4.0 reads it: valid files written by other
 * programs that ExcelJS misreads are put into the form it understands, and sizes are checked
 * before anything is parsed (a 35 MB file may hold 355 MB of sheet XML).
 *
 * - `t="d"` cells (ISO 8601 dates, as openpyxl and some exporters write them): ExcelJS reads them
 *   with parseFloat («2026-09-04» → 2026); they become serial numbers, the form Excel itself writes.
 * - Relationship targets written as absolute paths («/xl/comments/comment1.xml», openpyxl): ExcelJS
 *   resolves them against the part's folder and loses the part; they become relative.
 * - A table without <tableStyleInfo> (LibreOffice): ExcelJS crashes when writing it («reading
 *   'theme'»); an empty style element (no named style, no stripes) is added, which shows the same.
 * - Ranges past row 1 048 576 (an older version's validations) are clamped to it.
 * - A zip with no workbook part: refused here with a Russian message, not a crash at save.
 */
import JSZip from 'jszip';
import { WORKBOOK_LIMITS, WorkbookTooBigError } from './workbook-limits';

export class PackageProblem extends Error {}

export async function prepareXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) throw new WorkbookTooBigError('file', bytes.length);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // not a zip: ExcelJS fails and the caller explains what the first bytes say
  }
  const names = Object.keys(zip.files);
  if (!names.some((name) => /^xl\/workbook\.xml$/i.test(name))) {
    throw new PackageProblem(
      'в архиве нет книги (части xl/workbook.xml): это не книга Excel или файл повреждён. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»',
    );
  }
  checkUncompressedSizes(zip);
  let changed = false;
  for (const name of names) {
    const file = zip.files[name];
    if (file.dir) continue;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const xml = await file.async('string');
      const fixed = clampRanges(xml.includes('t="d"') ? isoDatesToSerials(xml) : xml);
      if (fixed === xml) continue;
      zip.file(name, fixed);
      changed = true;
    } else if (/_rels\/[^/]*\.rels$/i.test(name)) {
      const xml = await file.async('string');
      const fixed = relativeTargets(xml, name);
      if (fixed === xml) continue;
      zip.file(name, fixed);
      changed = true;
    } else if (/^xl\/tables\/[^/]+\.xml$/i.test(name)) {
      const xml = await file.async('string');
      if (xml.includes('<tableStyleInfo')) continue;
      zip.file(name, xml.replace(/<\/table>\s*$/, `${EMPTY_TABLE_STYLE}</table>`));
      changed = true;
    }
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const EMPTY_TABLE_STYLE =
  '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>';

/** JSZip knows each entry's uncompressed size from the zip directory, before inflating anything. */
function checkUncompressedSizes(zip: JSZip): void {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (/^xl\/worksheets\//i.test(file.name) && size > WORKBOOK_LIMITS.sheetXmlBytes) {
      throw new WorkbookTooBigError('sheet', size);
    }
    total += size;
  }
  if (total > WORKBOOK_LIMITS.packageBytes) throw new WorkbookTooBigError('package', total);
}

const LAST_ROW = 1_048_576;

/** Ranges past the last row a sheet can have («C2:C1049576», written by an older version) end at it. */
export function clampRanges(xml: string): string {
  return xml.replace(/\b(sqref|ref)="([^"]*)"/g, (all, attribute: string, ranges: string) => {
    const clamped = ranges.replace(/([A-Z]+)(\d+)/g, (cell, col: string, row: string) =>
      Number(row) > LAST_ROW ? `${col}${LAST_ROW}` : cell,
    );
    return clamped === ranges ? all : `${attribute}="${clamped}"`;
  });
}

const CELL = /<c\b([^>]*?)(\/?)>/g;

/** Every `<c … t="d"><v>ISO</v></c>` becomes `<c …><v>serial</v></c>` (1900 date system). */
export function isoDatesToSerials(xml: string): string {
  let out = '';
  let last = 0;
  CELL.lastIndex = 0;
  for (let match = CELL.exec(xml); match !== null; match = CELL.exec(xml)) {
    const [tag, attributes, selfClosing] = match;
    if (!/\bt="d"/.test(attributes)) continue;
    const start = match.index;
    const plain = attributes.replace(/\s*\bt="d"/, '');
    if (selfClosing) {
      out += `${xml.slice(last, start)}<c${plain}/>`;
      last = start + tag.length;
      continue;
    }
    const end = xml.indexOf('</c>', start);
    if (end < 0) break;
    const inner = xml.slice(start + tag.length, end);
    const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? '';
    const serial = isoSerial(value);
    const body =
      serial === null ? `<c${plain} t="inlineStr"><is><t>${value}</t></is></c>` : `<c${plain}><v>${serial}</v></c>`;
    out += xml.slice(last, start) + body;
    last = end + 4;
    CELL.lastIndex = last;
  }
  return out + xml.slice(last);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** «2026-09-04» → 46269; «2026-09-04T10:30:00» → 46269.4375; anything else → null. */
export function isoSerial(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => Number(part ?? 0));
  const fraction = Number(`0.${m[7] ?? '0'}`);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) + fraction * 1000;
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== d) return null;
  return ms / 86_400_000 + 25_569;
}

/** Absolute targets («/xl/…») of a part's relationships, made relative to the part's folder. */
export function relativeTargets(xml: string, relsName: string): string {
  const partFolder = relsName.replace(/_rels\/[^/]*\.rels$/i, '');
  return xml.replace(/<Relationship\b[^>]*>/g, (element) => {
    if (/TargetMode="External"/i.test(element)) return element;
    return element.replace(/\bTarget="\/([^"]*)"/, (_all, absolute: string) =>
      partFolder === '' ? `Target="${absolute}"` : `Target="${relativePath(partFolder, absolute)}"`,
    );
  });
}

function relativePath(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter((part) => part !== '');
  const target = to.split('/');
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...new Array(from.length - common).fill('..'), ...target.slice(common)].join('/');
}
