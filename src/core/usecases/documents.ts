import { buildAnalyticReport } from '../documents/analytic-report';
import { buildPlanDocument, buildPlansDocument, planSubjects } from '../documents/individual-plan';
import { type DocumentInput, readDocumentInput } from '../documents/inputs';
import { linkOrderToPairs, linkToRoadmap } from '../documents/link-back';
import type { DocModel } from '../documents/model';
import { buildOrder, orderSettingsSummary, orderUnits } from '../documents/order';
import { DOCUMENTS_SHEET, type RegisterEntry, registerKey, registeredKeys, writeRegister } from '../documents/register';
import { reportData } from '../documents/report-data';
import { buildRoadmapDocument } from '../documents/roadmap-document';
import { academicYearText, countText, surnameInitials } from '../documents/russian';
import { PLANS_SEPARATE } from '../documents/settings';
import { type Job, runJob } from '../jobs/run-job';
import type { Outcome } from '../outcome';
import type { CreatedFile, DocumentPort, Env } from '../ports';
import { writeProblems } from '../problems/problems-sheet';
import type { Problem } from '../problems/problem';
import { PAIRS_SHEET } from '../pairs/register-layout';

export type DocumentKind = 'order' | 'plans' | 'report' | 'roadmap';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['order', 'plans', 'report', 'roadmap'];

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  order: 'Приказ «Об утверждении наставнических пар (групп)»',
  plans: 'Индивидуальные планы развития',
  report: 'Аналитический отчёт',
  roadmap: 'Дорожная карта (документ)',
};

export const DOCUMENTS_JOB_ID = 'documents';
export const DOCUMENTS_SOURCE = 'Документы';
/** Separate plans created per chunk: each is a DocumentApp.create, a few seconds in Apps Script. */
const PLANS_PER_CHUNK = 5;

/** Google's daily limit on created documents. */
export const DOCS_DAILY_QUOTA = { consumer: 250, workspace: 1500 } as const;

interface DocumentsState {
  kinds: DocumentKind[];
  index: number;
  created: number;
  lines: string[];
}

/** How many documents a run would create now (for the confirmation before Google Docs are made). */
export function plannedDocuments(env: Env, kinds: readonly DocumentKind[]): { count: number; lines: string[] } {
  const input = readDocumentInput(env.workbook);
  const year = input.settings.number('academicYear');
  const done = registeredKeys(env.workbook.readSheet(DOCUMENTS_SHEET));
  let count = 0;
  const lines: string[] = [];
  for (const kind of kinds) {
    const n = documentCount(kind, input, done, year);
    count += n;
    lines.push(`${DOCUMENT_TITLES[kind]}: ${countText(n, 'документ', 'документа', 'документов')}`);
  }
  return { count, lines };
}

/** The warning shown before many Google Docs are created. */
export function quotaWarning(count: number): string {
  return `Будет создано ${countText(count, 'документ', 'документа', 'документов')} Google. Google разрешает создавать не более ${DOCS_DAILY_QUOTA.consumer} документов в день для обычного аккаунта и ${DOCS_DAILY_QUOTA.workspace} — для Google Workspace. Продолжить?`;
}

/**
 * «Документы»: builds the chosen documents from the sheets, creates them through `env.documents`
 * and writes their links back («Документы», «Пары» → «Приказ», «Дорожная карта» → «Ссылка на
 * документ»). Runs as a resumable job: separate plans are made a few per chunk, and a run that
 * paused continues with the mentees that have no plan in «Документы» yet.
 */
export function createDocuments(env: Env, kinds: readonly DocumentKind[] = DOCUMENT_KINDS): Outcome {
  const documents = env.documents;
  if (!documents) {
    return {
      status: 'nothing-to-do',
      title: 'Документы',
      lines: ['Здесь нельзя создавать документы: нет доступа к Google Документам или к папке для файлов.'],
    };
  }
  const job: Job<DocumentsState> = {
    id: DOCUMENTS_JOB_ID,
    title: 'Документы',
    start: () => ({ kinds: [...kinds], index: 0, created: 0, lines: [] }),
    step: (stepEnv, state) => step(stepEnv, documents, state),
    finish: (_env, state) => ({
      status: 'done',
      title: 'Документы созданы',
      lines: [
        `Создано ${countText(state.created, 'документ', 'документа', 'документов')}; ссылки — на листе «${DOCUMENTS_SHEET}».`,
        ...state.lines,
      ],
      figures: { created: state.created },
    }),
    progress: (state) => ({ done: state.index, total: state.kinds.length }),
  };
  return runJob(env, job);
}

function step(env: Env, documents: DocumentPort, state: DocumentsState) {
  const kind = state.kinds[state.index];
  const input = readDocumentInput(env.workbook);
  const now = env.clock.now();
  const year = input.settings.number('academicYear');
  const entries: RegisterEntry[] = [];
  const create = (model: DocModel, key: string, subject: string): CreatedFile => {
    env.progress.report(`Создаётся: ${model.name}`);
    const file = documents.create(model);
    entries.push({ key, title: model.name, subject, year: academicYearText(year), file });
    return file;
  };
  let kindDone = true;
  const lines: string[] = [];
  if (kind === 'order') {
    const order = buildOrder(input, { now, academicYear: year });
    if (order.units.length === 0) {
      lines.push(
        `Приказ не создан: на листе «${PAIRS_SHEET}» нет действующих пар, все участники которых дали согласие на обработку персональных данных. Сначала утвердите пары.`,
      );
    } else {
      const file = create(order.model, registerKey('order', '', year), '');
      const reference = [orderSettingsSummary(input.settings), file.url].filter((t) => t !== '').join(' — ');
      const rows = order.units.flatMap((u) => u.rows);
      const linked = linkOrderToPairs(env.workbook, input.pairsGrid, rows, reference);
      linkToRoadmap(env.workbook, input.roadmapGrid, 'order', file.url);
      const units = countText(order.units.length, 'пара (группа)', 'пары (группы)', 'пар (групп)');
      lines.push(
        `Приказ: ${units}; ссылка записана в «${PAIRS_SHEET}» → «Приказ» (${countText(linked, 'строка', 'строки', 'строк')}).`,
      );
    }
    const problems: Problem[] = order.excluded.map((e) => ({
      sheet: PAIRS_SHEET,
      row: e.row,
      column: null,
      value: e.name,
      message: `Не включено в приказ: ${e.reason}`,
      severity: 'warning',
    }));
    writeProblems(env.workbook, DOCUMENTS_SOURCE, problems, now);
    if (problems.length > 0) lines.push(`Не включены в приказ: ${problems.length} (причины — на листе «Проблемы»).`);
  } else if (kind === 'plans') {
    const subjects = planSubjects(input);
    if (subjects.length === 0) lines.push('Индивидуальные планы: нет действующих пар с согласием участников.');
    else if (!separatePlans(input)) {
      const file = create(
        buildPlansDocument(subjects, input.roadmap, input.settings, year),
        registerKey('plans', '', year),
        `${subjects.length} наставляемых`,
      );
      linkToRoadmap(env.workbook, input.roadmapGrid, 'plans', file.url);
      lines.push(
        `Индивидуальные планы: ${countText(subjects.length, 'наставляемый', 'наставляемых', 'наставляемых')} в одном документе.`,
      );
    } else {
      const missing = missingPlans(input, registeredKeys(env.workbook.readSheet(DOCUMENTS_SHEET)), year);
      for (const subject of missing.slice(0, PLANS_PER_CHUNK)) {
        create(
          buildPlanDocument(subject, input.roadmap, input.settings, year),
          registerKey('plan', subject.mentee.id, year),
          surnameInitials(subject.mentee.fio),
        );
      }
      kindDone = missing.length <= PLANS_PER_CHUNK;
      if (kindDone)
        lines.push(
          `Индивидуальные планы: отдельный документ на каждого из ${countText(subjects.length, 'наставляемого', 'наставляемых', 'наставляемых')}.`,
        );
    }
  } else if (kind === 'report') {
    const data = reportData(input, year, now);
    const file = create(buildAnalyticReport(data, input.settings, now), registerKey('report', '', year), '');
    linkToRoadmap(env.workbook, input.roadmapGrid, 'report', file.url);
    lines.push(
      `Аналитический отчёт: ${data.indicators ? `${data.indicators.length} показателей` : 'показатели — нет данных'}, SWOT — ${data.swot ? 'есть' : 'нет данных'}.`,
    );
  } else if (kind === 'roadmap') {
    create(buildRoadmapDocument(input.roadmap, input.settings, year), registerKey('roadmap', '', year), '');
    lines.push(
      input.roadmap.length > 0
        ? `Дорожная карта: ${input.roadmap.length} мероприятий (альбомная ориентация).`
        : 'Дорожная карта ещё не сформирована — документ пустой.',
    );
  }
  if (entries.length > 0) writeRegister(env.workbook, entries, now);
  const next: DocumentsState = {
    kinds: state.kinds,
    index: kindDone ? state.index + 1 : state.index,
    created: state.created + entries.length,
    lines: [...state.lines, ...lines],
  };
  return { state: next, done: next.index >= next.kinds.length };
}

function documentCount(kind: DocumentKind, input: DocumentInput, done: Set<string>, year: number): number {
  if (kind === 'order') return orderUnits(input).units.length > 0 ? 1 : 0;
  if (kind === 'plans') {
    if (separatePlans(input)) return missingPlans(input, done, year).length;
    return planSubjects(input).length > 0 ? 1 : 0;
  }
  return 1;
}

function separatePlans(input: DocumentInput): boolean {
  return input.settings.text('plansLayout') === PLANS_SEPARATE;
}

function missingPlans(input: DocumentInput, done: Set<string>, year: number) {
  return planSubjects(input).filter((s) => !done.has(registerKey('plan', s.mentee.id, year)));
}
