import { runSwot } from '../../core/usecases/swot';
import type { WorkbookCommand } from './command';

export const swotCommand: WorkbookCommand = {
  name: 'swot',
  summary:
    'SWOT-анализ: собрать лист «SWOT» из анкет, динамики, удовлетворённости и показателей (свои записи сохраняются)',
  usage: 'nastavnik swot <книга.xlsx> [--out файл.xlsx]',
  run: (env) => runSwot(env),
};
