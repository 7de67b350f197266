/**
 * What `npm run demo` does with each generated workbook, in order. Add your feature's step with
 * ONE line (do not restructure): `{ title: 'Подобрать пары', run: (ctx) => proposePairs(ctx.env) }`.
 * A step gets the workbook's Env (saved after all steps), the folder for any files it makes
 * (documents: `ctx.dir`, record them with `ctx.addFile`) and the generated data.
 */
import type { Outcome } from '../../core/outcome';
import { checkBases } from '../../core/usecases/check-bases';
import { setupWorkbook } from '../../core/usecases/setup-workbook';
import { runIndicators } from '../../core/usecases/indicators';
import { runSwot } from '../../core/usecases/swot';
import { generateRoadmapUseCase } from '../../core/usecases/roadmap';
import { recomputeDynamics } from '../../core/usecases/survey/dynamics';
import type { LocalEnv } from '../local-env';
import { demoDocuments } from './documents-step';
import { demoPairs } from './pairs-step';
import { fillDemoTotals } from './indicator-totals';
import { demoConsolidation } from './school-workbooks';
import { demoSurveyStep, printQuestionnairesStep } from './survey-answers';
import type { DemoData } from './generate';

export interface DemoContext {
  env: LocalEnv;
  /** Short name of the workbook: 'demo' or 'municipality'. */
  name: string;
  /** Where the workbook is saved (after all steps). */
  workbookPath: string;
  /** Output folder (e.g. out/): put files here, named after `name`. */
  dir: string;
  data: DemoData;
  /** Lists a file the step wrote, so that the demo prints where it is. */
  addFile(path: string): void;
}

export interface DemoStep {
  title: string;
  /** The day of the academic year (`year` = its first calendar year) the step runs on; 20 May when absent. */
  on?: (year: number) => Date;
  run(ctx: DemoContext): Outcome | Promise<Outcome>;
}

export const DEMO_STEPS: DemoStep[] = [
  {
    title: 'Подготовить таблицу (повторно: заполненная книга не меняется)',
    on: (year) => new Date(year, 8, 1, 10),
    run: (ctx) => setupWorkbook(ctx.env),
  },
  { title: 'Проверить базы', on: (year) => new Date(year, 8, 20, 10), run: (ctx) => checkBases(ctx.env) },
  {
    title: 'Вписать численность педагогов и обучающихся на лист «Организации» (учебные данные)',
    run: (ctx) => fillDemoTotals(ctx),
  },
  { title: 'Анкеты: ответы входа и выхода, SWOT, предпочтения → «Ответы», «Динамика»', run: demoSurveyStep },
  {
    title: 'Подбор пар: группы учеников, затем оптимальный режим; утверждение в «Пары»',
    on: (year) => new Date(year, 9, 15, 10),
    run: (ctx) => demoPairs(ctx),
  },
  {
    title: 'Дорожная карта на учебный год (шаблон — по формам в базах)',
    on: (year) => new Date(year, 9, 16, 10),
    run: (ctx) => generateRoadmapUseCase(ctx.env),
  },
  {
    title: '«Динамика» по сформированным парам (только участники с согласием)',
    run: (ctx) => recomputeDynamics(ctx.env),
  },
  { title: 'Показатели и «Сводка»', run: (ctx) => runIndicators(ctx.env) },
  { title: 'SWOT-анализ', run: (ctx) => runSwot(ctx.env) },
  { title: 'Анкеты для печати (DOCX)', run: printQuestionnairesStep },
  {
    title: 'Документы (DOCX): приказ о парах, индивидуальные планы, аналитический отчёт, дорожная карта',
    run: (ctx) => demoDocuments(ctx),
  },
  { title: 'Показатели и «Сводка» после документов (дорожная карта отмечена)', run: (ctx) => runIndicators(ctx.env) },
  { title: 'Книги 15 школ и «Свод по школам» из их листов «Для управления»', run: demoConsolidation },
];
