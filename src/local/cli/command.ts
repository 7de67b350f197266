import type { Outcome } from '../../core/outcome';
import type { LocalEnv } from '../local-env';
import { CommandArgs } from './args';

/** Options every workbook command accepts (the CLI handles them itself). */
export const COMMON_OPTIONS: Record<string, string> = {
  out: 'записать результат в другой файл (без --out книга перезаписывается, а рядом остаётся резервная копия)',
  quiet: 'не показывать ход работы',
  locale: 'язык сообщений: ru (по умолчанию) или en',
};

/** Arguments of a workbook command: its options plus where the workbook comes from and goes to. */
export class WorkbookArgs extends CommandArgs {
  constructor(
    args: CommandArgs,
    /** The workbook given on the command line. */
    readonly workbookPath: string,
    /** Where the workbook will be saved (the same file, or --out). Files a command makes go next to it. */
    readonly outputPath: string,
  ) {
    super(args.positional, args.options);
  }
}

/**
 * A command that works on one workbook: the CLI opens `<workbook.xlsx>`, builds the Env, calls
 * `run`, drains continuations, saves (in place after a backup, or to --out) and prints the Outcome.
 *
 * To add one: write `export const pairCommand: WorkbookCommand = { … }` in your own file and add
 * one line to `COMMANDS` in src/local/cli/commands.ts. `run` usually is just `(env) => yourUseCase(env)`.
 */
export interface WorkbookCommand {
  kind?: 'workbook';
  name: string;
  /** One line in Russian for `nastavnik help`. */
  summary: string;
  /** E.g. 'nastavnik check <книга.xlsx> [--out файл.xlsx]'. */
  usage: string;
  /** The command's own options: name (without --) → description. Unknown options are refused. */
  options?: Record<string, string>;
  /** Start a new workbook when the file does not exist (only `init`). */
  createsWorkbook?: boolean;
  /** More files may follow the workbook on the command line (they are in `args.positional` after it). */
  extraArgs?: boolean;
  /** The command only reads: nothing is saved. */
  readOnly?: boolean;
  run(env: LocalEnv, args: WorkbookArgs): Outcome | Promise<Outcome>;
}

/** Where a standalone command prints. */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
}

/** A command that manages its own files (generate, demo). */
export interface StandaloneCommand {
  kind: 'standalone';
  name: string;
  summary: string;
  usage: string;
  options?: Record<string, string>;
  run(args: CommandArgs, io: CommandIO): Promise<Outcome>;
}

export type Command = WorkbookCommand | StandaloneCommand;
