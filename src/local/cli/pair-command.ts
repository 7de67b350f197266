import { MATCHING_MODES, type MatchingMode } from '../../core/matching/settings';
import { formPairs } from '../../core/usecases/pairs/form-pairs';
import { textKey } from '../../core/text/normalize';
import { UsageError } from './args';
import type { WorkbookCommand } from './command';

export const pairCommand: WorkbookCommand = {
  name: 'pair',
  summary: 'Сформировать пары: подобрать наставников и записать черновик «Пары (черновик)» и список «Без пары»',
  usage: 'nastavnik pair <книга.xlsx> [--mode оптимальный|"по взаимному выбору"|группы] [--out файл.xlsx]',
  options: { mode: `режим подбора вместо указанного в «Настройках»: ${MATCHING_MODES.join(', ')}` },
  run(env, args) {
    const wanted = args.text('mode');
    if (wanted === undefined) return formPairs(env);
    const mode = MATCHING_MODES.find((m) => m.startsWith(textKey(wanted)));
    if (!mode) throw new UsageError(`Неизвестный режим «${wanted}». Возможны: ${MATCHING_MODES.join(', ')}`);
    return formPairs(env, { mode: mode as MatchingMode });
  },
};
