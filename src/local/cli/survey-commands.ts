/**
 * Questionnaires offline: `import` loads an export of Google Forms / Yandex Forms answers into a
 * workbook (the same use case as «Загрузить ответы»), `forms` prints the questionnaires as DOCX.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Outcome, outcome } from '../../core/outcome';
import { WAVES } from '../../core/survey/answers-layout';
import { importAnswers } from '../../core/usecases/survey/import-answers';
import { printableForms } from '../../core/usecases/survey/printable-forms';
import { FolderDocuments } from '../docx-renderer';
import { localEnv } from '../local-env';
import { readAnswersFile } from '../survey-files';
import { TerminalProgress } from '../terminal-progress';
import { XlsxWorkbook } from '../xlsx-workbook';
import { type CommandArgs, UsageError } from './args';
import type { StandaloneCommand, WorkbookCommand } from './command';
import { backupCopy, exists, FileProblem, refuseOpenInOffice, refuseReadOnly, saveWorkbook } from './files';
import { lockWorkbook } from './lock';

const IMPORT_OPTIONS: Record<string, string> = {
  form: 'шаблон и волна анкеты, например mentee-monitoring:вход (шаблоны — на листе «Шаблоны анкет»)',
  out: 'записать результат в другой файл (без --out книга перезаписывается, а рядом остаётся резервная копия)',
  quiet: 'не показывать ход работы',
};

const IMPORT_USAGE = 'nastavnik import <книга.xlsx> <ответы.csv|xlsx> --form <шаблон>:<волна> [--out файл.xlsx]';

export const importCommand: StandaloneCommand = {
  kind: 'standalone',
  name: 'import',
  summary: 'Загрузить ответы анкеты из выгрузки Google Форм или Яндекс Форм (CSV/XLSX) в «Ответы», базы и «Динамику»',
  usage: IMPORT_USAGE,
  options: IMPORT_OPTIONS,
  async run(args) {
    args.allowOnly(Object.keys(IMPORT_OPTIONS));
    const [workbookPath, answersPath, ...extra] = args.positional;
    if (!workbookPath || !answersPath) throw new UsageError(`Укажите книгу и файл ответов: ${IMPORT_USAGE}`);
    if (extra.length > 0) throw new UsageError(`Лишние аргументы: ${extra.join(' ')}. ${IMPORT_USAGE}`);
    const form = parseFormOption(args);
    if (!(await exists(workbookPath)))
      throw new FileProblem(
        `Файл «${workbookPath}» не найден. Новую книгу создаёт команда: nastavnik init ${workbookPath}`,
      );
    if (!(await exists(answersPath))) throw new FileProblem(`Файл ответов «${answersPath}» не найден`);
    const outPath = args.text('out') ?? workbookPath;
    if (!/\.xlsx$/i.test(outPath))
      throw new UsageError(`--out «${outPath}»: имя файла книги должно оканчиваться на .xlsx`);
    await refuseOpenInOffice(outPath);
    if (await exists(outPath)) await refuseReadOnly(outPath);
    const grid = await readAnswersFile(answersPath).catch((error: unknown) => {
      throw new FileProblem(
        `Не удалось прочитать «${answersPath}»: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const progress = new TerminalProgress(process.stderr, args.flag('quiet'));
    const unlock = await lockWorkbook(outPath);
    try {
      const env = localEnv(await XlsxWorkbook.open(workbookPath), { progress });
      const result = importAnswers(env, [
        { name: answersPath.split(/[\\/]/).pop() ?? answersPath, grid, template: form.template, wave: form.wave },
      ]);
      progress.finish();
      // Nothing is saved when the file was refused: the workbook stays as it was, the reason is the error.
      if (Number(result.figures?.refused ?? 0) > 0) {
        const reason = result.lines.filter((line) => line !== 'Ответы не загружены.').join('\n');
        if (result.status === 'nothing-to-do') throw new UsageError(reason);
        throw new FileProblem(`Ответы не загружены, книга не изменена.\n${reason}`);
      }
      const lines = [...result.lines];
      // Whatever file is about to be replaced — the workbook or an existing --out — is copied first.
      if (await exists(outPath)) lines.push(`Резервная копия: ${await backupCopy(outPath, env.clock.now())}`);
      await mkdir(dirname(resolve(outPath)), { recursive: true });
      await saveWorkbook(env, outPath);
      lines.push(`Книга сохранена: ${outPath}`);
      return { ...result, lines };
    } finally {
      progress.finish();
      await unlock();
    }
  },
};

function parseFormOption(args: CommandArgs): { template: string; wave: string } {
  const value = args.text('form');
  const match = value ? /^([^:]+):(.+)$/.exec(value.trim()) : null;
  if (!match)
    throw new UsageError(
      `Укажите анкету ключом --form <шаблон>:<волна>, например --form mentee-monitoring:вход. ${IMPORT_USAGE}`,
    );
  const wave = match[2].trim().toLowerCase();
  if (!(WAVES as readonly string[]).includes(wave))
    throw new UsageError(`Волна «${match[2]}» не подходит: ${WAVES.join(', ')}`);
  return { template: match[1].trim(), wave };
}

const FORMS_OPTIONS: Record<string, string> = {
  dir: 'папка для файлов .docx, по умолчанию рядом с книгой',
  form: 'только эта анкета: <шаблон> или <шаблон>:<волна>',
};

export const formsCommand: WorkbookCommand = {
  name: 'forms',
  summary: 'Напечатать анкеты (DOCX) для сбора ответов на бумаге — те же вопросы, что в Google Формах',
  usage: 'nastavnik forms <книга.xlsx> [--dir папка] [--form шаблон:волна]',
  options: FORMS_OPTIONS,
  readOnly: true,
  async run(env, args): Promise<Outcome> {
    const dir = args.text('dir') ?? dirname(resolve(args.outputPath));
    const [template, wave] = (args.text('form') ?? '').split(':').map((part) => part.trim());
    const models = printableForms(env, { template: template || undefined, wave: wave || undefined });
    if (models.length === 0)
      return {
        status: 'nothing-to-do',
        title: 'Анкеты',
        lines: [`Нет анкеты «${args.text('form')}». Шаблоны — на листе «Шаблоны анкет».`],
      };
    const documents = new FolderDocuments(dir);
    for (const model of models) documents.create(model);
    const files = await documents.settle();
    return outcome('Анкеты для печати', [`Файлов: ${files.length}:`, ...files.map((file) => `  ${file}`)], {
      files: files.length,
    });
  },
};
