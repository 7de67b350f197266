/**
 * The CLI's commands, in the order `nastavnik help` lists them. Add yours with ONE line
 * (see `WorkbookCommand` in ./command.ts); do not restructure this list.
 */
import { setupWorkbook } from '../../core/usecases/setup-workbook';
import { approveCommand } from './approve-command';
import { checkCommand } from './check-command';
import { consolidateCommand, departmentCommand } from './consolidate-command';
import { pairCommand } from './pair-command';
import type { Command } from './command';
import { demoCommand } from './demo-command';
import { docsCommand } from './docs-command';
import { generateCommand } from './generate-command';
import { indicatorsCommand } from './indicators-command';
import { roadmapCommand } from './roadmap-command';
import { swotCommand } from './swot-command';
import { formsCommand, importCommand } from './survey-commands';

export const COMMANDS: Command[] = [
  {
    name: 'init',
    summary: 'Подготовить таблицу: создать недостающие листы, столбцы, справочники и настройки',
    usage: 'nastavnik init <книга.xlsx> [--out файл.xlsx]',
    createsWorkbook: true,
    run: (env) => setupWorkbook(env),
  },
  checkCommand,
  pairCommand,
  approveCommand,
  importCommand,
  formsCommand,
  indicatorsCommand,
  swotCommand,
  roadmapCommand,
  docsCommand,
  departmentCommand,
  consolidateCommand,
  generateCommand,
  demoCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
