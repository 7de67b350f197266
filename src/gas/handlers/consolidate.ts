import { consolidateLinked } from '../../core/usecases/consolidate-linked';
import { writeDepartmentSheet } from '../../core/usecases/department';
import { runMenuAction } from '../run-action';

/** Расширения → Наставник → Свод по школам → Для управления (in a school's table). */
export function menuDepartmentSheet(): void {
  runMenuAction('Для управления', writeDepartmentSheet, { lock: true });
}

/**
 * Расширения → Наставник → Свод по школам → Собрать свод (in the department's table): imports the
 * schools' «Для управления» through IMPORTRANGE formulas — no scope beyond the add-on's own.
 */
export function menuConsolidateSchools(): void {
  runMenuAction('Свод по школам', consolidateLinked, { lock: true });
}
