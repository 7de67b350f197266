/** «О программе»: what the add-on does, its version, where the data stays, and the program's sheets. */
import type { ProgramSheet, ProgramSheets } from '../../src/core/usecases/program-sheets';
import { byId, el, replaceChildren } from '../shared/dom';
import { translator } from '../shared/i18n';
import { callServer, setServerLocale } from '../shared/server';
import { button, errorText, showMessage } from '../shared/ui';

const t = translator({
  ru: {
    title: '«Наставник»',
    version: 'Версия {version}',
    whatTitle: 'Что делает дополнение',
    what: 'Ведёт программу наставничества по целевой модели в этой таблице: базы наставников и наставляемых, проверку данных, подбор пар и групп с объяснением каждого балла, анкеты в Google Формах и загрузку ответов, показатели, SWOT-анализ, дорожную карту и документы (приказ, индивидуальные планы, аналитический отчёт).',
    step1: 'Начните с пункта «Подготовить таблицу» — появятся листы с подсказками в заголовках.',
    step2: 'Заполните базы и выберите «Проверить базы»: ошибки окажутся на листе «Проблемы» с номером строки.',
    step3: '«Панель наставничества» показывает состояние программы и ведёт к нужному действию.',
    dataTitle: 'Где хранятся данные',
    data1:
      'Все данные остаются в этой таблице, на листах ниже, и в формах и документах, которые дополнение создаёт по вашей команде на вашем Google Диске.',
    data2:
      'Дополнение не отправляет персональные данные на сторонние серверы и не хранит их копий. Настройки — на листе «Настройки»; служебные отметки о незавершённой работе — в свойствах этого документа.',
    data3: 'Удалите лист или таблицу — удалятся и данные. Права доступа к таблице определяете вы.',
    sheetsTitle: 'Листы программы',
    loading: 'Читаю список листов…',
    open: 'Открыть',
    absent: 'ещё нет',
    other: 'Ваших собственных листов в таблице: {n}. Дополнение их не трогает.',
    failed: 'Список листов недоступен',
    generic: 'Что-то пошло не так. Попробуйте ещё раз.',
    close: 'Закрыть',
  },
  en: {
    title: 'Nastavnik',
    version: 'Version {version}',
    whatTitle: 'What the add-on does',
    what: 'Runs a mentorship program in this spreadsheet: the mentor and mentee bases, data checks, pair and group matching with every score explained, Google Forms questionnaires and their answers, indicators, SWOT analysis, the roadmap and documents (the order, individual plans, the analytic report).',
    step1: 'Start with «Set up the spreadsheet»: the sheets appear, with notes on every header.',
    step2:
      'Fill in the bases and choose «Check the bases»: problems go to the «Проблемы» sheet with their row numbers.',
    step3: 'The «Mentorship panel» shows the state of the program and leads to the next action.',
    dataTitle: 'Where the data stays',
    data1:
      'All data stays in this spreadsheet, on the sheets below, and in the forms and documents the add-on creates on your command in your Google Drive.',
    data2:
      'The add-on sends no personal data to third-party servers and keeps no copies. Settings are on the «Настройки» sheet; notes about unfinished work are kept in this document’s properties.',
    data3: 'Delete a sheet or the spreadsheet and the data is gone. You decide who has access to the spreadsheet.',
    sheetsTitle: 'The program’s sheets',
    loading: 'Reading the list of sheets…',
    open: 'Open',
    absent: 'not yet',
    other: 'Your own sheets in the spreadsheet: {n}. The add-on leaves them alone.',
    failed: 'The list of sheets is not available',
    generic: 'Something went wrong. Please try again.',
    close: 'Close',
  },
});

const message = byId('message');

function sheetNode(sheet: ProgramSheet): HTMLElement {
  const action = sheet.exists
    ? button(t('open'), { 'data-sheet': sheet.name }, () => void open(sheet.name))
    : el('span', { class: 'small muted' }, t('absent'));
  return el(
    'li',
    { class: sheet.exists ? '' : 'absent' },
    el('span', {}, el('span', { class: 'name' }, sheet.name), el('span', { class: 'purpose' }, sheet.purpose)),
    action,
  );
}

function render(view: ProgramSheets): void {
  t.setLocale(view.locale);
  setServerLocale(t.locale());
  byId('version').textContent = t('version', { version: __NASTAVNIK_VERSION__ });
  replaceChildren(byId('sheets'), ...view.sheets.map(sheetNode));
  byId('other').textContent = view.otherSheets > 0 ? t('other', { n: view.otherSheets }) : '';
}

async function open(name: string): Promise<void> {
  try {
    await callServer('sidebarOpenSheet', name);
    google.script.host.close();
  } catch (error) {
    showMessage(message, 'error', t('open'), [errorText(error, t('generic'))]);
  }
}

async function load(): Promise<void> {
  try {
    render(await callServer('sidebarProgramSheets'));
  } catch (error) {
    replaceChildren(byId('sheets'));
    showMessage(message, 'error', t('failed'), [errorText(error, t('generic'))]);
  }
}

byId('version').textContent = t('version', { version: __NASTAVNIK_VERSION__ });
byId('close').addEventListener('click', () => google.script.host.close());
void load();
