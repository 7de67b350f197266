import { checkBases } from '../../core/usecases/check-bases';
import { setupWorkbook } from '../../core/usecases/setup-workbook';
import { runMenuAction } from '../run-action';

/** Расширения → Наставник → Подготовить таблицу. */
export function menuSetupWorkbook(): void {
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true });
}

/** Расширения → Наставник → Проверить базы. */
export function menuCheckBases(): void {
  runMenuAction('Проверить базы', checkBases, { lock: true });
}
