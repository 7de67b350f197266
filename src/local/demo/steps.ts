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
  /** The day of the academic year (`year` = its first calendar year) the step runs on; the demo clock's last day when absent. */
  on?: (year: number) => Date;
  run(ctx: DemoContext): Outcome | Promise<Outcome>;
}

/**
 * The demo lives through a school year: bases in September, preferences and matching in October,
 * the order and the plans right after approval, entry answers in November (and a look at the
 * indicators then), exit answers in late April, the analytic report at the end of May — so that
 * the roadmap's evidence, «Динамика» and the report read as a real programme's.
 */
export const DEMO_STEPS: DemoStep[] = [
  {
    title: 'Подготовить таблицу (повторно: заполненная книга не меняется)',
    on: (year) => new Date(year, 8, 1, 10),
    run: (ctx) => setupWorkbook(ctx.env),
  },
  { title: 'Проверить базы', on: (year) => new Date(year, 8, 20, 10), run: (ctx) => checkBases(ctx.env) },
  {
    title: 'Вписать численность педагогов и обучающихся на лист «Организации» (учебные данные)',
    on: (year) => new Date(year, 8, 20, 11),
    run: (ctx) => fillDemoTotals(ctx),
  },
  {
    title: 'Анкеты: печать для сбора на бумаге (DOCX)',
    on: (year) => new Date(year, 8, 21, 10),
    run: printQuestionnairesStep,
  },
  {
    title: 'Анкета предпочтений (ответы 25.09) → «Предпочтения»',
    on: (year) => new Date(year, 9, 1, 10),
    run: demoSurveyStep('preferences'),
  },
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
    title: 'Документы (DOCX) после утверждения пар: приказ и индивидуальные планы',
    on: (year) => new Date(year, 9, 19, 10),
    run: (ctx) => demoDocuments(ctx, ['order', 'plans']),
  },
  {
    title: 'Входное анкетирование (ответы 10.11) → «Ответы», «Динамика»',
    on: (year) => new Date(year, 10, 20, 10),
    run: demoSurveyStep('entry'),
  },
  {
    title: 'Показатели и «Сводка» в середине года (дорожная карта отмечена по приказу, планам и входу)',
    on: (year) => new Date(year, 10, 20, 11),
    run: (ctx) => runIndicators(ctx.env),
  },
  {
    title: 'Удовлетворённость (20.03), выходное анкетирование (14.04), SWOT (25.04) → «Ответы», «Динамика»',
    on: (year) => new Date(year + 1, 3, 30, 10),
    run: demoSurveyStep('exit'),
  },
  {
    title: '«Динамика» по сформированным парам (только участники с согласием)',
    on: (year) => new Date(year + 1, 4, 25, 10),
    run: (ctx) => recomputeDynamics(ctx.env),
  },
  { title: 'Показатели и «Сводка»', on: (year) => new Date(year + 1, 4, 25, 11), run: (ctx) => runIndicators(ctx.env) },
  { title: 'SWOT-анализ', on: (year) => new Date(year + 1, 4, 25, 12), run: (ctx) => runSwot(ctx.env) },
  {
    title: 'Документы (DOCX) в конце года: аналитический отчёт и дорожная карта',
    on: (year) => new Date(year + 1, 4, 27, 10),
    run: (ctx) => demoDocuments(ctx, ['report', 'roadmap']),
  },
  {
    title: 'Показатели и «Сводка» после отчёта (дорожная карта отмечена)',
    on: (year) => new Date(year + 1, 4, 27, 11),
    run: (ctx) => runIndicators(ctx.env),
  },
  {
    title: 'Книги 15 школ и «Свод по школам» из их листов «Для управления»',
    on: (year) => new Date(year + 1, 4, 28, 10),
    run: demoConsolidation,
  },
];
