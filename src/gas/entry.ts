/**
 * The Apps Script entry module: every export becomes a top-level function of dist/Code.js
 * (menu targets, triggers, sidebar server functions). Export handlers only; write them in
 * src/gas/handlers/<feature>.ts. MENU (src/core/menu.ts) targets must be exported here.
 */
export { menuAbout } from './handlers/about';
export { jobCancel, jobStep } from './handlers/progress';
export { onInstall, onOpen } from './handlers/menu';
export { menuCheckBases, menuSetupWorkbook } from './handlers/workbook';
export { menuApprovePairs, menuFormPairs } from './handlers/pairs';
export { menuCreateForm, menuImportAnswers, menuRecomputeDynamics } from './handlers/survey';
export { menuIndicators, menuSwot } from './handlers/indicators';
export { menuGenerateRoadmap } from './handlers/roadmap';
export { menuConsolidateSchools, menuDepartmentSheet } from './handlers/consolidate';
export { menuDocumentOrder, menuDocumentPlans, menuDocumentReport, menuDocumentRoadmap } from './handlers/documents';
export {
  menuShowMatching,
  menuShowPanel,
  menuShowQuestionnaires,
  sidebarCreateQuestionnaire,
  sidebarDashboard,
  sidebarFormPairs,
  sidebarImportAnswers,
  sidebarMatchingSettings,
  sidebarOpenSheet,
  sidebarProgramSheets,
  sidebarQuestionnaires,
  sidebarSaveMatchingSettings,
} from './handlers/sidebar';
