/**
 * The add-on menu (Расширения → Наставник). Each item names a top-level function that the
 * Apps Script entry module exports; a test checks that every target exists in dist/Code.js.
 * Features add their items here, in the order a curator works.
 */
export interface MenuItem {
  ru: string;
  en: string;
  functionName: string;
}

export type MenuEntry = MenuItem | 'separator';

export const MENU: readonly MenuEntry[] = [
  { ru: 'Панель наставничества', en: 'Mentorship panel', functionName: 'menuShowPanel' },
  { ru: 'Подготовить таблицу', en: 'Set up the spreadsheet', functionName: 'menuSetupWorkbook' },
  { ru: 'Проверить базы', en: 'Check the bases', functionName: 'menuCheckBases' },
  { ru: 'Подбор пар', en: 'Pair matching', functionName: 'menuShowMatching' },
  { ru: 'Сформировать пары', en: 'Form pairs', functionName: 'menuFormPairs' },
  { ru: 'Утвердить пары', en: 'Approve pairs', functionName: 'menuApprovePairs' },
  { ru: 'Анкеты', en: 'Questionnaires', functionName: 'menuShowQuestionnaires' },
  { ru: 'Создать анкету…', en: 'Create a questionnaire…', functionName: 'menuCreateForm' },
  { ru: 'Загрузить ответы', en: 'Import answers', functionName: 'menuImportAnswers' },
  { ru: 'Пересчитать динамику', en: 'Recompute dynamics', functionName: 'menuRecomputeDynamics' },
  { ru: 'Показатели', en: 'Indicators', functionName: 'menuIndicators' },
  { ru: 'SWOT-анализ', en: 'SWOT analysis', functionName: 'menuSwot' },
  { ru: 'Сформировать дорожную карту', en: 'Generate the roadmap', functionName: 'menuGenerateRoadmap' },
  { ru: 'Документы: приказ о парах', en: 'Documents: order approving the pairs', functionName: 'menuDocumentOrder' },
  { ru: 'Документы: индивидуальные планы', en: 'Documents: individual plans', functionName: 'menuDocumentPlans' },
  { ru: 'Документы: аналитический отчёт', en: 'Documents: analytic report', functionName: 'menuDocumentReport' },
  { ru: 'Документы: дорожная карта', en: 'Documents: roadmap', functionName: 'menuDocumentRoadmap' },
  'separator',
  { ru: 'О программе', en: 'About', functionName: 'menuAbout' },
];
