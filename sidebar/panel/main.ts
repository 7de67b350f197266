/** «Панель наставничества»: the program at a glance, each figure with the sheet or action behind it. */
import type { Dashboard, DashboardSection, Figure } from '../../src/core/usecases/dashboard';
import { byId, el, replaceChildren } from '../shared/dom';
import { formatDateTime, translator } from '../shared/i18n';
import { callServer, isMenuFunction, runMenuFunction, setServerLocale } from '../shared/server';
import { button, errorText, showMessage, withProgress } from '../shared/ui';

const t = translator({
  ru: {
    title: 'Панель наставничества',
    refresh: 'Обновить',
    loading: 'Читаю таблицу…',
    reading: 'Читаю листы таблицы…',
    loadFailed: 'Не удалось показать панель',
    openSheet: 'Открыть лист',
    openMatching: 'Подбор пар',
    openQuestionnaires: 'Анкеты',
    running: 'Выполняется «{action}». Таблицей можно пользоваться; итог появится в окне.',
    finished: '«{action}» выполнено',
    actionFailed: 'Не удалось выполнить «{action}»',
    more: 'и ещё {n}',
    updated: 'Обновлено {time}',
    generic: 'Что-то пошло не так. Попробуйте ещё раз.',
    of: '{done} из {total} {label}',
    version: 'Наставник {version}',
  },
  en: {
    title: 'Mentorship panel',
    refresh: 'Refresh',
    loading: 'Reading the spreadsheet…',
    reading: 'Reading the sheets…',
    loadFailed: 'The panel could not be shown',
    openSheet: 'Open the sheet',
    openMatching: 'Pair matching',
    openQuestionnaires: 'Questionnaires',
    running: '«{action}» is running. You can keep working; the result will appear in a dialog.',
    finished: '«{action}» done',
    actionFailed: '«{action}» failed',
    more: 'and {n} more',
    updated: 'Updated {time}',
    generic: 'Something went wrong. Please try again.',
    of: '{done} of {total} {label}',
    version: 'Nastavnik {version}',
  },
});

const message = byId('message');
const sections = byId('sections');
const refreshButton = byId<HTMLButtonElement>('refresh');

function figureNode(figure: Figure): HTMLElement {
  return el(
    'div',
    { class: `figure ${figure.tone ?? ''}`.trim() },
    el('span', { class: 'value' }, figure.value),
    el('span', { class: 'label' }, figure.label),
  );
}

function sectionNode(section: DashboardSection): HTMLElement {
  const actions: HTMLButtonElement[] = [];
  if (section.sheet) {
    const sheet = section.sheet;
    actions.push(button(t('openSheet'), { 'data-sheet': sheet }, () => void openSheet(sheet)));
  }
  for (const action of section.actions) {
    if (!isMenuFunction(action.functionName)) continue;
    const name = action.functionName;
    const node: HTMLButtonElement = button(
      action.label,
      { 'data-action': name },
      () => void runAction(name, action.label, node),
    );
    actions.push(node);
  }
  const progress = section.progress;
  return el(
    'section',
    { class: section.available ? 'card' : 'card unavailable', 'data-section': section.id },
    el('h2', {}, section.title),
    section.figures.length > 0 ? el('div', { class: 'figures' }, ...section.figures.map(figureNode)) : null,
    progress && progress.total > 0
      ? el(
          'div',
          {},
          el(
            'div',
            {
              class: 'meter',
              role: 'progressbar',
              'aria-valuemin': 0,
              'aria-valuemax': progress.total,
              'aria-valuenow': progress.done,
            },
            el('span', { style: `width:${Math.round((100 * progress.done) / progress.total)}%` }),
          ),
          el(
            'div',
            { class: 'small muted' },
            t('of', { done: progress.done, total: progress.total, label: progress.label }),
          ),
        )
      : null,
    section.items && section.items.length > 0
      ? el('ul', { class: 'items' }, ...section.items.map((item) => el('li', {}, item)))
      : null,
    section.moreItems ? el('div', { class: 'more' }, t('more', { n: section.moreItems })) : null,
    section.hint ? el('p', { class: 'hint' }, section.hint) : null,
    actions.length > 0 ? el('div', { class: 'actions' }, ...actions) : null,
  );
}

function render(dashboard: Dashboard): void {
  t.setLocale(dashboard.locale);
  setServerLocale(t.locale());
  const subtitle = [dashboard.organization, dashboard.academicYear].filter((part) => part !== '').join(' · ');
  byId('subtitle').textContent = subtitle;
  replaceChildren(sections, ...dashboard.sections.map(sectionNode));
  byId('footer').textContent =
    `${t('updated', { time: formatDateTime(dashboard.generatedAt, t.locale()) })} · ${t('version', { version: __NASTAVNIK_VERSION__ })}`;
}

async function load(): Promise<void> {
  const dashboard = await withProgress(
    message,
    [refreshButton],
    t('reading'),
    () => callServer('sidebarDashboard'),
    t('loadFailed'),
    t('generic'),
  );
  if (dashboard) render(dashboard);
}

async function openSheet(name: string): Promise<void> {
  try {
    await callServer('sidebarOpenSheet', name);
  } catch (error) {
    showMessage(message, 'error', t('openSheet'), [errorText(error, t('generic'))]);
  }
}

async function runAction(
  name: Parameters<typeof runMenuFunction>[0],
  label: string,
  node: HTMLButtonElement,
): Promise<void> {
  node.disabled = true;
  showMessage(message, 'progress', t('running', { action: label }));
  try {
    await runMenuFunction(name);
    showMessage(message, 'success', t('finished', { action: label }));
    await load();
    showMessage(message, 'success', t('finished', { action: label }));
  } catch (error) {
    showMessage(message, 'error', t('actionFailed', { action: label }), [errorText(error, t('generic'))]);
  } finally {
    node.disabled = false;
  }
}

refreshButton.addEventListener('click', () => void load());
byId('open-matching').addEventListener('click', () => void runMenuFunction('menuShowMatching').catch(() => undefined));
byId('open-questionnaires').addEventListener(
  'click',
  () => void runMenuFunction('menuShowQuestionnaires').catch(() => undefined),
);
void load();
