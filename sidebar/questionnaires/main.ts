/** «Анкеты»: create a Google Form from a template, see each form's links and responses, import answers. */
import type { Outcome } from '../../src/core/outcome';
import type {
  QuestionnaireRow,
  QuestionnairesView,
  TemplateOption,
} from '../../src/core/usecases/questionnaires-panel';
import { byId, el, link, replaceChildren } from '../shared/dom';
import { formatDateTime, translator } from '../shared/i18n';
import { callServer, runMenuFunction, setServerLocale } from '../shared/server';
import { showMessage, withProgress } from '../shared/ui';

const t = translator({
  ru: {
    title: 'Анкеты',
    subtitle: 'Google Формы программы и ответы на них',
    back: 'Панель',
    loading: 'Читаю реестр анкет…',
    reading: 'Читаю реестр анкет…',
    loadFailed: 'Не удалось прочитать анкеты',
    createTitle: 'Новая анкета',
    template: 'Шаблон',
    wave: 'Волна',
    create: 'Создать анкету',
    creating: 'Создаю Google Форму «{title}». Это может занять до минуты — таблицей можно пользоваться.',
    createFailed: 'Анкета не создана',
    offline:
      'Google Формы создаются только в Google Таблицах. В предпросмотре и офлайн анкету можно напечатать: nastavnik forms.',
    formsTitle: 'Созданные анкеты',
    none: 'Анкет ещё нет. Выберите шаблон и волну и нажмите «Создать анкету».',
    import: 'Загрузить ответы',
    importing:
      'Загружаю ответы со всех листов ответов. Большие анкеты загружаются частями — таблицей можно пользоваться.',
    importFailed: 'Ответы не загружены',
    answerLink: 'Ссылка для участников',
    editLink: 'Редактировать форму',
    received: 'Получено ответов: {n}',
    noSheet: 'Лист ответов «{sheet}» не найден',
    fromFile: 'Ответы из файла',
    creatingForm: 'Создание формы не закончено',
    imported: 'загружено: {n}',
    notImported: 'ещё не загружались',
    importedAt: 'последняя загрузка {time}',
    pending: 'Новых ответов, ещё не загруженных: {n}',
    generic: 'Что-то пошло не так. Попробуйте ещё раз.',
    'wave:вход': 'входная (ожидания)',
    'wave:выход': 'итоговая (результаты)',
    'wave:разовая': 'разовая',
  },
  en: {
    title: 'Questionnaires',
    subtitle: 'The program’s Google Forms and their answers',
    back: 'Panel',
    loading: 'Reading the questionnaire register…',
    reading: 'Reading the questionnaire register…',
    loadFailed: 'The questionnaires could not be read',
    createTitle: 'New questionnaire',
    template: 'Template',
    wave: 'Wave',
    create: 'Create the questionnaire',
    creating: 'Creating the Google Form «{title}». This can take up to a minute; you can keep working.',
    createFailed: 'The questionnaire was not created',
    offline:
      'Google Forms are created only in Google Sheets. In the preview and offline, print the questionnaire: nastavnik forms.',
    formsTitle: 'Questionnaires created',
    none: 'No questionnaires yet. Choose a template and a wave and press «Create the questionnaire».',
    import: 'Import answers',
    importing: 'Importing answers from every response sheet. Large imports run in parts; you can keep working.',
    importFailed: 'Answers were not imported',
    answerLink: 'Link for participants',
    editLink: 'Edit the form',
    received: 'Responses received: {n}',
    noSheet: 'Response sheet «{sheet}» not found',
    fromFile: 'Answers from a file',
    creatingForm: 'The form is not finished yet',
    imported: 'imported: {n}',
    notImported: 'not imported yet',
    importedAt: 'last import {time}',
    pending: 'New responses not imported yet: {n}',
    generic: 'Something went wrong. Please try again.',
    'wave:вход': 'entry (expectations)',
    'wave:выход': 'exit (results)',
    'wave:разовая': 'one-off',
  },
});

type Key = Parameters<typeof t>[0];

const message = byId('message');
const templateSelect = byId<HTMLSelectElement>('template');
const waveSelect = byId<HTMLSelectElement>('wave');
const templateHint = byId('template-hint');
const createButton = byId<HTMLButtonElement>('create-button');
const importButton = byId<HTMLButtonElement>('import');
const formsList = byId('forms');
let templates: TemplateOption[] = [];
let canCreate = false;

function waveLabel(wave: string): string {
  const key = `wave:${wave}` as Key;
  return key === 'wave:вход' || key === 'wave:выход' || key === 'wave:разовая' ? t(key) : wave;
}

function fillWaves(): void {
  const template = templates.find((candidate) => candidate.code === templateSelect.value);
  replaceChildren(waveSelect, ...(template?.waves ?? []).map((wave) => el('option', { value: wave }, waveLabel(wave))));
  templateHint.textContent = template?.description ?? '';
  waveSelect.disabled = !template;
  createButton.disabled = !template || !canCreate;
}

function formNode(form: QuestionnaireRow, titles: Map<string, string>): HTMLElement {
  const received = form.fromFile
    ? el('span', {}, t('fromFile'))
    : form.responseSheet === ''
      ? el('span', { class: 'missing' }, form.status || t('creatingForm'))
      : form.received === null
        ? el('span', { class: 'missing' }, t('noSheet', { sheet: form.responseSheet }))
        : el('span', { class: 'count' }, t('received', { n: form.received }));
  const rest = [
    form.imported === null ? t('notImported') : t('imported', { n: form.imported }),
    form.importedAt ? t('importedAt', { time: formatDateTime(form.importedAt, t.locale()) }) : '',
  ].filter((part) => part !== '');
  return el(
    'div',
    { class: 'form-item', 'data-form': form.formId },
    el('div', { class: 'name' }, form.title || titles.get(form.template) || form.template),
    el('div', { class: 'meta' }, [titles.get(form.template) ?? form.template, waveLabel(form.wave)].join(' · ')),
    el('div', { class: 'meta' }, received, `, ${rest.join(', ')}`),
    el(
      'div',
      { class: 'links' },
      form.publishedUrl ? link(form.publishedUrl, t('answerLink')) : null,
      form.editUrl ? link(form.editUrl, t('editLink')) : null,
    ),
  );
}

function render(view: QuestionnairesView): void {
  t.setLocale(view.locale);
  setServerLocale(t.locale());
  templates = view.templates;
  canCreate = view.canCreateForms;
  const selected = templateSelect.value;
  replaceChildren(
    templateSelect,
    ...templates.map((template) => el('option', { value: template.code }, template.title)),
  );
  if (templates.some((template) => template.code === selected)) templateSelect.value = selected;
  templateSelect.disabled = templates.length === 0;
  fillWaves();
  if (!canCreate) templateHint.textContent = t('offline');
  const titles = new Map(templates.map((template) => [template.code, template.title]));
  replaceChildren(
    formsList,
    view.forms.length === 0 ? el('p', { class: 'muted' }, t('none')) : null,
    ...view.forms.map((form) => formNode(form, titles)),
    view.pending > 0 ? el('p', { class: 'small' }, t('pending', { n: view.pending })) : null,
  );
  importButton.disabled = false;
}

function showOutcome(outcome: Outcome): void {
  // A paused job goes on in the progress dialog: not a success yet.
  const kind = outcome.status === 'done' ? 'success' : 'info';
  showMessage(message, kind, outcome.title, outcome.lines);
}

async function load(): Promise<boolean> {
  const view = await withProgress(
    message,
    [createButton, importButton],
    t('reading'),
    () => callServer('sidebarQuestionnaires'),
    t('loadFailed'),
    t('generic'),
  );
  if (view) render(view);
  return view !== undefined;
}

async function create(): Promise<void> {
  const template = templates.find((candidate) => candidate.code === templateSelect.value);
  if (!template) return;
  const outcome = await withProgress(
    message,
    [createButton, importButton],
    t('creating', { title: template.title }),
    () => callServer('sidebarCreateQuestionnaire', template.code, waveSelect.value),
    t('createFailed'),
    t('generic'),
  );
  if (!outcome) return;
  if (await load()) showOutcome(outcome);
}

async function importAnswers(): Promise<void> {
  const outcome = await withProgress(
    message,
    [createButton, importButton],
    t('importing'),
    () => callServer('sidebarImportAnswers'),
    t('importFailed'),
    t('generic'),
  );
  if (!outcome) return;
  if (await load()) showOutcome(outcome);
}

templateSelect.addEventListener('change', fillWaves);
createButton.addEventListener('click', () => void create());
importButton.addEventListener('click', () => void importAnswers());
byId('back').addEventListener('click', () => void runMenuFunction('menuShowPanel').catch(() => undefined));
void load();
