import { runIndicators } from '../../core/usecases/indicators';
import { runSwot } from '../../core/usecases/swot';
import { runMenuAction } from '../run-action';

/** Расширения → Наставник → Показатели (also refreshes «Сводка»). */
export function menuIndicators(): void {
  runMenuAction('Показатели', runIndicators, { lock: true });
}

/** Расширения → Наставник → SWOT-анализ. */
export function menuSwot(): void {
  runMenuAction('SWOT-анализ', runSwot, { lock: true });
}
