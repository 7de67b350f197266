import { runIndicators } from '../../core/usecases/indicators';
import type { WorkbookCommand } from './command';

export const indicatorsCommand: WorkbookCommand = {
  name: 'indicators',
  summary:
    'Показатели: рассчитать лист «Показатели» (факт, план, статус, источник, разрезы по организациям и формам) и обновить «Сводку»',
  usage: 'nastavnik indicators <книга.xlsx> [--out файл.xlsx]',
  run: (env) => runIndicators(env),
};
