/**
 * The demo municipality as 15 school files: each school's own workbook (split-schools.ts) with
 * its «Для управления» sheet written as the school would write it — what the department then
 * consolidates with `nastavnik consolidate`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock, WorkbookPort } from '../../core/ports';
import { writeDepartmentSheet } from '../../core/usecases/department';
import { localEnv } from '../local-env';
import { XlsxWorkbook } from '../xlsx-workbook';
import { splitSchools } from './split-schools';

/** «СОШ № 5» → «СОШ № 5.xlsx»: characters a file name cannot hold become «_». */
export function schoolFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|«»]/g, '_').trim()}.xlsx`;
}

/** Writes one .xlsx per «Организации» row into `dir`; returns their paths in that order. */
export async function writeSchoolWorkbooks(municipal: WorkbookPort, dir: string, clock: Clock): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const school of splitSchools(municipal)) {
    const book = XlsxWorkbook.create();
    for (const [sheet, values] of Object.entries(school.sheets)) {
      book.ensureSheet(sheet);
      book.writeBlock(sheet, { row: 1, col: 1, values });
    }
    const env = localEnv(book, { clock, progress: { report: () => {} } });
    writeDepartmentSheet(env);
    const path = join(dir, schoolFileName(school.organization.short || school.organization.name));
    await env.save(path);
    paths.push(path);
  }
  return paths;
}
