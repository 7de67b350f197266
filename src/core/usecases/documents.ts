import { buildAnalyticReport } from '../documents/analytic-report';
import { buildPlanDocument, buildPlansDocument, PLANS_PER_DOCUMENT, planSubjects } from '../documents/individual-plan';
import { type DocumentInput, readDocumentInput } from '../documents/inputs';
import { linkOrderToPairs, linkToRoadmap } from '../documents/link-back';
import { type DocumentKind, type DocumentMessages, documentMessages } from '../documents/messages';
import type { DocModel } from '../documents/model';
import { buildOrder, orderSettingsSummary, orderUnits } from '../documents/order';
import { DOCUMENTS_SHEET, type RegisterEntry, registerKey, registeredKeys, writeRegister } from '../documents/register';
import { reportData } from '../documents/report-data';
import { buildRoadmapDocument } from '../documents/roadmap-document';
import { academicYearText, surnameInitials } from '../documents/russian';
import { PLANS_SEPARATE } from '../documents/settings';
import { type Job, runJob } from '../jobs/run-job';
import type { Locale } from '../ports';
import type { Outcome } from '../outcome';
import type { CreatedFile, DocumentPort, Env } from '../ports';
import { PAIRS_SHEET } from '../pairs/register-layout';
import type { Problem } from '../problems/problem';
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
  lines: string[];
}

/** How many documents a run would create now (for the confirmation before Google Docs are made). */
export function plannedDocuments(env: Env, kinds: readonly DocumentKind[]): { count: number; lines: string[] } {
  const text = documentMessages(env.locale);
  const input = readDocumentInput(env.workbook);
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
    start: () => ({ kinds: [...kinds], index: 0, part: 0, created: 0, lines: [] }),
    step: (stepEnv, state) => step(stepEnv, documents, state),
    finish: (_env, state) => ({
      status: 'done',
      title: text.doneTitle,
      lines: [text.created(state.created, DOCUMENTS_SHEET), ...state.lines],
      figures: { created: state.created },
    }),
    progress: (state) => ({ done: state.index, total: state.kinds.length }),
  };
  return runJob(env, job);
}

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
  const input = readDocumentInput(env.workbook);
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
    create(model, key, subject) {
      env.progress.report(text.creating(model.name));
      const file = documents.create(model);
      entries.push({ key, title: model.name, subject, year: academicYearText(year), file });
      return file;
    },
  };
  const kindDone = MAKERS[state.kinds[state.index]]?.(chunk) ?? true;
  if (entries.length > 0) writeRegister(env.workbook, entries, chunk.now);
  const next: DocumentsState = {
    kinds: state.kinds,
    index: kindDone ? state.index + 1 : state.index,
    part: kindDone ? 0 : chunk.part + 1,
    created: state.created + entries.length,
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
  const order = buildOrder(input, { now, academicYear: year });
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
  writeProblems(env.workbook, DOCUMENTS_SOURCE, problems, now);
  if (problems.length > 0) lines.push(text.orderExcluded(problems.length));
  return true;
}

function makePlans({ env, input, year, part, text, lines, create }: Chunk): boolean {
  const subjects = planSubjects(input);
  if (subjects.length === 0) {
    lines.push(text.noPlans);
    return true;
  }
  if (!separatePlans(input)) {
    const parts = partsOf(subjects);
    const index = Math.min(part, parts.length - 1);
    const model = buildPlansDocument(parts[index], input.roadmap, input.settings, year, {
      index: index + 1,
      count: parts.length,
    });
    const key = registerKey('plans', parts.length > 1 ? `часть ${index + 1}` : '', year);
    const file = create(model, key, `${parts[index].length} наставляемых`);
    if (index === 0) linkToRoadmap(env.workbook, input.roadmapGrid, 'plans', file.url);
    const done = index + 1 >= parts.length;
    if (done) lines.push(text.plansTogether(subjects.length, parts.length));
    return done;
  }
  const missing = missingPlans(input, registeredKeys(env.workbook.readSheet(DOCUMENTS_SHEET)), year);
  for (const subject of missing.slice(0, PLANS_PER_CHUNK)) {
    const model = buildPlanDocument(subject, input.roadmap, input.settings, year);
    create(model, registerKey('plan', subject.mentee.id, year), surnameInitials(subject.mentee.fio));
  }
  const done = missing.length <= PLANS_PER_CHUNK;
  if (done) lines.push(text.plansSeparate(subjects.length));
  return done;
}

function makeReport({ env, input, now, year, text, lines, create }: Chunk): boolean {
  const data = reportData(input, year, now);
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
    return planSubjects(input).length > 0 ? partsOf(planSubjects(input)).length : 0;
  }
  return 1;
}

/** The plans of the «один документ» layout, PLANS_PER_DOCUMENT mentees per document. */
function partsOf<T>(subjects: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < subjects.length; i += PLANS_PER_DOCUMENT) parts.push(subjects.slice(i, i + PLANS_PER_DOCUMENT));
  return parts;
}

function separatePlans(input: DocumentInput): boolean {
  return input.settings.text('plansLayout') === PLANS_SEPARATE;
}

function missingPlans(input: DocumentInput, done: Set<string>, year: number) {
  return planSubjects(input).filter((s) => !done.has(registerKey('plan', s.mentee.id, year)));
}
