/**
 * «Шаблоны анкет»: the questionnaire catalogue as a sheet the curator edits. One row per item,
 * plus one «анкета» row per template carrying its title and description. The add-on adds missing
 * default rows and never overwrites what the curator typed; forms, imports and statistics read
 * the templates back from this sheet.
 */
import { type Cell, cellText, type Grid, isBlank } from '../cell';
import type { Problem } from '../problems/problem';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { mergeOwnedTable, type OwnedTableSpec } from '../sheet/owned-table';
import { cleanText, splitTags, textKey } from '../text/normalize';
import { parseNumber, parseYesNo } from '../text/parse';
import type { ItemKind, SurveyItem, SurveyTemplate, SwotQuadrant } from './template';
import { DEFAULT_TEMPLATES } from './templates';

export const TEMPLATES_SHEET = 'Шаблоны анкет';

/** Russian names of item kinds in the sheet (the codes are accepted too). */
export const KIND_LABELS: Record<ItemKind, string> = {
  scale10: 'шкала 1–10',
  agree5: 'согласие 1–5',
  yesno: 'да / нет',
  open: 'открытый вопрос',
  choice: 'один вариант',
  checkbox: 'несколько вариантов',
  text: 'строка',
  email: 'e-mail',
  rank: 'выбор участника',
};

const TEMPLATE_ROW_KIND = 'анкета';

export const TEMPLATE_SHEET_COLUMNS: ColumnSpec[] = [
  {
    key: 'template',
    header: 'Шаблон',
    type: 'text',
    width: 160,
    note: 'Код шаблона анкеты. Не меняйте коды стандартных шаблонов: по ним сравниваются ответы разных лет',
  },
  {
    key: 'code',
    header: 'Код вопроса',
    type: 'text',
    width: 140,
    note: 'Стабильный код вопроса (латиница). По нему сопоставляются ответы входа и выхода. Пусто — строка описывает всю анкету',
  },
  {
    key: 'kind',
    header: 'Тип',
    type: 'text',
    width: 150,
    validation: { kind: 'list', values: [TEMPLATE_ROW_KIND, ...Object.values(KIND_LABELS)] },
    note: 'шкала 1–10, согласие 1–5, да / нет, открытый вопрос, один вариант, несколько вариантов, строка, выбор участника; «анкета» — строка с названием и описанием анкеты',
  },
  {
    key: 'title',
    header: 'Формулировка (вход / разовая)',
    type: 'text',
    width: 360,
    note: 'Текст вопроса во входной (или разовой) анкете — ожидания. Для строки «анкета» — название анкеты',
  },
  {
    key: 'exitTitle',
    header: 'Формулировка (выход)',
    type: 'text',
    width: 360,
    note: 'Текст того же вопроса в итоговой анкете — результаты. Своя анкета, где это заполнено хотя бы у одного вопроса, проводится дважды (вход и выход); иначе она разовая',
  },
  {
    key: 'help',
    header: 'Пояснение',
    type: 'text',
    width: 220,
    note: 'Подсказка под вопросом. Для строки «анкета» — описание анкеты',
  },
  {
    key: 'required',
    header: 'Обязательный',
    type: 'yesno',
    validation: { kind: 'list', values: ['да', 'нет'] },
    note: 'да — без ответа форму не отправить',
  },
  {
    key: 'choices',
    header: 'Варианты ответа',
    type: 'text',
    width: 220,
    note: 'Для вопросов с выбором: варианты через «;»',
  },
  {
    key: 'choicesFrom',
    header: 'Варианты из',
    type: 'text',
    note: 'catalogue:<справочник> — варианты из «Справочников»; mentors / mentees — список участников из базы',
  },
  {
    key: 'baseColumn',
    header: 'Столбец базы',
    type: 'text',
    note: 'Для анкет регистрации: какой столбец базы заполняет ответ (fio, organization, email, deficits…)',
  },
  {
    key: 'swot',
    header: 'SWOT',
    type: 'text',
    validation: { kind: 'list', values: ['S', 'W', 'O', 'T'] },
    note: 'Для SWOT-анкеты: S — сильные стороны, W — слабые, O — возможности, T — угрозы',
  },
  {
    key: 'satisfaction',
    header: 'Индекс удовлетворённости',
    type: 'yesno',
    validation: { kind: 'list', values: ['да', 'нет'] },
    note: 'да — вопрос входит в индекс удовлетворённости',
  },
  { key: 'rank', header: 'Место в рейтинге', type: 'int', note: 'Для анкеты предпочтений: какой по счёту выбор' },
  {
    key: 'active',
    header: 'Задавать',
    type: 'yesno',
    validation: { kind: 'list', values: ['да', 'нет'] },
    note: 'нет — вопрос не попадёт в новые формы (старые ответы сохраняются). Строки не удаляйте',
  },
];

const EDITABLE = new Set(
  TEMPLATE_SHEET_COLUMNS.map((c) => c.key).filter((key) => key !== 'template' && key !== 'code'),
);

const spec: OwnedTableSpec = {
  columns: TEMPLATE_SHEET_COLUMNS.map((c) => ({
    key: c.key,
    header: c.header,
    aliases: c.aliases,
    editable: EDITABLE.has(c.key),
  })),
  keyOf: (record) => `${cellText(record.template)}\u0001${cellText(record.code)}`,
};

function yes(value: boolean | undefined): string {
  return value ? 'да' : 'нет';
}

/** The default catalogue as sheet rows. */
export function templateRows(templates: readonly SurveyTemplate[] = DEFAULT_TEMPLATES): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = [];
  for (const template of templates) {
    rows.push({
      template: template.code,
      code: '',
      kind: TEMPLATE_ROW_KIND,
      title: template.title,
      help: template.description,
      active: 'да',
    });
    for (const item of template.items) {
      rows.push({
        template: template.code,
        code: item.code,
        kind: KIND_LABELS[item.kind],
        title: item.title,
        exitTitle: item.exitTitle ?? null,
        help: item.help ?? null,
        required: yes(item.required),
        choices: item.choices ? item.choices.join('; ') : null,
        choicesFrom: item.choicesFrom ?? null,
        baseColumn: item.baseColumn ?? null,
        swot: item.swot ?? null,
        satisfaction: item.satisfaction ? 'да' : null,
        rank: item.rank ?? null,
        active: yes(!item.disabled),
      });
    }
  }
  return rows;
}

/** Adds the missing default rows and columns; keeps every cell, row and column the curator wrote. */
export function mergeTemplatesSheet(existing: Grid | null): Grid {
  return mergeOwnedTable(existing, spec, templateRows(), { keepRow: () => true }).grid;
}

/**
 * Reads the templates back. Defaults fill templates that the sheet lacks; a row with an unknown
 * type is reported and skipped (the rest of the template still works).
 */
export function readTemplates(grid: Grid | null, problems: Problem[] = []): SurveyTemplate[] {
  if (!grid || grid.length < 2) return DEFAULT_TEMPLATES.map((t) => structuredCloneTemplate(t));
  const map = mapHeader(grid[0], TEMPLATE_SHEET_COLUMNS);
  const at = (row: Cell[], key: string): Cell => {
    const i = map.index.get(key);
    return i === undefined ? null : (row[i] ?? null);
  };
  const byCode = new Map<string, SurveyTemplate>();
  const order: string[] = [];
  grid.slice(1).forEach((row, i) => {
    const sheetRow = i + 2;
    const templateCode = cleanText(cellText(at(row, 'template')));
    if (templateCode === '') return;
    let template = byCode.get(templateCode);
    if (!template) {
      const fallback = DEFAULT_TEMPLATES.find((t) => t.code === templateCode);
      template = {
        code: templateCode,
        title: fallback?.title ?? templateCode,
        description: fallback?.description ?? '',
        role: fallback?.role ?? 'any',
        waves: fallback?.waves ?? ['разовая'],
        items: [],
      };
      byCode.set(templateCode, template);
      order.push(templateCode);
    }
    const code = cleanText(cellText(at(row, 'code')));
    const kindText = textKey(cellText(at(row, 'kind')));
    if (code === '' || kindText === TEMPLATE_ROW_KIND) {
      if (!isBlank(at(row, 'title'))) template.title = cleanText(cellText(at(row, 'title')));
      if (!isBlank(at(row, 'help'))) template.description = cleanText(cellText(at(row, 'help')));
      return;
    }
    const kind = parseKind(kindText);
    if (!kind) {
      problems.push({
        sheet: TEMPLATES_SHEET,
        row: sheetRow,
        column: 'Тип',
        value: cellText(at(row, 'kind')),
        message: `Неизвестный тип вопроса «${code}». Допустимо: ${Object.values(KIND_LABELS).join(', ')}`,
        severity: 'error',
      });
      return;
    }
    if (template.items.some((item) => item.code === code)) {
      problems.push({
        sheet: TEMPLATES_SHEET,
        row: sheetRow,
        column: 'Код вопроса',
        value: code,
        message: `Код вопроса «${code}» повторяется в шаблоне «${templateCode}»: строка пропущена`,
        severity: 'error',
      });
      return;
    }
    template.items.push(itemFromRow(code, kind, (key) => at(row, key)));
  });
  for (const template of byCode.values()) inferOwnWaves(template);
  for (const fallback of DEFAULT_TEMPLATES) {
    if (!byCode.has(fallback.code)) {
      byCode.set(fallback.code, structuredCloneTemplate(fallback));
      order.push(fallback.code);
    }
  }
  return order.map((code) => byCode.get(code) as SurveyTemplate);
}

/**
 * A curator's own template is asked once, unless some question has an exit wording: then it is an
 * entry/exit pair (and «Динамика» compares the two). One printable file, one valid wave per use.
 */
function inferOwnWaves(template: SurveyTemplate): void {
  if (DEFAULT_TEMPLATES.some((t) => t.code === template.code)) return;
  template.waves = template.items.some((item) => item.exitTitle) ? ['вход', 'выход'] : ['разовая'];
}

function itemFromRow(code: string, kind: ItemKind, at: (key: string) => Cell): SurveyItem {
  const text = (key: string): string | undefined => {
    const value = cleanText(cellText(at(key)));
    return value === '' ? undefined : value;
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const parsed = parseYesNo(at(key));
    return parsed.ok ? parsed.value : fallback;
  };
  const item: SurveyItem = { code, kind, title: text('title') ?? code };
  const optional: Partial<SurveyItem> = {
    exitTitle: text('exitTitle'),
    help: text('help'),
    required: flag('required', false) || undefined,
    choices: text('choices') ? splitTags(text('choices') as string) : undefined,
    choicesFrom: text('choicesFrom'),
    baseColumn: text('baseColumn'),
    swot: parseSwot(text('swot')),
    satisfaction: flag('satisfaction', false) || undefined,
    disabled: flag('active', true) ? undefined : true,
  };
  const rank = parseNumber(at('rank'));
  if (rank.ok) optional.rank = rank.value;
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  }
  return item;
}

function parseKind(text: string): ItemKind | undefined {
  for (const [kind, label] of Object.entries(KIND_LABELS) as [ItemKind, string][]) {
    if (text === textKey(label) || text === kind.toLowerCase()) return kind;
  }
  if (text === 'шкала' || text === 'шкала 1-10') return 'scale10';
  if (text === 'согласие 1-5' || text === 'согласие') return 'agree5';
  if (text === 'да/нет') return 'yesno';
  return undefined;
}

function parseSwot(text: string | undefined): SwotQuadrant | undefined {
  const letter = text?.trim().toUpperCase().charAt(0);
  return letter === 'S' || letter === 'W' || letter === 'O' || letter === 'T' ? letter : undefined;
}

function structuredCloneTemplate(template: SurveyTemplate): SurveyTemplate {
  return {
    ...template,
    waves: [...template.waves],
    items: template.items.map((item) => ({ ...item, choices: item.choices ? [...item.choices] : undefined })),
  };
}

/** The template with this code, or undefined. */
export function findTemplate(templates: readonly SurveyTemplate[], code: string): SurveyTemplate | undefined {
  const key = textKey(code);
  return templates.find((t) => textKey(t.code) === key);
}
