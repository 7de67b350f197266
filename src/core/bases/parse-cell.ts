import { type Cell, cellText, isBlank, computedValue } from '../cell';
import type { Catalogues } from '../catalogues/catalogues';
import { TEAM_CATEGORY } from '../catalogues/defaults';
import type { ColumnSpec } from '../sheet/layout';
import { cleanText, splitTags, textKey } from '../text/normalize';
import { parseDate, parseEmail, parseNumber, parseYesNo } from '../text/parse';

export type CellValue = string | number | boolean | Date | string[] | null;

export interface CellIssue {
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedCell {
  value: CellValue;
  issue?: CellIssue;
}

/** Parses one cell by its column's type; a bad value becomes null (or is kept as text) plus an issue. */
export function parseCell(cell: Cell, column: ColumnSpec, catalogues: Catalogues): ParsedCell {
  if (isBlank(computedValue(cell))) return { value: column.type === 'tags' ? [] : null };
  const text = cleanText(cellText(cell));
  switch (column.type) {
    case 'email': {
      const email = parseEmail(cell);
      return email.ok
        ? { value: email.value }
        : {
            value: null,
            issue: {
              severity: 'warning',
              message: 'Некорректный адрес e-mail: анкеты не смогут узнать участника по почте',
            },
          };
    }
    case 'date': {
      const date = parseDate(cell);
      return date.ok
        ? { value: date.value }
        : { value: null, issue: { severity: 'warning', message: 'Не дата: укажите дату в виде дд.мм.гггг' } };
    }
    case 'int':
    case 'number':
      return parseNumeric(cell, column);
    case 'yesno': {
      const yes = parseYesNo(cell);
      return yes.ok
        ? { value: yes.value }
        : { value: null, issue: { severity: 'warning', message: 'Ожидается «да» или «нет»' } };
    }
    case 'tags':
      // Split before cleaning: cleanText folds a line break (Alt+Enter) into a space, and a line break separates tags.
      return parseTagList(cellText(cell), column, catalogues);
    case 'choice':
      return parseChoice(text, column, catalogues);
    default:
      return { value: text };
  }
}

/** No count, age or number of years in a base comes near this; past it a number is a typo or an overflow. */
const NUMBER_LIMIT = 1e9;

function parseNumeric(cell: Cell, column: ColumnSpec): ParsedCell {
  const parsed = parseNumber(cell);
  const range = rangeText(column);
  if (!parsed.ok) return { value: null, issue: { severity: 'warning', message: `Не число: ожидается число${range}` } };
  if (Math.abs(parsed.value) > NUMBER_LIMIT) {
    return { value: null, issue: { severity: 'warning', message: `Слишком большое число: ожидается число${range}` } };
  }
  if (column.type === 'int' && !Number.isInteger(parsed.value)) {
    return { value: null, issue: { severity: 'warning', message: `Ожидается целое число${range}` } };
  }
  if (
    (column.min !== undefined && parsed.value < column.min) ||
    (column.max !== undefined && parsed.value > column.max)
  ) {
    return { value: null, issue: { severity: 'warning', message: `Число вне допустимого диапазона${range}` } };
  }
  return { value: parsed.value };
}

function rangeText(column: ColumnSpec): string {
  if (column.min !== undefined && column.max !== undefined) return ` от ${column.min} до ${column.max}`;
  if (column.min !== undefined) return ` не меньше ${column.min}`;
  return '';
}

/** Catalogue-checked tag lists: only forms are strict (matching depends on them). */
const STRICT_TAG_CATALOGUES = new Set(['forms']);

function parseTagList(text: string, column: ColumnSpec, catalogues: Catalogues): ParsedCell {
  if (!column.catalogue || !STRICT_TAG_CATALOGUES.has(column.catalogue)) return { value: splitTags(text) };
  // A catalogue value with a comma in its name («учитель – ученик, группа») is one value, not two.
  const whole = catalogues.find(column.catalogue, cleanText(text));
  if (whole) return { value: [whole] };
  const values: string[] = [];
  const unknown: string[] = [];
  for (const tag of splitTags(text)) {
    const found = catalogues.find(column.catalogue, tag);
    values.push(found ?? tag);
    if (!found) unknown.push(tag);
  }
  if (unknown.length === 0) return { value: values };
  const kinds = column.catalogue === 'forms' ? unknown.filter((tag) => catalogues.isKind(tag)) : [];
  if (kinds.length > 0) return { value: values, issue: { severity: 'error', message: kindNotForm(kinds) } };
  return {
    // Unknown values stay as typed (the row is an error, so no algorithm uses them; sheets show them).
    value: values,
    issue: {
      severity: 'error',
      message: `Нет в «Справочниках»: ${unknown.map((u) => `«${u}»`).join(', ')}. Выберите из списка или добавьте в справочник`,
    },
  };
}

/** Catalogues whose unknown values are errors (the value decides what the algorithms do). */
const STRICT_CHOICE_CATALOGUES = new Set(['forms', 'categories']);

function parseChoice(text: string, column: ColumnSpec, catalogues: Catalogues): ParsedCell {
  if (!column.catalogue) return { value: text };
  const values = catalogues.values(column.catalogue);
  if (values.length === 0) return { value: text };
  const found = catalogues.find(column.catalogue, text);
  if (found) return { value: found };
  // «команда» marks a team's row (bases/teams.ts): known even where «Категории участников» predates it.
  if (column.catalogue === 'categories' && textKey(text) === textKey(TEAM_CATEGORY)) return { value: TEAM_CATEGORY };
  if (column.catalogue === 'forms' && catalogues.isKind(text))
    return { value: text, issue: { severity: 'error', message: kindNotForm([text]) } };
  const severity = STRICT_CHOICE_CATALOGUES.has(column.catalogue) ? 'error' : 'warning';
  return {
    value: text,
    issue: {
      severity,
      message: `«${text}» нет в «Справочниках». Выберите значение из списка или добавьте его в справочник`,
    },
  };
}

/**
 * A kind of mentorship («флеш-наставничество», «сетевое») typed where a form is asked: say where
 * a kind goes instead of a generic «нет в справочнике».
 */
export function kindNotForm(values: readonly string[]): string {
  const named = values.map((v) => `«${v}»`).join(', ');
  const what = values.length === 1 ? 'это вид наставничества, а не форма' : 'это виды наставничества, а не формы';
  return `${named} — ${what}. Здесь укажите форму из «Справочников» → «Формы наставничества» (например, «учитель – учитель»), а вид — в столбце «Вид наставничества» листа «Пары (черновик)» или «Пары»; вид по умолчанию для формы задаётся в «Справочниках» → «Форма: вид наставничества». Пары, выбравшие друг друга после флеш-встреч (режим «по взаимному выбору»), подбор сам отмечает как «флеш-наставничество»`;
}
