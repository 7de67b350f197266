/**
 * «Подбор пар»: the matching settings (mode, criteria weights, limits) as a form over the rows of
 * «Настройки», and «Сформировать», which saves them and runs the matching without leaving the
 * sidebar.
 */
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import type { MatchingSettingsView, SettingField, SettingValue } from '../../src/core/usecases/matching-settings';
import { byId, el, replaceChildren } from '../shared/dom';
import { formatNumber, translator } from '../shared/i18n';
import { callServer, runMenuFunction, setServerLocale } from '../shared/server';
import { errorText, showMessage, withProgress } from '../shared/ui';
import { choiceText, inEnglish } from './english';
import { renderResult } from './result';

export const t = translator({
  ru: {
    title: 'Подбор пар',
    subtitle: 'Настройки хранятся на листе «Настройки»',
    back: 'Панель',
    loading: 'Читаю настройки…',
    reading: 'Читаю настройки подбора…',
    loadFailed: 'Не удалось прочитать настройки',
    save: 'Сохранить',
    run: 'Сформировать',
    saving: 'Сохраняю настройки на лист «Настройки»…',
    saved: 'Настройки сохранены на листе «Настройки»',
    saveFailed: 'Настройки не сохранены',
    mode: 'Режим подбора',
    weights: 'Веса критериев',
    weightsNote: '',
    limits: 'Ограничения',
    other: 'Другие параметры',
    defaultIs: 'По умолчанию: {value}',
    reset: 'вернуть',
    yes: 'да',
    no: 'нет',
    invalidNumber: 'Введите число',
    range: 'Допустимо от {min} до {max}',
    fixFirst: 'Исправьте отмеченные поля',
    generic: 'Что-то пошло не так. Попробуйте ещё раз.',
    noSheet: 'Листа «Настройки» ещё нет: при сохранении строки будут добавлены.',
    warnings: 'На листе «Настройки» есть неверные значения',
    running: 'Сохраняю настройки и подбираю пары. Это может занять до минуты — таблицей можно пользоваться.',
    runFailed: 'Пары не сформированы',
    resultTitle: 'Пары сформированы',
    matched: 'С парой',
    unmatched: 'Без пары',
    meanScore: 'Средний балл',
    openDraft: 'Открыть черновик пар',
  },
  en: {
    title: 'Pair matching',
    subtitle: 'Settings are kept on the «Настройки» sheet',
    back: 'Panel',
    loading: 'Reading the settings…',
    reading: 'Reading the matching settings…',
    loadFailed: 'The settings could not be read',
    save: 'Save',
    run: 'Form pairs',
    saving: 'Saving the settings to the «Настройки» sheet…',
    saved: 'Settings saved to the «Настройки» sheet',
    saveFailed: 'The settings were not saved',
    mode: 'Matching mode',
    weights: 'Criteria weights',
    weightsNote: '0 turns a criterion off. A pair’s score = sum of weights × degree of match, scaled to 100.',
    limits: 'Limits',
    other: 'Other settings',
    defaultIs: 'Default: {value}',
    reset: 'reset',
    yes: 'yes',
    no: 'no',
    invalidNumber: 'Enter a number',
    range: 'Allowed from {min} to {max}',
    fixFirst: 'Correct the marked fields',
    generic: 'Something went wrong. Please try again.',
    noSheet: 'There is no «Настройки» sheet yet: saving adds the rows.',
    warnings: 'The «Настройки» sheet has invalid values',
    running: 'Saving the settings and matching. This can take up to a minute; you can keep working.',
    runFailed: 'The pairs were not formed',
    resultTitle: 'Pairs formed',
    matched: 'Matched',
    unmatched: 'Unmatched',
    meanScore: 'Mean score',
    openDraft: 'Open the draft',
  },
});

export const message = byId('message');
const form = byId<HTMLFormElement>('settings');
const warnings = byId('warnings');
const result = byId('result');
export const saveButton = byId<HTMLButtonElement>('save');
export const runButton = byId<HTMLButtonElement>('run');

/** Reads the current value of each field; null when one is invalid (it is marked). */
type FieldReader = () => { key: string; value: SettingValue } | null;
let readers: FieldReader[] = [];

function shown(value: SettingValue | null): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'number') return formatNumber(value, t.locale(), 2);
  return choiceText(value, t.locale() === 'en');
}

function hintNode(field: SettingField): HTMLElement {
  const parts = [field.description, t('defaultIs', { value: shown(field.defaultValue) })].filter((part) => part !== '');
  return el('div', { class: 'hint' }, parts.join('. '));
}

function numberField(field: SettingField): { node: HTMLElement; read: FieldReader } {
  const id = `field-${field.key}`;
  const number = el('input', {
    type: 'number',
    id,
    name: field.key,
    inputmode: 'decimal',
    step: field.type === 'int' ? 1 : 'any',
    min: field.min,
    max: field.max,
  });
  number.value = field.value === null ? '' : String(field.value);
  const error = el('div', { class: 'error', 'aria-live': 'polite' });
  const wrapper = el('div', { class: 'field', 'data-key': field.key });
  let slider: HTMLInputElement | null = null;
  if (field.isWeight) {
    slider = el('input', {
      type: 'range',
      min: field.min ?? 0,
      max: field.max ?? 100,
      step: field.type === 'int' ? 1 : 0.5,
      'aria-label': field.label,
    });
    slider.value = number.value;
    const range = slider;
    range.addEventListener('input', () => {
      number.value = range.value;
      validate();
    });
    number.addEventListener('input', () => {
      range.value = number.value;
    });
  }
  const validate = (): number | null => {
    const text = number.value.trim().replace(',', '.');
    const value = text === '' ? Number.NaN : Number(text);
    let problem = '';
    if (!Number.isFinite(value) || (field.type === 'int' && !Number.isInteger(value))) problem = t('invalidNumber');
    else if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
      problem = t('range', { min: field.min ?? '−∞', max: field.max ?? '∞' });
    }
    error.textContent = problem;
    wrapper.classList.toggle('invalid', problem !== '');
    number.setAttribute('aria-invalid', problem !== '' ? 'true' : 'false');
    return problem === '' ? value : null;
  };
  number.addEventListener('input', () => void validate());
  const reset = el(
    'button',
    { type: 'button', class: 'reset', title: t('defaultIs', { value: shown(field.defaultValue) }) },
    t('reset'),
  );
  reset.addEventListener('click', () => {
    number.value = field.defaultValue === null ? '' : String(field.defaultValue);
    if (slider) slider.value = number.value;
    validate();
  });
  const row = el('div', { class: 'row' }, slider, number, field.defaultValue !== null ? reset : null);
  wrapper.append(el('label', { for: id }, field.label), row, error, hintNode(field));
  return {
    node: wrapper,
    read: () => {
      const value = validate();
      return value === null ? null : { key: field.key, value };
    },
  };
}

function choiceField(field: SettingField): { node: HTMLElement; read: FieldReader } {
  const id = `field-${field.key}`;
  const select = el('select', { id, name: field.key });
  for (const choice of field.choices ?? []) {
    const option = el('option', { value: choice }, choiceText(choice, t.locale() === 'en'));
    option.selected = choice === field.value;
    select.append(option);
  }
  const node = el(
    'div',
    { class: 'field', 'data-key': field.key },
    el('label', { for: id }, field.label),
    select,
    hintNode(field),
  );
  return { node, read: () => ({ key: field.key, value: select.value }) };
}

function boolField(field: SettingField): { node: HTMLElement; read: FieldReader } {
  const id = `field-${field.key}`;
  const box = el('input', { type: 'checkbox', id, name: field.key });
  box.checked = field.value === true;
  const node = el(
    'div',
    { class: 'field', 'data-key': field.key },
    el('label', { class: 'checkbox', for: id }, box, field.label),
    hintNode(field),
  );
  return { node, read: () => ({ key: field.key, value: box.checked }) };
}

function textField(field: SettingField): { node: HTMLElement; read: FieldReader } {
  const id = `field-${field.key}`;
  const input = el('input', { type: 'text', id, name: field.key });
  input.value = field.value === null ? '' : String(field.value);
  const node = el(
    'div',
    { class: 'field', 'data-key': field.key },
    el('label', { for: id }, field.label),
    input,
    hintNode(field),
  );
  return { node, read: () => ({ key: field.key, value: input.value }) };
}

function fieldOf(field: SettingField): { node: HTMLElement; read: FieldReader } {
  if (field.type === 'choice' && field.choices && field.choices.length > 0) return choiceField(field);
  if (field.type === 'int' || field.type === 'number') return numberField(field);
  if (field.type === 'bool') return boolField(field);
  return textField(field);
}

/** Sentences of a description («…. …»), without the final period. */
function sentences(text: string): string[] {
  return text
    .split(/\.\s+/)
    .map((part) => part.replace(/\.$/, '').trim())
    .filter((part) => part !== '');
}

/**
 * Sentences every field of a group repeats (e.g. how weights add up) are said once under the
 * group's title; each field keeps only what is its own.
 */
function withSharedNote(fields: SettingField[]): { fields: SettingField[]; note: string } {
  if (fields.length < 2) return { fields, note: '' };
  const [first, ...rest] = fields.map((f) => sentences(f.description));
  const shared = first.filter((sentence) => rest.every((other) => other.includes(sentence)));
  if (shared.length === 0) return { fields, note: '' };
  const own = (f: SettingField) =>
    sentences(f.description)
      .filter((sentence) => !shared.includes(sentence))
      .join('. ');
  return { fields: fields.map((f) => ({ ...f, description: own(f) })), note: `${shared.join('. ')}.` };
}

function group(
  legend: string,
  fields: SettingField[],
  fallbackNote = '',
): { node: HTMLElement | null; readers: FieldReader[] } {
  if (fields.length === 0) return { node: null, readers: [] };
  const { fields: shown, note: shared } = withSharedNote(fields);
  const note = shared || fallbackNote;
  const built = shown.map(fieldOf);
  return {
    node: el(
      'fieldset',
      {},
      el('legend', {}, legend),
      note ? el('p', { class: 'hint group-note' }, note) : null,
      ...built.map((b) => b.node),
    ),
    readers: built.map((b) => b.read),
  };
}

export function render(view: MatchingSettingsView): void {
  t.setLocale(view.locale);
  setServerLocale(t.locale());
  const fields = t.locale() === 'en' ? view.fields.map(inEnglish) : view.fields;
  const modes = fields.filter((f) => f.type === 'choice');
  const weights = fields.filter((f) => f.type !== 'choice' && f.isWeight);
  const limits = fields.filter((f) => f.type !== 'choice' && !f.isWeight && (f.type === 'int' || f.type === 'number'));
  const others = fields.filter((f) => !modes.includes(f) && !weights.includes(f) && !limits.includes(f));
  const groups = [
    group(t('mode'), modes),
    group(t('weights'), weights, t('weightsNote')),
    group(t('limits'), limits),
    group(t('other'), others),
  ];
  readers = groups.flatMap((g) => g.readers);
  replaceChildren(form, ...groups.map((g) => g.node));
  const notes = [...(view.sheetExists ? [] : [t('noSheet')]), ...view.warnings];
  if (notes.length > 0) showMessage(warnings, 'info', view.sheetExists ? t('warnings') : t('title'), notes);
  else warnings.hidden = true;
  saveButton.disabled = false;
  runButton.disabled = false;
}

/** The values of the form, or null (with the invalid fields marked) when one is wrong. */
export function formValues(): Record<string, SettingValue> | null {
  const values: Record<string, SettingValue> = {};
  let valid = true;
  for (const read of readers) {
    const entry = read();
    if (entry === null) valid = false;
    else values[entry.key] = entry.value;
  }
  if (!valid) {
    showMessage(message, 'error', t('fixFirst'));
    return null;
  }
  return values;
}

async function load(): Promise<void> {
  const view = await withProgress(
    message,
    [saveButton, runButton],
    t('reading'),
    () => callServer('sidebarMatchingSettings'),
    t('loadFailed'),
    t('generic'),
  );
  if (view) render(view);
}

async function save(): Promise<void> {
  const values = formValues();
  if (!values) return;
  const result = await withProgress(
    message,
    [saveButton, runButton],
    t('saving'),
    () => callServer('sidebarSaveMatchingSettings', values),
    t('saveFailed'),
    t('generic'),
  );
  if (!result) return;
  render(result.view);
  if (result.errors.length > 0) showMessage(message, 'error', t('saveFailed'), result.errors);
  else showMessage(message, 'success', t('saved'));
}

async function runMatching(): Promise<void> {
  const values = formValues();
  if (!values) return;
  const run = await withProgress(
    message,
    [saveButton, runButton],
    t('running'),
    () => callServer('sidebarFormPairs', values),
    t('runFailed'),
    t('generic'),
  );
  if (!run) return;
  render(run.settings.view);
  if (!run.outcome) {
    showMessage(message, 'error', t('saveFailed'), run.settings.errors);
    return;
  }
  const summary = run.summary;
  const figures = summary
    ? {
        ...run.outcome.figures,
        matched: summary.matched,
        unmatched: summary.unmatched,
        ...(summary.meanScore === null ? {} : { meanScore: summary.meanScore }),
      }
    : run.outcome.figures;
  renderResult(
    result,
    { ...run.outcome, figures },
    {
      title: t('resultTitle'),
      openDraft: t('openDraft'),
      figures: { matched: t('matched'), unmatched: t('unmatched'), meanScore: t('meanScore') },
      locale: t.locale(),
    },
    () => void openDraft(),
  );
  result.scrollIntoView({ block: 'nearest' });
}

async function openDraft(): Promise<void> {
  try {
    await callServer('sidebarOpenSheet', DRAFT_SHEET);
  } catch (error) {
    showMessage(message, 'error', t('openDraft'), [errorText(error, t('generic'))]);
  }
}

saveButton.addEventListener('click', () => void save());
runButton.addEventListener('click', () => void runMatching());
byId('back').addEventListener('click', () => void runMenuFunction('menuShowPanel').catch(() => undefined));
form.addEventListener('submit', (event) => event.preventDefault());
void load();
