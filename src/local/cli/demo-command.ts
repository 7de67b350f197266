import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatRuDate } from '../../core/cell';
import { type Outcome, outcome } from '../../core/outcome';
import type { Clock } from '../../core/ports';
import { generateDemoWorkbook } from '../demo/demo-workbook';
import type { DemoOptions } from '../demo/generate';
import { DEMO_STEPS } from '../demo/steps';
import { TerminalProgress } from '../terminal-progress';
import { UsageError } from './args';
import type { CommandIO, StandaloneCommand } from './command';
import { saveWorkbook } from './files';
import { formatOutcome } from './print';

/** The two demo workbooks: a school with typical mistakes, and a municipal network of 15 schools. */
export const DEMO_WORKBOOKS: ReadonlyArray<{ name: string; title: string; options: DemoOptions }> = [
  {
    name: 'demo',
    title: 'Школа: 60 участников, с типичными ошибками',
    options: { participants: 60, organizations: 1, seed: 1, mistakes: true },
  },
  {
    name: 'municipality',
    title: 'Муниципалитет: 15 школ, 1500 участников',
    options: { participants: 1500, organizations: 15, seed: 2, mistakes: true },
  },
];

/** A clock the demo moves from step to step (see `DemoStep.on`). */
export interface DemoClock extends Clock {
  set(date: Date): void;
}

/** The demo's last day: the report is made on 27 May, when every questionnaire is in. */
export const demoLastDay = (year: number) => new Date(year + 1, 4, 27, 10, 0);

/**
 * The demo lives through its academic year, whatever the real date: the same files on every run
 * and every machine. Steps run on the dates a school would run them (see DEMO_STEPS: pairs and the
 * order in October, entry answers in November, exit in April, the report at the end of May); a
 * step without a date runs on the last day. The workbook is generated on 1 September.
 */
export function demoClock(options: DemoOptions): DemoClock {
  const year = options.academicYear ?? 2026;
  let today = new Date(year, 8, 1, 9, 0);
  return {
    now: () => today,
    set: (date) => {
      today = date;
    },
  };
}

const DEMO_OPTIONS: Record<string, string> = {
  dir: 'папка для результатов, по умолчанию out',
  quiet: 'не показывать ход работы',
};

export const demoCommand: StandaloneCommand = {
  kind: 'standalone',
  name: 'demo',
  summary: 'Показать работу программы: создать учебные книги (школа и муниципалитет) и выполнить на них все шаги',
  usage: 'nastavnik demo [--dir out]',
  options: DEMO_OPTIONS,
  async run(args, io) {
    args.allowOnly(Object.keys(DEMO_OPTIONS));
    if (args.positional.length > 0)
      throw new UsageError(`Лишние аргументы: ${args.positional.join(' ')}. Папка задаётся ключом --dir`);
    const dir = args.text('dir') ?? 'out';
    await mkdir(dir, { recursive: true });
    const progress = new TerminalProgress(process.stderr, args.flag('quiet'));
    const files: string[] = [];
    for (const book of DEMO_WORKBOOKS) {
      files.push(...(await runDemoWorkbook(book, dir, progress, io)));
    }
    return outcome(
      'Демонстрация завершена',
      ['Созданные файлы (откройте в Excel или LibreOffice):', ...files.map((file) => `  ${resolve(file)}`)],
      { files: files.length },
    );
  },
};

async function runDemoWorkbook(
  book: (typeof DEMO_WORKBOOKS)[number],
  dir: string,
  progress: TerminalProgress,
  io: CommandIO,
): Promise<string[]> {
  const started = Date.now();
  const workbookPath = join(dir, `${book.name}.xlsx`);
  io.out(`\n═══ ${book.title} → ${workbookPath}`);
  const clock = demoClock(book.options);
  const year = book.options.academicYear ?? 2026;
  const { env, data, report } = generateDemoWorkbook(book.options, { progress, clock });
  progress.finish();
  io.out(
    `  Учебная книга проживает ${year}/${year + 1} учебный год: создана ${formatRuDate(env.clock.now())}, каждый шаг выполняется в свой день (дата — в заголовке шага), отчёт — ${formatRuDate(demoLastDay(year))}.`,
  );
  io.out(
    `  Создана книга: наставников ${report.mentorRows}, наставляемых ${report.menteeRows}, организаций ${data.organizations.length}, намеренных ошибок ${data.mistakes.length}.`,
  );
  const files = [workbookPath];
  for (const [i, step] of DEMO_STEPS.entries()) {
    const day = step.on?.(year) ?? demoLastDay(year);
    io.out(`\n  Шаг ${i + 1} (${formatRuDate(day)}). ${step.title}`);
    const stepStarted = Date.now();
    clock.set(day);
    const context = { env, name: book.name, workbookPath, dir, data, addFile: (file: string) => files.push(file) };
    let result: Outcome = await step.run(context);
    await env.continuations.drain();
    // Offline a paused step continues at once, from the state it saved (see src/core/jobs/run-job.ts).
    for (let resumes = 0; result.status === 'paused' && resumes < 10_000; resumes++) {
      result = await step.run(context);
      await env.continuations.drain();
    }
    progress.finish();
    for (const line of formatOutcome(result)) io.out(`    ${line}`);
    io.out(`    (${seconds(Date.now() - stepStarted)})`);
  }
  await rm(workbookPath, { force: true });
  await saveWorkbook(env, workbookPath);
  io.out(`  Сохранено: ${workbookPath} (${seconds(Date.now() - started)})`);
  return files;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} с`;
}
