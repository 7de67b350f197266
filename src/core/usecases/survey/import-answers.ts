/**
 * «Загрузить ответы»: for every questionnaire in «Анкеты», reads its response sheet once, maps
 * the columns to template items, identifies respondents and merges into «Ответы» (incremental,
 * idempotent). Registration answers fill the bases; preference answers fill «Предпочтения»;
 * «Динамика» is recomputed. Offline the same runs on exported files (CSV/XLSX of Google or
 * Yandex Forms). Service calls do not depend on the number of responses.
 *
 * A resumable job (runJob) in three phases, so that a large import survives Apps Script's
 * 6-minute limit:
 *   prepare — decides which sources are refused (the same answers under another wave), writes the
 *             registrations into the bases and counts what the import will change;
 *   answers — appends the new and changed responses to «Ответы», at most ANSWER_ROWS_PER_CHUNK
 *             rows per chunk, whole responses only;
 *   summary — «Предпочтения», «Анкеты», «Динамика», «Проблемы».
 * Where the answers phase stands is «Ответы» itself: each chunk merges what is still missing from
 * the sheet, so a chunk written just before a kill (its checkpoint lost) is found unchanged by the
 * next run — no response is lost or written twice whichever call Google interrupts.
 */
import { type Grid, rectangular } from '../../cell';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import type { Role } from '../../bases/participant';
import { type Job, runJob } from '../../jobs/run-job';
import { type Outcome, outcome } from '../../outcome';
import type { Env } from '../../ports';
import type { Problem } from '../../problems/problem';
import { writeProblems } from '../../problems/problems-sheet';
import { ANSWER_COLUMNS, ANSWERS_SHEET } from '../../survey/answers-layout';
import { type AnswersMerge, mergeAnswers } from '../../survey/answers-table';
import { FORMS_REGISTER_COLUMNS, FORMS_REGISTER_SHEET, upsertForms } from '../../survey/forms-register';
import { buildPreferences } from '../../survey/preferences';
import { PREFERENCE_COLUMNS, PREFERENCES_SHEET } from '../../survey/preferences-layout';
import { applyRegistrations } from '../../survey/registration';
import type { ParsedResponse } from '../../survey/responses';
import { TEMPLATE_CODES } from '../../survey/template';
import type { SurveyTemplate } from '../../survey/template';
import { findTemplate } from '../../survey/templates-sheet';
import { storedMoments, waveConflict } from '../../survey/wave-conflict';
import { updateDynamics } from './dynamics';
import {
  type AnswerFile,
  type ImportSources,
  type ParsedSources,
  parseSources,
  readImportSources,
  rosterOf,
  sourceKeyOf,
} from './import-sources';
import { writeTable } from './workspace';

export type { AnswerFile } from './import-sources';

export const IMPORT_SOURCE = 'Загрузка ответов';
export const ANSWERS_IMPORT_JOB_ID = 'answers-import';
/** Rows of «Ответы» written per chunk (one setValues of ≈ 40 000 cells, a few seconds in Apps Script). */
export const ANSWER_ROWS_PER_CHUNK = 5_000;
/** How often the summary may send the job back for answers that arrived meanwhile. */
const MAX_ROUNDS = 3;

/**
 * Each import replaces its own problems: the forms of the register together (they are all read
 * each time), an offline file per template and wave (so importing the exit file keeps the entry
 * file's problems).
 */
export function importSource(files: readonly AnswerFile[], templates: readonly SurveyTemplate[] = []): string {
  // the curator reads this on «Проблемы»: the questionnaire's own title, never its code
  const titleOf = (code: string) => findTemplate(templates, code)?.title ?? code;
  const waves = [...new Set(files.map((file) => `«${titleOf(file.template)}» (${file.wave})`))];
  return waves.length === 0 || waves.length > 2 ? IMPORT_SOURCE : `${IMPORT_SOURCE}: ${waves.join(', ')}`;
}

/** A source whose answers are already stored under another wave (decided once, in prepare). */
interface Refusal {
  key: string;
  sheet: string;
  wave: string;
  storedWave: string;
  matching: number;
  identified: number;
}

interface ImportState {
  phase: 'prepare' | 'answers' | 'summary';
  /** Which sources the saved run is about: another set of forms or files starts afresh. */
  sources: string;
  refused: Refusal[];
  added: number;
  replaced: number;
  unchanged: number;
  superseded: number;
  created: number;
  updated: number;
  /** Responses written to «Ответы» so far, and still to write. */
  done: number;
  remaining: number;
  rounds: number;
}

/** What this execution knows: the sheets read once, and the pending writes of «Ответы». */
interface Execution {
  env: Env;
  files: readonly AnswerFile[];
  rowsPerChunk: number;
  context: ImportSources | null;
  plan: AnswersPlan | null;
  result: Outcome | null;
}

/** The writes that bring «Ответы» up to date: the table without the rows to drop, then slices to append. */
interface AnswersPlan {
  keptPending: boolean;
  kept: Grid;
  slices: Array<{ rows: Grid; responses: number }>;
}

export interface ImportOptions {
  /** Rows of «Ответы» per chunk (default ANSWER_ROWS_PER_CHUNK). */
  rowsPerChunk?: number;
}

export function importAnswers(env: Env, files: readonly AnswerFile[] = [], options: ImportOptions = {}): Outcome {
  const rowsPerChunk = Math.max(1, options.rowsPerChunk ?? ANSWER_ROWS_PER_CHUNK);
  const run: Execution = { env, files, rowsPerChunk, context: null, plan: null, result: null };
  const job: Job<ImportState> = {
    id: ANSWERS_IMPORT_JOB_ID,
    title: env.locale === 'en' ? 'Importing answers' : 'Загрузка ответов',
    start: () => freshState(contextOf(run)),
    step: (_env, saved) => {
      const state = saved.sources === fingerprint(contextOf(run)) ? saved : freshState(contextOf(run));
      if (state.phase === 'prepare') return prepare(run, state);
      if (state.phase === 'answers') return writeAnswers(run, state);
      return summarize(run, state);
    },
    finish: () => run.result ?? outcome('Загрузка ответов', []),
    progress: (state) => ({ done: state.done, total: state.done + state.remaining }),
  };
  return runJob(env, job);
}

function contextOf(run: Execution): ImportSources {
  run.context ??= readImportSources(run.env, run.files);
  return run.context;
}

function freshState(context: ImportSources): ImportState {
  return {
    phase: 'prepare',
    sources: fingerprint(context),
    refused: [],
    added: 0,
    replaced: 0,
    unchanged: 0,
    superseded: 0,
    created: 0,
    updated: 0,
    done: 0,
    remaining: 0,
    rounds: 0,
  };
}

function fingerprint(context: ImportSources): string {
  const keys = context.sources.map((source) => `${source.sourceKey}\u0001${source.sheetName}`).join('\u0002');
  let hash = 5381;
  for (let i = 0; i < keys.length; i++) hash = (hash * 33 + keys.charCodeAt(i)) >>> 0;
  return `${context.sources.length}:${hash.toString(36)}`;
}

function refusedKeys(state: ImportState): Set<string> {
  return new Set(state.refused.map((refusal) => refusal.key));
}

function prepare(run: Execution, state: ImportState) {
  const { env } = run;
  const context = contextOf(run);
  if (context.sources.length === 0) {
    run.result = nothingToImport(run, context);
    return { state, done: true };
  }
  env.progress.report('Разбираю ответы…');
  const first = parseSources(context);
  const stored = storedMoments(context.answersGrid);
  const refused: Refusal[] = [];
  for (const source of context.sources) {
    const conflict = waveConflict(first.bySource.get(source.sourceKey) ?? [], stored);
    if (conflict) refused.push({ key: source.sourceKey, sheet: source.sheetName, wave: source.wave, ...conflict });
  }
  const skip = new Set(refused.map((refusal) => refusal.key));
  const accepted = skip.size > 0 ? parseSources(context, skip) : first;
  const registered = applyRegistrationAnswers(
    env,
    context,
    mergeAnswers(context.answersGrid, accepted.responses).written,
  );
  // the new participants identify their other answers: merge against the bases as written
  const parsed = registered.created + registered.updated > 0 ? parseSources(context, skip) : accepted;
  const merge = mergeAnswers(context.answersGrid, parsed.responses);
  run.plan = planOf(merge, context.answersGrid, run.rowsPerChunk);
  const next: ImportState = {
    ...state,
    phase: 'answers',
    refused,
    added: merge.added,
    replaced: merge.replaced,
    unchanged: merge.unchanged,
    superseded: merge.superseded,
    created: registered.created,
    updated: registered.updated,
    done: 0,
    remaining: merge.written.length,
  };
  return { state: next, done: false };
}

function planOf(merge: AnswersMerge, existing: Grid | null, rowsPerChunk: number): AnswersPlan {
  const fresh = !existing || existing.length === 0;
  const kept = merge.grid.slice(0, merge.grid.length - merge.appended.length);
  const slices: AnswersPlan['slices'] = [];
  let at = 0;
  let current: { rows: Grid; responses: number } | null = null;
  for (const response of merge.written) {
    const rows = merge.appended.slice(at, at + response.answers.length);
    at += rows.length;
    if (!current || (current.rows.length > 0 && current.rows.length + rows.length > rowsPerChunk)) {
      current = { rows: [], responses: 0 };
      slices.push(current);
    }
    current.rows.push(...rows);
    current.responses++;
  }
  return { keptPending: fresh || merge.rewrite, kept, slices };
}

/** One chunk of «Ответы»: the table without the dropped rows, or the next slice of responses. */
function writeAnswers(run: Execution, state: ImportState) {
  const { env } = run;
  const context = contextOf(run);
  // a new execution finds where the answers stand in «Ответы» itself
  run.plan ??= planOf(
    mergeAnswers(context.answersGrid, parseSources(context, refusedKeys(state)).responses),
    context.answersGrid,
    run.rowsPerChunk,
  );
  const plan = run.plan;
  const remaining = () => plan.slices.reduce((sum, slice) => sum + slice.responses, 0);
  if (plan.keptPending) {
    env.progress.report('Записываю «Ответы»…');
    const existing = context.answersGrid;
    const fresh = !existing || existing.length === 0;
    writeTable(env.workbook, ANSWERS_SHEET, plan.kept, existing?.length ?? 0, ANSWER_COLUMNS, 0, fresh, {
      timestamp: 'dd.mm.yyyy hh:mm',
      value: '',
    });
    context.answersGrid = plan.kept.map((row) => [...row]);
    plan.keptPending = false;
    return { state: { ...state, remaining: remaining() }, done: false };
  }
  const slice = plan.slices.shift();
  if (slice) {
    const grid = context.answersGrid ?? [];
    env.workbook.writeBlock(ANSWERS_SHEET, { row: grid.length + 1, col: 1, values: rectangular(slice.rows) });
    context.answersGrid = [...grid, ...slice.rows];
  }
  const written = slice?.responses ?? 0;
  const left = remaining();
  const next: ImportState = {
    ...state,
    phase: left === 0 ? 'summary' : 'answers',
    done: state.done + written,
    remaining: left,
  };
  if (left === 0) run.plan = null;
  return { state: next, done: false };
}

/** The sheets that follow from «Ответы», the problems and the outcome. */
function summarize(run: Execution, state: ImportState) {
  const { env } = run;
  const context = contextOf(run);
  const refused = refusedKeys(state);
  const parsed = parseSources(context, refused);
  const merge = mergeAnswers(context.answersGrid, parsed.responses);
  if ((merge.written.length > 0 || merge.rewrite) && state.rounds < MAX_ROUNDS) {
    // answers that arrived while the job was paused: write them before summing up
    run.plan = planOf(merge, context.answersGrid, run.rowsPerChunk);
    const next: ImportState = {
      ...state,
      phase: 'answers',
      added: state.added + merge.added,
      remaining: merge.written.length,
      rounds: state.rounds + 1,
    };
    return { state: next, done: false };
  }
  const now = env.clock.now();
  const problems = importProblems(context, parsed, state.refused);
  problems.push(...registrationProblems(context, parsed.responses, merge));
  writePreferences(env, context, merge, problems);
  writeRegister(env, context, parsed, refused, now);
  const dynamics = updateDynamics(env, { answers: merge.rows, templates: context.templates, bases: context.bases });
  writeProblems(env.workbook, importSource(run.files, context.templates), problems, now);
  run.result = importOutcome(env, state, parsed, context, dynamics, problems.length);
  return { state, done: true };
}

function importProblems(context: ImportSources, parsed: ParsedSources, refusals: readonly Refusal[]): Problem[] {
  const problems = [...context.problems];
  for (const source of context.sources) {
    const refusal = refusals.find((r) => r.key === source.sourceKey);
    if (refusal) problems.push(refusalProblem(refusal));
    else problems.push(...(parsed.problemsBySource.get(source.sourceKey) ?? []));
  }
  return problems;
}

function refusalProblem(refusal: Refusal): Problem {
  return {
    sheet: refusal.sheet,
    row: null,
    column: null,
    value: refusal.wave,
    message: `Эти ответы уже загружены как волна «${refusal.storedWave}»: ${refusal.matching} из ${refusal.identified} совпадают по участнику и времени отправки. Как «${refusal.wave}» они не загружены — проверьте, та ли это анкета и волна`,
    severity: 'error',
  };
}

function writePreferences(env: Env, context: ImportSources, merge: AnswersMerge, problems: Problem[]): void {
  const preferencesTemplate = findTemplate(context.templates, TEMPLATE_CODES.preferences);
  const hasPreferences = merge.rows.some((row) => row.template === preferencesTemplate?.code);
  const preferencesGrid = env.workbook.readSheet(PREFERENCES_SHEET);
  if (!hasPreferences && !preferencesGrid) return;
  const grid = buildPreferences(preferencesGrid, merge.rows, preferencesTemplate, rosterOf(context), problems);
  writeTable(
    env.workbook,
    PREFERENCES_SHEET,
    grid,
    preferencesGrid?.length ?? 0,
    PREFERENCE_COLUMNS,
    2,
    !preferencesGrid,
  );
}

function writeRegister(
  env: Env,
  context: ImportSources,
  parsed: ParsedSources,
  refused: ReadonlySet<string>,
  now: Date,
): void {
  const updatedForms = context.forms
    .filter((form) => !refused.has(sourceKeyOf(form)))
    .map((form) => ({ ...form, imported: parsed.perSource.get(sourceKeyOf(form)) ?? 0, importedAt: now }));
  writeTable(
    env.workbook,
    FORMS_REGISTER_SHEET,
    upsertForms(context.registerGrid, updatedForms),
    context.registerGrid?.length ?? 0,
    FORMS_REGISTER_COLUMNS,
    1,
    !context.registerGrid,
  );
}

const REGISTRATION_TARGETS: Array<[Role, string, typeof MENTOR_LAYOUT]> = [
  ['mentor', TEMPLATE_CODES.registrationMentor, MENTOR_LAYOUT],
  ['mentee', TEMPLATE_CODES.registrationMentee, MENTEE_LAYOUT],
];

/** Registration answers (new or changed) into the bases: one write per base that changes. */
function applyRegistrationAnswers(
  env: Env,
  context: ImportSources,
  written: readonly ParsedResponse[],
): { created: number; updated: number } {
  let created = 0;
  let updated = 0;
  for (const [role, code, layout] of REGISTRATION_TARGETS) {
    const template = findTemplate(context.templates, code);
    const responses = written.filter((response) => response.template === template?.code);
    if (!template || responses.length === 0) continue;
    const result = applyRegistrations(context.bases[role], layout, role, template, responses);
    if (!result.changed) continue;
    env.workbook.ensureSheet(layout.sheet);
    env.workbook.writeBlock(layout.sheet, { row: 1, col: 1, values: result.grid });
    context.bases[role] = result.grid;
    created += result.created;
    updated += result.updated;
  }
  return { created, updated };
}

/**
 * What the registration answers in «Ответы» say against the bases now (the answers that differ
 * from what the curator typed): found again at the end, so that no chunk has to carry them.
 */
function registrationProblems(
  context: ImportSources,
  responses: readonly ParsedResponse[],
  merge: AnswersMerge,
): Problem[] {
  const current = new Set(merge.rows.map((row) => row.responseId));
  const problems: Problem[] = [];
  for (const [role, code, layout] of REGISTRATION_TARGETS) {
    const template = findTemplate(context.templates, code);
    const answered = responses.filter((r) => r.template === template?.code && current.has(r.responseId));
    if (!template || answered.length === 0) continue;
    problems.push(...applyRegistrations(context.bases[role], layout, role, template, answered).problems);
  }
  return problems;
}

function nothingToImport(run: Execution, context: ImportSources): Outcome {
  writeProblems(run.env.workbook, importSource(run.files, context.templates), context.problems, run.env.clock.now());
  const refusals = context.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);
  return {
    status: 'nothing-to-do',
    title: 'Загрузка ответов',
    lines:
      run.files.length > 0 && refusals.length > 0
        ? ['Ответы не загружены.', ...refusals]
        : [
            'В реестре «Анкеты» нет анкет с ответами. Сначала создайте анкету (меню «Анкеты») или загрузите файл ответов.',
            ...(context.problems.length > 0 ? [`Замечаний: ${context.problems.length} — см. лист «Проблемы».`] : []),
          ],
    figures: { refused: refusals.length },
  };
}

function importOutcome(
  env: Env,
  state: ImportState,
  parsed: ParsedSources,
  context: ImportSources,
  dynamics: number,
  problems: number,
): Outcome {
  const responses = parsed.responses.length;
  // This import's own respondents: the table keeps earlier unidentified answers, but they are not news.
  const unidentified = parsed.responses.filter((response) => response.participant === null).length;
  const read = context.sources.length - state.refused.length;
  const ru = env.locale !== 'en';
  const refusedLines = state.refused.map(
    (refusal) => `Не загружено: «${refusal.sheet}» — ${refusalProblem(refusal).message}.`,
  );
  const registeredAny = state.created + state.updated > 0;
  const lines = ru
    ? [
        ...refusedLines,
        `Анкет прочитано: ${read}, ответов в них: ${responses}.`,
        `Новых ответов: ${state.added}, обновлено (отредактированы): ${state.replaced}, без изменений: ${state.unchanged}, заменено более поздними: ${state.superseded}.`,
        registeredAny ? `Анкеты регистрации: добавлено в базы ${state.created}, обновлено ${state.updated}.` : '',
        unidentified > 0
          ? `Не опознано участников: ${unidentified} — их ответы сохранены, список на листе «Проблемы».`
          : 'Все ответившие опознаны.',
        `«Динамика» пересчитана: строк ${dynamics}.`,
        problems > 0 ? `Замечаний: ${problems} — см. лист «Проблемы».` : '',
      ]
    : [
        ...refusedLines,
        `Questionnaires read: ${read}, responses in them: ${responses}.`,
        `New responses: ${state.added}, updated (edited): ${state.replaced}, unchanged: ${state.unchanged}, replaced by later ones: ${state.superseded}.`,
        registeredAny ? `Registration forms: added to the bases ${state.created}, updated ${state.updated}.` : '',
        unidentified > 0
          ? `Unidentified respondents: ${unidentified} — their answers are kept, see the «Проблемы» sheet.`
          : 'Every respondent was identified.',
        `«Динамика» recomputed: ${dynamics} rows.`,
        problems > 0 ? `Remarks: ${problems} — see the «Проблемы» sheet.` : '',
      ];
  return outcome(
    ru ? 'Ответы загружены' : 'Answers imported',
    lines.filter((line) => line !== ''),
    {
      responses,
      added: state.added,
      replaced: state.replaced,
      unchanged: state.unchanged,
      superseded: state.superseded,
      unidentified,
      refused: state.refused.length,
      problems,
    },
  );
}
