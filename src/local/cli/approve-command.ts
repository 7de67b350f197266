import { approvePairs } from '../../core/usecases/pairs/approve-pairs';
import type { WorkbookCommand } from './command';

export const approveCommand: WorkbookCommand = {
  name: 'approve',
  summary: 'Утвердить пары: перенести строки черновика с решением «принять»/«закрепить» в реестр «Пары»',
  usage: 'nastavnik approve <книга.xlsx> [--all [--min-score N]] [--out файл.xlsx]',
  options: {
    all: 'утвердить и строки черновика без решения (все предложенные пары)',
    'min-score': 'вместе с --all: только пары с баллом не ниже указанного',
  },
  run: (env, args) =>
    approvePairs(env, { acceptUndecided: args.flag('all'), minScore: args.integer('min-score', 0, 0, 100) }),
};
