/**
 * `nastavnik <command> <workbook.xlsx> [--out file.xlsx] [options]` — the offline CLI.
 * Exit status: 0 done; 1 a file problem (missing, not an .xlsx, damaged, cannot write);
 * 2 a usage mistake (unknown command or option); 3 an internal error.
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Outcome } from '../../core/outcome';
import type { Locale } from '../../core/ports';
import { type LocalEnv, localEnv } from '../local-env';
import { TerminalProgress } from '../terminal-progress';
import { WorkbookFileError, XlsxWorkbook } from '../xlsx-workbook';
import { CommandArgs, UsageError } from './args';
import { type Command, type CommandIO, COMMON_OPTIONS, WorkbookArgs, type WorkbookCommand } from './command';
import { COMMANDS, findCommand } from './commands';
import { backupCopy, exists, FileProblem, reason, refuseOpenInOffice, refuseReadOnly, saveWorkbook } from './files';
import { lockWorkbook } from './lock';
import { formatOutcome } from './print';

const CONSOLE_IO: CommandIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(argv: readonly string[], io: CommandIO = CONSOLE_IO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help') {
      printHelp(io, rest[0]);
      return 0;
    }
    const command = findCommand(name);
    if (!command) {
      throw new UsageError(
        `Неизвестная команда «${name}». Команды: ${COMMANDS.map((c) => c.name).join(', ')}. Подробнее: nastavnik help`,
      );
    }
    const args = CommandArgs.parse(rest);
    if (args.has('help')) {
      printCommandHelp(io, command);
      return 0;
    }
    const result =
      command.kind === 'standalone' ? await command.run(args, io) : await runWorkbookCommand(command, args);
    for (const line of formatOutcome(result)) io.out(line);
    return 0;
  } catch (error) {
    return reportError(error, io, name);
  }
}

async function runWorkbookCommand(command: WorkbookCommand, args: CommandArgs) {
  args.allowOnly([...Object.keys(COMMON_OPTIONS), ...Object.keys(command.options ?? {})]);
  const [path, ...extra] = args.positional;
  if (!path) throw new UsageError(`Укажите файл книги: ${command.usage}`);
  if (extra.length > 0 && !command.extraArgs)
    throw new UsageError(`Лишние аргументы: ${extra.join(' ')}. ${command.usage}`);
  requireXlsxName(path);
  const outPath = args.text('out') ?? path;
  requireXlsxName(outPath);
  const locale = parseLocale(args.text('locale'));
  const found = await fileKind(path);
  if (found === 'directory') throw new FileProblem(`«${path}» — это папка, а нужен файл книги .xlsx`);
  if (found === 'missing' && !command.createsWorkbook) {
    throw new FileProblem(
      `Файл «${path}» не найден. Проверьте имя и папку. Новую книгу создаёт команда: nastavnik init ${path}`,
    );
  }
  if (!command.readOnly) {
    await refuseOpenInOffice(outPath);
    if (found === 'file' && resolve(outPath) === resolve(path)) await refuseReadOnly(path);
    else if ((await fileKind(outPath)) === 'file') await refuseReadOnly(outPath);
  }
  const progress = new TerminalProgress(process.stderr, args.flag('quiet'));
  const unlock = command.readOnly ? Object.assign(async () => {}, { notes: [] }) : await lockWorkbook(outPath);
  try {
    const workbook = found === 'file' ? await XlsxWorkbook.open(path) : XlsxWorkbook.create();
    const env = localEnv(workbook, { locale, progress });
    const result = await runToEnd(command, env, new WorkbookArgs(args, path, outPath));
    progress.finish();
    if (command.readOnly) return result;
    const lines = [...unlock.notes, ...result.lines, ...(await save(env, path, outPath, found === 'file'))];
    return { ...result, lines };
  } finally {
    progress.finish();
    await unlock();
  }
}

/** Most resumes a paused run may take before the CLI gives up (a job that never finishes is a bug). */
const MAX_RESUMES = 10_000;

/**
 * Offline there is no time limit, but a use case may still pause (a job's budget is the host's
 * choice): the continuation runs right away — the command again, resuming from its saved state —
 * and so do continuations scheduled through `env.continuations`.
 */
async function runToEnd(command: WorkbookCommand, env: LocalEnv, args: WorkbookArgs): Promise<Outcome> {
  let result = await command.run(env, args);
  await env.continuations.drain();
  for (let resumes = 0; result.status === 'paused'; resumes++) {
    if (resumes >= MAX_RESUMES) throw new Error(`«${command.name}» не завершилась после ${MAX_RESUMES} продолжений`);
    env.progress.report(`${result.title}: продолжаю`);
    result = await command.run(env, args);
    await env.continuations.drain();
  }
  return result;
}

/** Saves the workbook; in place only after a backup copy. Returns the lines telling where. */
async function save(env: LocalEnv, path: string, outPath: string, existed: boolean): Promise<string[]> {
  const lines: string[] = [];
  const inPlace = resolve(outPath) === resolve(path);
  if (existed) {
    const lost = await partsExcelJsDrops(path);
    if (lost.length > 0)
      lines.push(
        `Внимание: в книге есть ${lost.join(', ')} — программа не умеет их сохранять, в новой книге их не будет. Исходный файл: ${inPlace ? 'резервная копия ниже' : path}.`,
      );
  }
  // Whatever file is about to be replaced — the workbook itself or an existing --out — is copied first.
  let backup: string | null = null;
  if ((inPlace && existed) || (!inPlace && (await fileKind(outPath)) === 'file')) {
    backup = await backupCopy(outPath, env.clock.now());
    lines.push(`Резервная копия: ${backup}`);
  }
  try {
    await mkdir(dirname(outPath), { recursive: true });
    await saveWorkbook(env, outPath);
  } catch (error) {
    // The workbook was not replaced: a backup of it would only be litter beside it.
    if (backup) await rm(backup, { force: true });
    throw error;
  }
  lines.push(`Книга сохранена: ${outPath}`);
  return lines;
}

/**
 * Parts of an .xlsx that ExcelJS reads past and does not write back (their names are plain text in
 * the zip). Charts and shapes are not among them: they are put back from the original package.
 */
async function partsExcelJsDrops(path: string): Promise<string[]> {
  const bytes = await readFile(path);
  const parts: Array<[string, string]> = [
    ['xl/pivotTables/', 'сводные таблицы'],
    ['xl/slicers/', 'срезы'],
    ['xl/vbaProject', 'макросы'],
  ];
  return parts.filter(([marker]) => bytes.includes(marker)).map(([, label]) => label);
}

async function fileKind(path: string): Promise<'file' | 'directory' | 'missing'> {
  if (!(await exists(path))) return 'missing';
  return (await stat(path)).isDirectory() ? 'directory' : 'file';
}

function requireXlsxName(path: string): void {
  if (/\.xlsx$/i.test(path)) return;
  if (/\.(xls|ods|csv|xlsm)$/i.test(path)) {
    throw new UsageError(
      `«${path}»: поддерживаются только книги .xlsx. Откройте файл в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»`,
    );
  }
  throw new UsageError(`«${path}»: имя файла книги должно оканчиваться на .xlsx`);
}

function parseLocale(value: string | undefined): Locale {
  if (value === undefined || value === 'ru') return 'ru';
  if (value === 'en') return 'en';
  throw new UsageError(`--locale: ожидается ru или en, получено «${value}»`);
}

function reportError(error: unknown, io: CommandIO, commandName: string | undefined): number {
  if (error instanceof UsageError) {
    io.err(`Ошибка: ${error.message}`);
    const command = commandName ? findCommand(commandName) : undefined;
    io.err(command ? `Как вызывать: ${command.usage}` : 'Список команд: nastavnik help');
    return 2;
  }
  if (error instanceof FileProblem || error instanceof WorkbookFileError) {
    io.err(`Ошибка: ${error.message}`);
    return 1;
  }
  if (error instanceof RangeError && /участник|организац/.test(error.message)) {
    io.err(`Ошибка: ${error.message}`);
    return 2;
  }
  io.err(`Внутренняя ошибка программы: ${reason(error)}`);
  if (process.env.NASTAVNIK_DEBUG && error instanceof Error) io.err(error.stack ?? '');
  else io.err('Книга не изменена. Подробности: запустите ещё раз с переменной окружения NASTAVNIK_DEBUG=1');
  return 3;
}

function printHelp(io: CommandIO, topic: string | undefined): void {
  const command = topic ? findCommand(topic) : undefined;
  if (command) {
    printCommandHelp(io, command);
    return;
  }
  io.out('Наставник — программа наставничества в книге Excel (.xlsx), без Google.');
  io.out('');
  io.out('Как вызывать: nastavnik <команда> <книга.xlsx> [--out файл.xlsx] [ключи]');
  io.out('');
  io.out('Команды:');
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(width)}  ${c.summary}`);
  io.out(`  ${'help'.padEnd(width)}  Эта справка; «nastavnik help <команда>» — о команде`);
  io.out('');
  io.out('Общие ключи команд, работающих с книгой:');
  printOptions(io, COMMON_OPTIONS);
  io.out('');
  io.out('Пример: nastavnik init школа.xlsx  →  nastavnik check школа.xlsx');
}

function printCommandHelp(io: CommandIO, command: Command): void {
  io.out(`${command.name} — ${command.summary}`);
  io.out(`Как вызывать: ${command.usage}`);
  const options = { ...(command.kind === 'standalone' ? {} : COMMON_OPTIONS), ...(command.options ?? {}) };
  if (Object.keys(options).length > 0) {
    io.out('Ключи:');
    printOptions(io, options);
  }
}

function printOptions(io: CommandIO, options: Record<string, string>): void {
  const width = Math.max(...Object.keys(options).map((option) => option.length));
  for (const [option, text] of Object.entries(options)) io.out(`  --${option.padEnd(width)}  ${text}`);
}
