/**
 * «Правила показателей»: the curator's own indicators computed from the bases, one row each
 * (rules.ts reads the words). Every row the tool can read becomes a row of «Показатели» with its
 * computed fact; a row it cannot read is a problem on «Проблемы» naming the sheet, row and cell,
 * and the other rows still go through.
 */
import { type Cell, cellText, type Grid, isBlank } from '../cell';
import type { Problem } from '../problems/problem';
import { mapHeader, rowRecord } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { textKey } from '../text/normalize';
import { parseNumber } from '../text/parse';
import { INDICATORS } from './catalogue';
import { type IndicatorRule, parseRule, type RuleColumn, type RuleText, ruleUnit } from './rules';

export const RULES_SHEET = 'Правила показателей';

export const RULE_COLUMNS: ColumnSpec[] = [
  {
    key: 'code',
    header: 'Код',
    aliases: ['Код показателя', '№'],
    type: 'text',
    width: 70,
    note: 'Свой код, например «Д-01»: под ним показатель появится на листе «Показатели» (коды П-01…П-14 заняты встроенными)',
  },
  {
    key: 'name',
    header: 'Показатель',
    aliases: ['Наименование показателя', 'Название'],
    type: 'text',
    width: 280,
    note: 'Как показатель называется в «Показателях» и в отчёте: «Доля молодых специалистов с наставником»',
  },
  {
    key: 'base',
    header: 'База',
    aliases: ['Что считать', 'Считать по'],
    type: 'text',
    width: 120,
    note: 'Наставляемые, Наставники, Участники (обе базы), Пары (пары и группы из «Пар»), Организации или Команды',
  },
  {
    key: 'numerator',
    header: 'Считать в числителе',
    aliases: ['Числитель', 'Кого считать', 'Считать'],
    type: 'text',
    width: 280,
    note: 'Условия через «;»: «категория = молодой специалист; есть пара», «форма = учитель – учитель», «стаж в должности ≤ 3», «не группа». Пусто или «все» — все строки базы',
  },
  {
    key: 'denominator',
    header: 'Считать в знаменателе',
    aliases: ['Знаменатель', 'Из скольких'],
    type: 'text',
    width: 220,
    note: 'Пусто — показатель это число (чел., ед.). Условия или «все» — доля в % среди этих строк. «Настройки: педагоги» / «Настройки: обучающиеся» — доля от всех педагогов / обучающихся. Число — доля от него',
  },
  {
    key: 'plan',
    header: 'План',
    aliases: ['Целевое значение', 'План (по умолчанию)'],
    type: 'number',
    width: 80,
    note: 'Целевое значение: ставится в «Показатели» в план каждого года, пока там не вписан свой',
  },
  {
    key: 'better',
    header: 'Лучше, когда',
    aliases: ['Лучше'],
    type: 'text',
    width: 100,
    note: '«больше» (по умолчанию) или «меньше» — тогда план это потолок (как «оставшиеся без пары»)',
  },
  { key: 'comment', header: 'Комментарий', type: 'text', width: 200, note: 'Для себя: не читается' },
];

export interface SheetRule {
  /** 1-based row on «Правила показателей». */
  row: number;
  code: string;
  name: string;
  text: RuleText;
  /** null when the rule could not be read (its problem is on «Проблемы»). */
  rule: IndicatorRule | null;
  /** Why the rule could not be read, for the «Источник» of its row. */
  error: string | null;
  unit: string;
  plan: number | null;
  better: 'higher' | 'lower';
}

export interface ReadRules {
  rules: SheetRule[];
  problems: Problem[];
}

const BUILT_IN = new Set(INDICATORS.map((spec) => textKey(spec.code)));
const COLUMN_OF: Record<RuleColumn, string> = { base: 'base', numerator: 'numerator', denominator: 'denominator' };

export function readIndicatorRules(grid: Grid | null): ReadRules {
  const problems: Problem[] = [];
  if (!grid || grid.length < 2) return { rules: [], problems };
  const map = mapHeader(grid[0], RULE_COLUMNS);
  const title = (key: string) => {
    const index = map.index.get(key);
    return index === undefined
      ? (RULE_COLUMNS.find((c) => c.key === key)?.header ?? key)
      : cellText(grid[0][index] ?? null);
  };
  const missing = ['code', 'base', 'numerator'].filter((key) => !map.index.has(key));
  if (missing.length > 0) {
    problems.push({
      sheet: RULES_SHEET,
      row: 1,
      column: null,
      value: '',
      message: `Нет столбцов ${missing.map((key) => `«${title(key)}»`).join(', ')}: правила показателей не прочитаны. Верните заголовки (их можно взять из README)`,
      severity: 'error',
    });
    return { rules: [], problems };
  }
  const rules: SheetRule[] = [];
  const seen = new Map<string, number>();
  grid.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const record = rowRecord(cells, map);
    const text = (key: string) => cellText(record[key] ?? null).trim();
    const ruleText: RuleText = { base: text('base'), numerator: text('numerator'), denominator: text('denominator') };
    const code = text('code');
    if (code === '' && ruleText.base === '' && ruleText.numerator === '' && ruleText.denominator === '') return;
    const problem = (key: string, message: string, value = text(key)): Problem => ({
      sheet: RULES_SHEET,
      row,
      column: title(key),
      value,
      message,
      severity: 'error',
    });
    if (code === '') {
      problems.push(
        problem('code', 'Нет кода: впишите свой код (например, «Д-01»), под ним показатель попадёт в «Показатели»'),
      );
      return;
    }
    const key = textKey(code);
    if (BUILT_IN.has(key)) {
      problems.push(
        problem(
          'code',
          `Код «${code}» занят встроенным показателем: возьмите свой (например, «Д-${pad(rules.length + 1)}»)`,
        ),
      );
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(problem('code', `Код «${code}» уже есть в строке ${earlier}: у каждого правила свой код`));
      return;
    }
    seen.set(key, row);
    const parsed = parseRule(ruleText);
    if (!parsed.ok) problems.push(problem(COLUMN_OF[parsed.column], `Правило не прочитано: ${parsed.message}`));
    const better = textKey(text('better'));
    if (better !== '' && !/меньш|ниже|больш|выше/.test(better))
      problems.push({
        ...problem('better', '«Лучше, когда»: «больше» или «меньше» (считается «больше»)'),
        severity: 'warning',
      });
    const plan = planOf(record.plan ?? null);
    if (plan === 'bad')
      problems.push({ ...problem('plan', 'План — число (например, 100 или 80)'), severity: 'warning' });
    rules.push({
      row,
      code,
      name: text('name') || code,
      text: ruleText,
      rule: parsed.ok ? parsed.rule : null,
      error: parsed.ok ? null : parsed.message,
      unit: parsed.ok ? ruleUnit(parsed.rule) : ruleText.denominator === '' ? 'чел.' : '%',
      plan: plan === 'bad' ? null : plan,
      better: /меньш|ниже/.test(better) ? 'lower' : 'higher',
    });
  });
  return { rules, problems };
}

const pad = (n: number) => String(n).padStart(2, '0');

function planOf(cell: Cell): number | null | 'bad' {
  if (isBlank(cell)) return null;
  const parsed = parseNumber(typeof cell === 'string' ? cell.replace('%', '').trim() : cell);
  return parsed.ok ? parsed.value : 'bad';
}

/** The header of a new «Правила показателей» sheet (the curator fills the rows). */
export function rulesSheetHeader(): string[] {
  return RULE_COLUMNS.map((column) => column.header);
}
