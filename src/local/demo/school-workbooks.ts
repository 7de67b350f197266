/**
 * The demo municipality as 15 school files: each school's own workbook (split-schools.ts) with
 * its «Для управления» sheet written as the school would write it — what the department then
 * consolidates with `nastavnik consolidate`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Outcome } from '../../core/outcome';
import type { Clock, WorkbookPort } from '../../core/ports';
import { consolidateSchools } from '../../core/usecases/consolidate';
import { writeDepartmentSheet } from '../../core/usecases/department';
import { NO_FILE, schoolSources } from '../cli/consolidate-command';
import { localEnv } from '../local-env';
import { XlsxWorkbook } from '../xlsx-workbook';
import { splitSchools } from './split-schools';
import type { DemoContext } from './steps';

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

/**
 * The demo's last step for the municipality: its 15 schools' own workbooks (each with «Для
 * управления»), then `nastavnik consolidate` of them into «Свод по школам» of the municipal book.
 */
export async function demoConsolidation(ctx: DemoContext): Promise<Outcome> {
  if (ctx.name !== 'municipality')
    return { status: 'nothing-to-do', title: 'Свод по школам', lines: ['Свод собирает муниципальная книга.'] };
  const dir = join(ctx.dir, `${ctx.name}-школы`);
  const files = await writeSchoolWorkbooks(ctx.env.workbook, dir, ctx.env.clock);
  ctx.addFile(dir);
  const result = consolidateSchools(ctx.env, await schoolSources(files), { absentReason: () => NO_FILE });
  return {
    ...result,
    lines: [`Книги школ (${files.length}, с листом «Для управления»): ${dir}`, ...result.lines],
  };
}
