import type { Validation } from '../core/ports';
import type { DataValidationApi, SheetApi, SpreadsheetAppApi } from './apps-script-api';

/** Sheets' largest safe bound for "any number" (the builder has no plain requireNumber). */
const ANY_NUMBER = 1e15;

/**
 * A data-validation rule for a column. Unless `strict`, invalid input is allowed and only
 * marked (the check reports it with a readable message), so pasting old data never fails.
 */
export function validationRule(
  sheetNamed: (name: string) => SheetApi,
  spreadsheetApp: Pick<SpreadsheetAppApi, 'newDataValidation'>,
  validation: Validation,
): DataValidationApi {
  const builder = spreadsheetApp.newDataValidation();
  switch (validation.kind) {
    case 'list':
      builder.requireValueInList(validation.values, true).setAllowInvalid(!validation.strict);
      break;
    case 'range': {
      const source = sheetNamed(validation.sheet);
      const rows = Math.max(1, validation.lastRow - validation.firstRow + 1);
      builder
        .requireValueInRange(source.getRange(validation.firstRow, validation.col, rows, 1), true)
        .setAllowInvalid(!validation.strict);
      break;
    }
    case 'date':
      builder.requireDate().setAllowInvalid(true).setHelpText('Дата в формате дд.мм.гггг');
      break;
    case 'number': {
      const { min, max } = validation;
      if (min !== undefined && max !== undefined) builder.requireNumberBetween(min, max);
      else if (min !== undefined) builder.requireNumberGreaterThanOrEqualTo(min);
      else if (max !== undefined) builder.requireNumberLessThanOrEqualTo(max);
      else builder.requireNumberBetween(-ANY_NUMBER, ANY_NUMBER);
      builder.setAllowInvalid(true).setHelpText(numberHelp(min, max));
      break;
    }
  }
  return builder.build();
}

function numberHelp(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `Число от ${min} до ${max}`;
  if (min !== undefined) return `Число не меньше ${min}`;
  if (max !== undefined) return `Число не больше ${max}`;
  return 'Число';
}
