/**
 * `nastavnik department <школа.xlsx>` — a school writes «Для управления» (its figures as sums, no names);
 * `nastavnik consolidate <муниципалитет.xlsx> <папка | файлы…>` — the department gathers those
 * sheets into «Свод по школам». Of a school's file the roll-up takes the «Для управления» sheet only.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Grid } from '../../core/cell';
import { DEPARTMENT_SHEET } from '../../core/program/department-sheet';
import { aggregatesOf, consolidateSchools, type SchoolSource } from '../../core/usecases/consolidate';
import { writeDepartmentSheet, writeWholeSheet } from '../../core/usecases/department';
import { XlsxWorkbook } from '../xlsx-workbook';
import { UsageError } from './args';
import type { WorkbookCommand } from './command';
import { reason } from './files';

/** Why a school in «Организации» has no file among those given. */
export const NO_FILE = 'нет данных от школы: её книги нет среди файлов';

export const departmentCommand: WorkbookCommand = {
  name: 'department',
  summary: `Для управления: записать лист «${DEPARTMENT_SHEET}» — итоги школы только числами, без ФИО (для свода по школам)`,
  usage: 'nastavnik department <книга-школы.xlsx> [--file для-управления.xlsx] [--out файл.xlsx]',
  options: {
    file: `также сохранить отдельный файл только с листом «${DEPARTMENT_SHEET}» — его и отправить в управление`,
  },
  async run(env, args) {
    const result = writeDepartmentSheet(env);
    const file = args.text('file');
    const grid = env.workbook.readSheet(DEPARTMENT_SHEET);
    if (!file || !grid || result.figures?.metrics === undefined) return result;
    if (!file.toLowerCase().endsWith('.xlsx'))
      throw new UsageError(`Имя файла должно оканчиваться на .xlsx: «${file}»`);
    const alone = XlsxWorkbook.create();
    writeWholeSheet(alone, DEPARTMENT_SHEET, grid, [{ col: 2, width: 360 }]);
    await alone.save(file);
    return { ...result, lines: [...result.lines, `Файл для управления (только этот лист): ${file}`] };
  },
};

/** The .xlsx files of a folder, without backups and office lock files, in name order. */
async function workbooksIn(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((name) => extname(name).toLowerCase() === '.xlsx')
    .filter((name) => !name.startsWith('~$') && !name.startsWith('.') && !/\.bak-\d{8}-\d{6}/.test(name))
    .sort((a, b) => a.localeCompare(b, 'ru'))
    .map((name) => join(folder, name));
}

/** The files named on the command line, folders opened; the municipal workbook itself left out. */
export async function schoolFiles(inputs: readonly string[], municipal: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const kind = await stat(input).then(
      (s) => (s.isDirectory() ? 'directory' : 'file'),
      () => 'missing',
    );
    if (kind === 'directory') files.push(...(await workbooksIn(input)));
    else files.push(input);
  }
  const own = resolve(municipal);
  return [...new Set(files.map((file) => resolve(file)))].filter((file) => file !== own);
}

/** Reads each file once; a file that cannot be read becomes a source that says why. */
export async function schoolSources(files: readonly string[]): Promise<SchoolSource[]> {
  const sources: SchoolSource[] = [];
  for (const file of files) {
    const label = basename(file);
    let aggregates: Grid | null = null;
    let failure: string | null = null;
    const found = await stat(file).then(
      () => true,
      () => false,
    );
    if (!found) failure = 'файл не найден';
    else
      try {
        aggregates = aggregatesOf(await XlsxWorkbook.open(file));
      } catch (error) {
        failure = `не удалось открыть: ${reason(error)}`;
      }
    sources.push({
      label,
      readAggregates: () => {
        if (failure !== null) throw new Error(failure);
        return aggregates;
      },
    });
  }
  return sources;
}

export const consolidateCommand: WorkbookCommand = {
  name: 'consolidate',
  summary: `Свод по школам: собрать листы «${DEPARTMENT_SHEET}» книг школ в лист «Свод по школам» муниципальной книги`,
  usage: 'nastavnik consolidate <книга-муниципалитета.xlsx> <папка с книгами школ | файлы школ…> [--out файл.xlsx]',
  extraArgs: true,
  async run(env, args) {
    const inputs = args.positional.slice(1);
    if (inputs.length === 0)
      throw new UsageError(`Укажите папку с книгами школ или их файлы: ${consolidateCommand.usage}`);
    const files = await schoolFiles(inputs, args.workbookPath);
    const sources = await schoolSources(files);
    return consolidateSchools(env, sources, { absentReason: () => NO_FILE });
  },
};
