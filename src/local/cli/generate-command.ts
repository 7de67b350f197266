import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { outcome } from '../../core/outcome';
import { generateDemoWorkbook } from '../demo/demo-workbook';
import { MAX_PARTICIPANTS } from '../demo/generate';
import { TerminalProgress } from '../terminal-progress';
import { UsageError } from './args';
import type { StandaloneCommand } from './command';
import { exists, FileProblem, saveWorkbook } from './files';

export const GENERATE_OPTIONS: Record<string, string> = {
  participants: `сколько участников в обеих базах (от 1 до ${MAX_PARTICIPANTS}), по умолчанию 60`,
  organizations: 'сколько организаций (1 — одна школа, 15 — муниципальная сеть), по умолчанию 1',
  seed: 'число, от которого зависят данные: с тем же числом получается та же книга, по умолчанию 1',
  mistakes: 'добавить типичные ошибки заполнения (дубли, неверные e-mail, даты текстом, нет согласия…)',
  'academic-year': 'учебный год (год начала), по умолчанию 2026',
  force: 'перезаписать существующий файл',
  quiet: 'не показывать ход работы',
};

export const generateCommand: StandaloneCommand = {
  kind: 'standalone',
  name: 'generate',
  summary: 'Создать учебную книгу с вымышленными участниками (для знакомства и проверки)',
  usage: 'nastavnik generate <новая-книга.xlsx> [--participants 60] [--organizations 1] [--seed 1] [--mistakes]',
  options: GENERATE_OPTIONS,
  async run(args) {
    args.allowOnly(Object.keys(GENERATE_OPTIONS));
    const [path, ...rest] = args.positional;
    if (!path) throw new UsageError('Укажите, в какой файл записать книгу, например: nastavnik generate out/demo.xlsx');
    if (rest.length > 0) throw new UsageError(`Лишние аргументы: ${rest.join(' ')}`);
    if (!path.toLowerCase().endsWith('.xlsx'))
      throw new UsageError(`Имя файла должно оканчиваться на .xlsx: «${path}»`);
    const participants = args.integer('participants', 60, 1, MAX_PARTICIPANTS);
    const organizations = args.integer('organizations', 1, 1, Math.min(participants, 1000));
    const seed = args.integer('seed', 1, 0, 2 ** 31 - 1);
    const academicYear = args.integer('academic-year', 2026, 2000, 2100);
    const mistakes = args.flag('mistakes');
    if (!args.flag('force') && (await exists(path))) {
      throw new FileProblem(
        `Файл «${path}» уже существует. Укажите другое имя или добавьте --force, чтобы перезаписать его`,
      );
    }
    const progress = new TerminalProgress(process.stderr, args.flag('quiet'));
    const { env, data, report } = generateDemoWorkbook(
      { participants, organizations, seed, mistakes, academicYear },
      { progress },
    );
    await mkdir(dirname(path), { recursive: true });
    progress.report(`Сохраняю ${path}`);
    await saveWorkbook(env, path);
    progress.finish();
    const lines = [
      `Наставников: ${report.mentorRows}, наставляемых: ${report.menteeRows}, организаций: ${data.organizations.length}.`,
      mistakes
        ? `Специально допущено ошибок и неточностей: ${data.mistakes.length} — запустите «nastavnik check ${path}», чтобы их найти.`
        : 'Данные без ошибок заполнения.',
      `Книга: ${path}`,
    ];
    return outcome('Учебная книга создана', lines, {
      mentors: report.mentorRows,
      menteeRows: report.menteeRows,
      mistakes: data.mistakes.length,
      file: path,
    });
  },
};
