/** Reading an export of form answers (CSV in UTF-8 or Windows-1251, or the first sheet of an .xlsx). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Grid } from '../core/cell';
import { parseCsv } from '../core/survey/csv';
import { XlsxWorkbook } from './xlsx-workbook';

export async function readAnswersFile(path: string): Promise<Grid> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') {
    const workbook = await XlsxWorkbook.open(path);
    const first = workbook.sheetNames()[0];
    return (first ? workbook.readSheet(first) : null) ?? [];
  }
  if (ext !== '.csv' && ext !== '.tsv' && ext !== '.txt') {
    throw new Error(`Файл ответов «${path}» должен быть .csv или .xlsx (выгрузка Google Форм или Яндекс Форм)`);
  }
  return parseCsv(decode(await readFile(path)));
}

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1251 (Excel «CSV»). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}
