/**
 * The add-on menu (Расширения → Наставник). Each item names a top-level function that the
 * Apps Script entry module exports; a test checks that every target exists in dist/Code.js.
 * Features add their items here, in the order a curator works. Related items share a submenu
 * so that the menu stays short enough to scan.
 */
export interface MenuItem {
  ru: string;
  en: string;
  functionName: string;
}

export interface SubMenu {
  ru: string;
  en: string;
  items: MenuItem[];
}

export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU: readonly MenuEntry[] = [
  { ru: 'Панель наставничества', en: 'Mentorship panel', functionName: 'menuShowPanel' },
  { ru: 'Подготовить таблицу', en: 'Set up the spreadsheet', functionName: 'menuSetupWorkbook' },
  { ru: 'Проверить базы', en: 'Check the bases', functionName: 'menuCheckBases' },
  'separator',
  { ru: 'Подбор пар', en: 'Pair matching', functionName: 'menuShowMatching' },
  { ru: 'Сформировать пары', en: 'Form pairs', functionName: 'menuFormPairs' },
  { ru: 'Утвердить пары', en: 'Approve pairs', functionName: 'menuApprovePairs' },
  {
    ru: 'Анкеты',
    en: 'Questionnaires',
    items: [
      { ru: 'Анкеты', en: 'Questionnaires', functionName: 'menuShowQuestionnaires' },
      { ru: 'Создать анкету…', en: 'Create a questionnaire…', functionName: 'menuCreateForm' },
      { ru: 'Загрузить ответы', en: 'Import answers', functionName: 'menuImportAnswers' },
      { ru: 'Пересчитать динамику', en: 'Recompute dynamics', functionName: 'menuRecomputeDynamics' },
    ],
  },
  'separator',
  { ru: 'Показатели', en: 'Indicators', functionName: 'menuIndicators' },
  { ru: 'SWOT-анализ', en: 'SWOT analysis', functionName: 'menuSwot' },
  { ru: 'Сформировать дорожную карту', en: 'Generate the roadmap', functionName: 'menuGenerateRoadmap' },
  {
    ru: 'Документы',
    en: 'Documents',
    items: [
      { ru: 'Приказ о парах', en: 'Order approving the pairs', functionName: 'menuDocumentOrder' },
      { ru: 'Индивидуальные планы', en: 'Individual plans', functionName: 'menuDocumentPlans' },
      { ru: 'Аналитический отчёт', en: 'Analytic report', functionName: 'menuDocumentReport' },
      { ru: 'Дорожная карта', en: 'Roadmap', functionName: 'menuDocumentRoadmap' },
    ],
  },
  {
    ru: 'Свод по школам',
    en: 'Schools roll-up',
    items: [
      {
        ru: 'Для управления (в таблице школы)',
        en: 'For the department (in a school)',
        functionName: 'menuDepartmentSheet',
      },
      {
        ru: 'Собрать свод (в таблице управления)',
        en: 'Build the roll-up (in the department)',
        functionName: 'menuConsolidateSchools',
      },
    ],
  },
  'separator',
  { ru: 'О программе', en: 'About', functionName: 'menuAbout' },
];

export function isSubMenu(entry: MenuEntry): entry is SubMenu {
  return entry !== 'separator' && 'items' in entry;
}

/** Every clickable item, submenus flattened, in menu order. */
export function menuItems(menu: readonly MenuEntry[] = MENU): MenuItem[] {
  return menu.flatMap((entry) => (entry === 'separator' ? [] : isSubMenu(entry) ? entry.items : [entry]));
}
