/**
 * «Анкеты»: the register of questionnaires in use — every Google Form the add-on created and every
 * file of answers imported offline. «Загрузить ответы» walks this register.
 */
import { type Cell, cellText, type Grid } from '../cell';
import type { ColumnSpec } from '../sheet/layout';
import { mergeOwnedTable, type OwnedTableSpec, recordOf } from '../sheet/owned-table';
import { parseDate, parseNumber } from '../text/parse';

export const FORMS_REGISTER_SHEET = 'Анкеты';

export const FORMS_REGISTER_COLUMNS: ColumnSpec[] = [
  {
    key: 'formId',
    header: 'ID формы',
    type: 'id',
    width: 140,
    note: 'Идентификатор Google Формы; для загруженного файла — «файл: имя»',
  },
  { key: 'template', header: 'Шаблон', type: 'text', note: 'Код шаблона из «Шаблоны анкет»' },
  { key: 'wave', header: 'Волна', type: 'text', note: 'вход / выход / разовая' },
  { key: 'title', header: 'Название', type: 'text', width: 260, note: 'Название формы' },
  {
    key: 'publishedUrl',
    header: 'Ссылка для ответов',
    type: 'text',
    width: 260,
    note: 'Эту ссылку отправьте участникам',
  },
  {
    key: 'editUrl',
    header: 'Ссылка на редактирование',
    type: 'text',
    width: 260,
    note: 'Ссылка для куратора: правка вопросов формы',
  },
  {
    key: 'responseSheet',
    header: 'Лист ответов',
    type: 'text',
    width: 180,
    note: 'Лист этой таблицы, куда форма записывает ответы. Не переименовывайте его',
  },
  {
    key: 'itemMap',
    header: 'Коды вопросов',
    type: 'text',
    width: 120,
    note: 'Служебное: какие вопросы формы каким кодам шаблона соответствуют',
  },
  {
    key: 'status',
    header: 'Приём ответов',
    type: 'text',
    width: 170,
    note: 'Принимает ли форма ответы (проверяется при создании и при каждой загрузке ответов)',
  },
  { key: 'createdAt', header: 'Создана', type: 'date', note: 'Когда форма создана или файл впервые загружен' },
  { key: 'imported', header: 'Загружено ответов', type: 'int', note: 'Сколько ответов учтено при последней загрузке' },
  { key: 'importedAt', header: 'Последняя загрузка', type: 'date', note: 'Когда ответы загружались последний раз' },
  { key: 'comment', header: 'Комментарий', type: 'text', width: 220, note: 'Заметки куратора' },
];

export interface RegisteredForm {
  formId: string;
  template: string;
  wave: string;
  title: string;
  publishedUrl: string;
  editUrl: string;
  responseSheet: string;
  /** Forms item id → template item code (empty for files). */
  itemMap: Record<string, string>;
  /** «Принимает ответы» / «Закрыта: не принимает ответы» / «Не опубликована»; '' for files. */
  status: string;
  createdAt: Date | null;
  imported: number | null;
  importedAt: Date | null;
}

const spec: OwnedTableSpec = {
  columns: FORMS_REGISTER_COLUMNS.map((c) => ({ key: c.key, header: c.header, editable: c.key === 'comment' })),
  keyOf: (record) => cellText(record.formId),
};

export function readRegister(grid: Grid | null): RegisteredForm[] {
  if (!grid || grid.length < 2) return [];
  const merged = mergeOwnedTable(grid, spec, [], { keepRow: () => true });
  return merged.grid
    .slice(1)
    .map((row) => recordOf(row, merged.index))
    .filter((record) => cellText(record.formId) !== '')
    .map(toForm);
}

function toForm(record: Record<string, Cell>): RegisteredForm {
  const date = (cell: Cell) => {
    const parsed = parseDate(cell);
    return parsed.ok ? (cell instanceof Date ? cell : parsed.value) : null;
  };
  const number = parseNumber(record.imported);
  return {
    formId: cellText(record.formId),
    template: cellText(record.template),
    wave: cellText(record.wave),
    title: cellText(record.title),
    publishedUrl: cellText(record.publishedUrl),
    editUrl: cellText(record.editUrl),
    responseSheet: cellText(record.responseSheet),
    itemMap: parseItemMap(cellText(record.itemMap)),
    status: cellText(record.status ?? null),
    createdAt: date(record.createdAt),
    imported: number.ok ? number.value : null,
    importedAt: date(record.importedAt),
  };
}

function parseItemMap(text: string): Record<string, string> {
  if (text === '') return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    }
  } catch {
    // A hand-edited cell: fall back to matching by titles.
  }
  return {};
}

function toRecord(form: RegisteredForm): Record<string, Cell> {
  return {
    formId: form.formId,
    template: form.template,
    wave: form.wave,
    title: form.title,
    publishedUrl: form.publishedUrl,
    editUrl: form.editUrl,
    responseSheet: form.responseSheet,
    itemMap: Object.keys(form.itemMap).length > 0 ? JSON.stringify(form.itemMap) : null,
    status: form.status || null,
    createdAt: form.createdAt,
    imported: form.imported,
    importedAt: form.importedAt,
  };
}

/** The register with these forms added or updated (by form id); the curator's rows and columns stay. */
export function upsertForms(existing: Grid | null, forms: readonly RegisteredForm[]): Grid {
  const current = readRegister(existing);
  const updated = new Map(current.map((form) => [form.formId, form]));
  for (const form of forms) updated.set(form.formId, form);
  return mergeOwnedTable(existing, spec, [...updated.values()].map(toRecord), { keepRow: () => true }).grid;
}

/** What «Приём ответов» says for each state of a form. */
export const FORM_STATUS_TEXT = {
  accepting: 'Принимает ответы',
  closed: 'Закрыта: не принимает ответы',
  unpublished: 'Не опубликована',
} as const;
