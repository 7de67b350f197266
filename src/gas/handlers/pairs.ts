import { approvePairs } from '../../core/usecases/pairs/approve-pairs';
import { formPairs } from '../../core/usecases/pairs/form-pairs';
import { runMenuAction } from '../run-action';

/** Расширения → Наставник → Сформировать пары. */
export function menuFormPairs(): void {
  runMenuAction('Сформировать пары', (env) => formPairs(env), { lock: true });
}

/** Расширения → Наставник → Утвердить пары. */
export function menuApprovePairs(): void {
  runMenuAction('Утвердить пары', (env) => approvePairs(env), { lock: true });
}
