import { buildAnalyticReport } from '../documents/analytic-report';
import {
  buildPlanDocument,
  buildPlansDocument,
  PLANS_PER_DOCUMENT,
  type PlanSubject,
  planSubjects,
} from '../documents/individual-plan';
import { PLAN_GOALS_SHEET, PlanGoalCatalogue, readOrSeedPlanGoals } from '../documents/plan-catalogue';
import { plansParts } from '../documents/plan-parts';
import { type DocumentInput, readDocumentInput } from '../documents/inputs';
import { linkOrderToPairs, linkToRoadmap } from '../documents/link-back';
import { type DocumentKind, type DocumentMessages, documentMessages } from '../documents/messages';
import { yearsForName } from '../documents/file-name';
import type { DocModel } from '../documents/model';
import { typesetModel } from '../documents/typography';
import { buildOrder, orderSettingsSummary, orderUnits } from '../documents/order';
import { DOCUMENTS_SHEET, type RegisterEntry, registerKey, registeredKeys, writeRegister } from '../documents/register';
import { readReportData } from '../documents/report-data';
import { buildRoadmapDocument } from '../documents/roadmap-document';
import { surnameInitials } from '../documents/russian';
import { periodShortLabel, programPeriod } from '../program/period';
import { PLANS_SEPARATE } from '../documents/settings';
import { type Job, runJob } from '../jobs/run-job';
import type { Locale } from '../ports';
import type { Outcome } from '../outcome';
import type { CreatedFile, DocumentPort, Env } from '../ports';
import { PAIRS_SHEET } from '../pairs/register-layout';
import { type Problem, problemText } from '../problems/problem';
import { writeProblems } from '../problems/problems-sheet';

export type { DocumentKind } from '../documents/messages';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['order', 'plans', 'report', 'roadmap'];

export const DOCUMENTS_JOB_ID = 'documents';
export const DOCUMENTS_SOURCE = 'Документы';
/** Separate plans created per chunk: each is a DocumentApp.create, a few seconds in Apps Script. */
const PLANS_PER_CHUNK = 5;

/** Google's daily limit on created documents. */
export const DOCS_DAILY_QUOTA = { consumer: 250, workspace: 1500 } as const;

interface DocumentsState {
  kinds: DocumentKind[];
  index: number;
  /** The next part of the current kind (plans made in several documents). */
  part: number;
  created: number;
  /** Documents this run will make (for «Создано 40 из 120»). */
  planned: number;
  lines: string[];
}

/** How many documents a run would create now (for the confirmation before Google Docs are made). */
export function plannedDocuments(env: Env, kinds: readonly DocumentKind[]): { count: number; lines: string[] } {
  const text = documentMessages(env.locale);
  const input = readDocumentInput(env.workbook, env.clock.now());
  const year = input.settings.number('academicYear');
  const done = registeredKeys(env.workbook.readSheet(DOCUMENTS_SHEET));
  const counts = kinds.map((kind) => ({ kind, n: documentCount(kind, input, done, year) }));
  return { count: counts.reduce((sum, c) => sum + c.n, 0), lines: counts.map((c) => text.planned(c.kind, c.n)) };
}

/** The warning shown before several Google Docs are created. */
export function quotaWarning(count: number, locale: Locale = 'ru'): string {
  return documentMessages(locale).quotaWarning(count, DOCS_DAILY_QUOTA.consumer, DOCS_DAILY_QUOTA.workspace);
}

/**
 * «Документы»: builds the chosen documents from the sheets, creates them through `env.documents`
 * and writes their links back («Документы», «Пары» → «Приказ», «Дорожная карта» → «Ссылка на
 * документ»). Runs as a resumable job: separate plans are made a few per chunk, and a run that
 * paused continues with the mentees that have no plan in «Документы» yet.
 */
export function createDocuments(env: Env, kinds: readonly DocumentKind[] = DOCUMENT_KINDS): Outcome {
  const text = documentMessages(env.locale);
  const documents = env.documents;
  if (!documents) return { status: 'nothing-to-do', title: text.jobTitle, lines: [text.noHost] };
  const job: Job<DocumentsState> = {
    id: DOCUMENTS_JOB_ID,
    title: text.jobTitle,
    start: (startEnv) => ({
      kinds: [...kinds],
      index: 0,
      part: 0,
      created: 0,
      planned: plannedDocuments(startEnv, kinds).count,
      lines: [],
    }),
    step: (stepEnv, state) => step(stepEnv, documents, state),
    finish: (_env, state) => ({
      status: 'done',
      title: text.doneTitle,
      lines: [text.created(state.created, DOCUMENTS_SHEET), ...state.lines],
      figures: { created: state.created },
    }),
    progress: (state) => ({ done: state.created, total: Math.max(state.planned ?? 0, state.created) }),
  };
  return runJob(env, job, { minStartMs: MIN_START_MS });
}

/** Less than this left (after the confirmation dialog) and the first document waits for the progress dialog. */
const MIN_START_MS = 30_000;

/** What one chunk of the job works with. */
interface Chunk {
  env: Env;
  input: DocumentInput;
  now: Date;
  year: number;
  /** Which part of the kind this chunk makes (0 first). */
  part: number;
  text: DocumentMessages;
  lines: string[];
  create(model: DocModel, key: string, subject: string): CreatedFile;
}

function step(env: Env, documents: DocumentPort, state: DocumentsState) {
  const input = readDocumentInput(env.workbook, env.clock.now());
  const year = input.settings.number('academicYear');
  const entries: RegisterEntry[] = [];
  const text = documentMessages(env.locale);
  const chunk: Chunk = {
    env,
    input,
    now: env.clock.now(),
    year,
    part: state.part ?? 0,
    text,
    lines: [],
    create(built, key, subject) {
      const model = { ...typesetModel(built), name: yearsForName(built.name) };
      env.progress.report(text.creating(model.name));
      const file = documents.create(model);
      const entry = { key, title: model.name, subject, year: periodShortLabel(programPeriod(input.settings)), file };
      entries.push(entry);
      // Registered at once, not after the chunk: a run that dies later in the chunk (a quota
      // error, the 6-minute kill) leaves every created document in «Документы», and the next
      // run skips it instead of making a duplicate.
      writeRegister(env.workbook, [entry], chunk.now);
      return file;
    },
  };
  const kindDone = MAKERS[state.kinds[state.index]]?.(chunk) ?? true;
  const next: DocumentsState = {
    kinds: state.kinds,
    index: kindDone ? state.index + 1 : state.index,
    part: kindDone ? 0 : chunk.part + 1,
    created: state.created + entries.length,
    planned: state.planned ?? 0,
    lines: [...state.lines, ...chunk.lines],
  };
  return { state: next, done: next.index >= next.kinds.length };
}

/** Each kind makes its documents; false means «more of this kind in the next chunk». */
const MAKERS: Record<DocumentKind, (chunk: Chunk) => boolean> = {
  order: makeOrder,
  plans: makePlans,
  report: makeReport,
  roadmap: makeRoadmap,
};

function makeOrder({ env, input, now, year, text, lines, create }: Chunk): boolean {
  const order = buildOrder(input);
  if (order.units.length === 0) lines.push(text.orderSkipped(PAIRS_SHEET));
  else {
    const file = create(order.model, registerKey('order', '', year), '');
    // Offline the url is a file path: the register names the file instead (a link in Google).
    const link = /^https?:\/\//.test(file.url) ? file.url : file.name;
    const reference = [orderSettingsSummary(input.settings), link].filter((t) => t !== '').join(' — ');
    const rows = order.units.flatMap((u) => u.rows);
    const linked = linkOrderToPairs(env.workbook, input.pairsGrid, rows, reference);
    linkToRoadmap(env.workbook, input.roadmapGrid, 'order', file.url);
    lines.push(text.order(order.units.length, PAIRS_SHEET, linked));
  }
  const problems: Problem[] = order.excluded.map((e) => ({
    sheet: PAIRS_SHEET,
    row: e.row,
    column: null,
    value: e.name,
    message: `Не включено в приказ: ${e.reason}`,
    severity: 'warning',
  }));
  for (const p of order.problems)
    problems.push({
      sheet: p.sheet,
      row: p.row,
      column: null,
      value: p.value,
      message: p.message,
      severity: 'warning',
    });
  writeProblems(env.workbook, DOCUMENTS_SOURCE, problems, now);
  if (order.excluded.length > 0) lines.push(text.orderExcluded(order.excluded.length));
  if (order.problems.length > 0) lines.push(text.orderToCheck(order.problems.length));
  return true;
}

function makePlans({ env, input, year, part, text, lines, create }: Chunk): boolean {
  const subjects = planSubjects(input);
  if (subjects.length === 0) {
    lines.push(text.noPlans);
    return true;
  }
  const catalogue = readOrSeedPlanGoals(env.workbook);
  const goals = new PlanGoalCatalogue(catalogue.goals);
  if (part === 0) {
    if (catalogue.seeded) lines.push(text.planGoalsSeeded(PLAN_GOALS_SHEET));
    lines.push(...catalogue.problems.map(problemText));
  }
  if (!separatePlans(input)) {
    const parts = plansParts(subjects, PLANS_PER_DOCUMENT);
    const index = Math.min(part, parts.length - 1);
    const { subjects: some, organization, part: numbered, key } = parts[index];
    const model = buildPlansDocument(some, input.roadmap, input.settings, year, {
      part: numbered,
      organization,
      goals,
    });
    const file = create(model, registerKey('plans', key, year), `${some.length} наставляемых`);
    if (index === 0) linkToRoadmap(env.workbook, input.roadmapGrid, 'plans', file.url);
    const done = index + 1 >= parts.length;
    if (done) lines.push(text.plansTogether(subjects.length, parts.length, organizationsOf(parts)));
    return done;
  }
  const missing = missingPlans(input, registeredKeys(env.workbook.readSheet(DOCUMENTS_SHEET)), year);
  for (const subject of missing.slice(0, PLANS_PER_CHUNK)) {
    const model = buildPlanDocument(subject, input.roadmap, input.settings, year, goals);
    create(model, registerKey('plan', planKey(subject), year), surnameInitials(subject.mentee.fio));
  }
  const done = missing.length <= PLANS_PER_CHUNK;
  if (done) lines.push(text.plansSeparate(subjects.length));
  return done;
}

function organizationsOf(parts: ReturnType<typeof plansParts>): number {
  return new Set(parts.map((p) => p.organization ?? '')).size;
}

function makeReport({ env, input, now, year, text, lines, create }: Chunk): boolean {
  // the report being made counts as made: its roadmap event is done when the report says so
  const data = readReportData(env.workbook, now, { alsoDone: ['report'] });
  const file = create(buildAnalyticReport(data, input.settings, now), registerKey('report', '', year), '');
  linkToRoadmap(env.workbook, input.roadmapGrid, 'report', file.url);
  lines.push(text.report(data.indicators?.length ?? null, data.swot !== null));
  return true;
}

function makeRoadmap({ input, year, text, lines, create }: Chunk): boolean {
  create(buildRoadmapDocument(input.roadmap, input.settings, year), registerKey('roadmap', '', year), '');
  lines.push(text.roadmap(input.roadmap.length));
  return true;
}

function documentCount(kind: DocumentKind, input: DocumentInput, done: Set<string>, year: number): number {
  if (kind === 'order') return orderUnits(input).units.length > 0 ? 1 : 0;
  if (kind === 'plans') {
    if (separatePlans(input)) return missingPlans(input, done, year).length;
    return plansParts(planSubjects(input), PLANS_PER_DOCUMENT).length;
  }
  return 1;
}

function separatePlans(input: DocumentInput): boolean {
  return input.settings.text('plansLayout') === PLANS_SEPARATE;
}

function missingPlans(input: DocumentInput, done: Set<string>, year: number) {
  return planSubjects(input).filter((s) => !done.has(registerKey('plan', planKey(s), year)));
}

/**
 * A separate plan is made once per mentee, and again when the mentee's mentors change to several
 * (a second pair approved later: the new plan names both). One pair: the mentee's id, as always.
 */
function planKey(subject: PlanSubject): string {
  if (subject.pairs.length === 1) return subject.mentee.id;
  const mentors = [...new Set(subject.pairs.map((pair) => pair.mentor.id))].sort();
  return `${subject.mentee.id}+${mentors.join('+')}`;
}
