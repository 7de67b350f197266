import { type Cell, cellText } from '../../cell';
import { type Mentee, neededForms } from '../../bases/participant';
import { loadProgram } from '../../bases/read-bases';
import { countText } from '../../documents/russian';
import { matchingPools } from '../../bases/teams';
import { writeAssignedIds } from '../../bases/write-ids';
import {
  DECISION_ACCEPT,
  DECISION_PIN,
  DECISION_REJECT,
  DECISIONS,
  DRAFT_COLUMNS,
  DRAFT_SHEET,
  DRAFT_SPEC,
  pairKey,
  readDraft,
} from '../../matching/draft-sheet';
import { type MatchingPlan, planPairs, type Proposal } from '../../matching/plan';
import { Preferences } from '../../matching/preferences';
import { readRegister } from '../../matching/register';
import { proposalKind } from '../../matching/kind';
import { chooseRoleModel } from '../../matching/role-model';
import { explainScore } from '../../matching/score';
import { groupSizeProblem, type MatchingMode, MODE_GROUPS, MODE_STABLE, matchingConfig } from '../../matching/settings';
import { textKey } from '../../text/normalize';
import { UNMATCHED_SHEET } from '../../matching/unmatched-sheet';
import { noteKey, type PairingNote, writeWithoutPair } from './without-pair-sheet';
import { type Outcome, outcome } from '../../outcome';
import { pairingDoesNotFit } from './pairing-budget';
import { PAIRS_SHEET } from '../../pairs/register-layout';
import { readPairRegister } from '../../pairs/read-register';
import { buildPopulation } from '../../program/population';
import type { Env, WorkbookPort } from '../../ports';
import type { Problem } from '../../problems/problem';
import { writeProblems } from '../../problems/problems-sheet';
import { mergeOwnedTable, writeGrid } from '../../sheet/owned-table';
import { defaultWidth } from '../../sheet/layout-format';
import { PREFERENCES_SHEET } from '../../survey/preferences-layout';
import type { Catalogues } from '../../catalogues/catalogues';
import { CATALOGUES_SHEET, FORM_ORGANIZATION_RULE_HEADER, ORGANIZATION_RULES } from '../../catalogues/defaults';
import { type Grid, rectangular } from '../../cell';
import { type Job, runJob } from '../../jobs/run-job';
import { FRESH_EXECUTION_MS, isPairingTooLong } from './pairing-budget';

export const FORM_PAIRS_SOURCE = 'Подбор пар';

/**
 * «Сформировать пары»: reads the bases, settings, register, preferences and the current draft
 * once each; keeps pinned and accepted pairs, never proposes rejected ones, matches the rest by
 * the configured mode; writes «Пары (черновик)» and «Без пары» once each.
 */
export interface FormPairsOptions {
  /** Overrides the mode from «Настройки» (CLI `pair --mode`, the demo). */
  mode?: MatchingMode;
  /** Only mentees who want one of these forms take part (the demo's student groups). */
  forms?: string[];
}

export const FORM_PAIRS_JOB_ID = 'form-pairs';

/**
 * Pair formation as a resumable job (runJob). The matching is one computation that cannot stop
 * half-way, so the job is one chunk that either runs it whole or — when pairingDoesNotFit says
 * it would not finish in what is left of this execution, before anything is written — pauses,
 * and the next execution (the progress dialog's call, a whole execution of its own) runs it.
 * Only when even that fresh execution is too short does the job end with the exact message.
 * A kill during the writes leaves the job at the same chunk: the next run matches the same
 * sheets to the same pairs (deterministic) and writes the same rows — the draft in one batch
 * keyed by pair (writeWhole), «Без пары» and «Проблемы» merged by key — nothing lost or repeated.
 */
interface FormPairsState {
  options: FormPairsOptions;
  /** The matching already waited once for a fresh execution. */
  waited: boolean;
}

export function formPairs(env: Env, options: FormPairsOptions = {}): Outcome {
  let result: Outcome | null = null;
  const job: Job<FormPairsState> = {
    id: FORM_PAIRS_JOB_ID,
    title: 'Сформировать пары',
    start: () => ({ options: { ...options }, waited: false }),
    step: (stepEnv, state) => {
      const left = stepEnv.budget.remainingMs();
      const outcome = formPairsNow(stepEnv, state.options);
      // Wait once for a fresh execution — unless this one was (nearly) whole and the matching
      // needs more than it: a fresh one would not fit it either.
      const hopeless = left >= FRESH_EXECUTION_MS && Number(outcome.figures?.estimatedMs) > left;
      if (isPairingTooLong(outcome) && !state.waited && !hopeless)
        return { state: { ...state, waited: true }, done: false, pause: true };
      result = outcome;
      return { state, done: true };
    },
    finish: () => result as Outcome,
  };
  return runJob(env, job);
}

function formPairsNow(env: Env, options: FormPairsOptions): Outcome {
  const { workbook } = env;
  env.progress.report('Читаю базы и настройки…');
  const { settings, catalogues, bases } = loadProgram(workbook, env.clock.now());
  const config = { ...matchingConfig(settings, catalogues), ...(options.mode ? { mode: options.mode } : {}) };
  const groupProblem = config.mode === MODE_GROUPS ? groupSizeProblem(settings) : null;
  if (groupProblem) return { status: 'nothing-to-do', title: 'Пары не сформированы', lines: [groupProblem] };
  // A team stands for its members in its form (bases/teams.ts).
  const pools = matchingPools(bases.mentors, bases.mentees);
  const mentees = options.forms ? onlyForms(pools.mentees, options.forms) : pools.mentees;
  // Before the first write: a computation that cannot finish in this run must not start.
  const tooLong = pairingDoesNotFit(env.budget, bases.mentors.length, mentees.length, config.mode);
  if (tooLong) return tooLong;
  writeAssignedIds(workbook, bases);
  const registerGrid = workbook.readSheet(PAIRS_SHEET);
  const register = readRegister(registerGrid);
  const preferences = Preferences.fromSheet(workbook.readSheet(PREFERENCES_SHEET));
  const draftGrid = workbook.readSheet(DRAFT_SHEET);
  const draft = readDraft(draftGrid);
  const problems: Problem[] = [...settings.problems];
  for (const row of draft.filter((r) => r.unknownDecision !== '')) {
    problems.push({
      sheet: DRAFT_SHEET,
      row: row.row,
      column: 'Решение',
      value: row.unknownDecision,
      message: `Решение не распознано: впишите одно из — ${DECISIONS.join(', ')}. Пара подобрана заново`,
      severity: 'warning',
    });
  }
  for (const unknown of catalogues.unknownOrganizationRules()) {
    problems.push({
      sheet: CATALOGUES_SHEET,
      row: unknown.row,
      column: FORM_ORGANIZATION_RULE_HEADER,
      value: unknown.value,
      message: `Правило организации${unknown.form === '' ? '' : ` для формы «${unknown.form}»`} не распознано: впишите одно из — ${ORGANIZATION_RULES.join(', ')}. Пока действует правило из «Настроек» («Предпочтительная организация наставника»)`,
      severity: 'warning',
    });
  }
  for (const kind of catalogues.kindsAmongForms()) {
    problems.push({
      sheet: CATALOGUES_SHEET,
      row: kind.row,
      column: 'Формы наставничества',
      value: kind.value,
      message: `«${kind.value}» — это вид наставничества, а не форма: уберите его из «Форм наставничества». Вид пары выбирается в столбце «Вид наставничества» листов «${DRAFT_SHEET}» и «${PAIRS_SHEET}» (список — «Виды наставничества»)`,
      severity: 'warning',
    });
  }
  const pinned = draft
    .filter((r) => r.decision === DECISION_PIN || r.decision === DECISION_ACCEPT)
    .map((r) => ({ mentorId: r.mentorId, menteeId: r.menteeId, form: cellText(r.record.form) }));
  const rejected = draft.filter((r) => r.decision === DECISION_REJECT);

  env.progress.report(`Подбираю пары (режим «${config.mode}»)…`);
  const plan = planPairs({
    mentors: pools.mentors,
    mentees,
    config,
    preferences,
    register,
    pins: pinned,
    exclusions: rejected,
  });
  for (const message of plan.pinProblems) {
    problems.push({ sheet: DRAFT_SHEET, row: null, column: 'Решение', value: '', message, severity: 'warning' });
  }
  if (config.mode === MODE_STABLE && preferences.isEmpty()) {
    problems.push({
      sheet: PREFERENCES_SHEET,
      row: null,
      column: null,
      value: '',
      message:
        'Режим «по взаимному выбору», но лист «Предпочтения» пуст: все пары подобраны в оптимальном режиме. Загрузите ответы анкеты предпочтений',
      severity: 'warning',
    });
  }

  const formKinds = catalogues.formKinds();
  const kindOf = (p: Proposal) =>
    proposalKind({ mentor: p.mentor, mentee: p.mentee, group: p.group, config, preferences, catalogues, formKinds });
  writeDraft(workbook, draftGrid, plan, catalogues, kindOf);
  // the population of the bases read above (ids assigned in memory too): not read and parsed again
  const population = buildPopulation({
    mentors: bases.mentors,
    mentees: bases.mentees,
    pairs: readPairRegister(registerGrid),
    answers: [],
  });
  const withoutPair = writeWithoutPair(workbook, env.clock.now(), pairingNotes(plan), population);
  writeProblems(workbook, FORM_PAIRS_SOURCE, problems, env.clock.now());
  return summary(plan, config.mode, problems.length, withoutPair);
}

function draftRecord(proposal: Proposal, catalogues: Catalogues, kind: string): Record<string, Cell> {
  const { mentor, mentee, score } = proposal;
  const roleModel = chooseRoleModel(catalogues, mentee.wantedForm, mentee, mentor);
  return {
    mentorId: mentor.id,
    mentorName: mentor.fio,
    menteeId: mentee.id,
    menteeName: mentee.fio,
    form: mentee.wantedForm,
    roleModel: roleModel.model,
    roleModelReason: roleModel.reason,
    kind,
    group: proposal.group,
    score: score.total,
    explanation: explainScore(score),
    decision: null,
    comment: null,
  };
}

/** Colours of the draft's decisions: accepted green, rejected red, pinned blue (as «Пары» statuses). */
export const DECISION_COLOURS = [
  { value: DECISION_ACCEPT, background: '#d9ead3' },
  { value: DECISION_REJECT, background: '#f4cccc' },
  { value: DECISION_PIN, background: '#cfe2f3' },
];

function writeDraft(
  workbook: WorkbookPort,
  existing: ReturnType<WorkbookPort['readSheet']>,
  plan: MatchingPlan,
  catalogues: Catalogues,
  kindOf: (proposal: Proposal) => string,
): void {
  const ordered = [...plan.proposals].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      compare(a.group, b.group) ||
      compare(a.mentor.id, b.mentor.id) ||
      compare(a.mentee.id, b.mentee.id),
  );
  const records = ordered.map((p) => draftRecord(p, catalogues, kindOf(p)));
  const merged = mergeOwnedTable(existing, DRAFT_SPEC, records, {
    // Rejected pairs stay as the curator's memory; so do hand-typed rows with a decision.
    keepRow: (record) => cellText(record.decision) !== '',
  });
  explainCuratorsModels(merged, records);
  writeWhole(workbook, DRAFT_SHEET, merged.grid, existing?.length ?? 0);
  workbook.formatSheet(DRAFT_SHEET, {
    frozenRows: 1,
    headerBold: true,
    headerWrap: true,
    headerBackground: '#e8f0fe',
    columns: DRAFT_COLUMNS.map((column) => ({
      col: (merged.index.get(column.key) as number) + 1,
      width: column.width ?? defaultWidth(column),
      note: column.note,
      validation:
        column.key === 'decision'
          ? { kind: 'list' as const, values: [...DECISIONS], strict: false }
          : column.key === 'kind' && catalogues.values('kinds').length > 0
            ? { kind: 'list' as const, values: catalogues.values('kinds'), strict: false }
            : undefined,
      // a decision recolours the moment it is chosen (conditional rules, Google and offline)
      ...(column.key === 'decision' ? { valueColours: DECISION_COLOURS } : {}),
      ...(column.key === 'explanation' || column.key === 'roleModelReason' ? { wrap: true } : {}),
    })),
  });
}

/** A role model the curator typed over the engine's stays; its reason says so. */
function explainCuratorsModels(merged: ReturnType<typeof mergeOwnedTable>, records: Record<string, Cell>[]): void {
  const proposed = new Map(records.map((record) => [DRAFT_SPEC.keyOf(record), record]));
  const col = (key: string) => merged.index.get(key) as number;
  for (const row of merged.grid.slice(1)) {
    const key = pairKey(cellText(row[col('mentorId')]), cellText(row[col('menteeId')]));
    const engine = proposed.get(key);
    const kept = cellText(row[col('roleModel')]);
    if (!engine || kept === '' || textKey(kept) === textKey(cellText(engine.roleModel))) continue;
    row[col('roleModelReason')] =
      `выбрано куратором; подбор предлагал «${cellText(engine.roleModel)}» (${cellText(engine.roleModelReason)})`;
  }
}

/** Why each mentee of this run has no pair yet: the engine's reason, or the pair it proposed. */
function pairingNotes(plan: MatchingPlan): Map<string, PairingNote> {
  const notes = new Map<string, PairingNote>();
  for (const { mentee, reason, nearMiss } of plan.unmatched)
    notes.set(noteKey(mentee.id, mentee.wantedForm), { reason, nearMiss });
  for (const proposal of plan.proposals) {
    const partner = proposal.mentor.team
      ? `с командой наставников «${proposal.mentor.fio}»`
      : `с наставником ${proposal.mentor.fio}`;
    const what = proposal.group ? `предложена ${proposal.group}` : `предложена пара ${partner}`;
    const after = `на листе «${DRAFT_SHEET}»: после «Утвердить пары» строка уйдёт отсюда`;
    notes.set(noteKey(proposal.mentee.id, proposal.mentee.wantedForm), { reason: `${what} ${after}`, nearMiss: '' });
    // a team's members are on «Без пары» by themselves until the team's pair is approved
    for (const member of proposal.mentee.team?.members ?? [])
      notes.set(noteKey(member.id, proposal.mentee.wantedForm), {
        reason: `предложена пара команды «${proposal.mentee.fio}» ${partner} ${after}`,
        nearMiss: '',
      });
  }
  return notes;
}

function summary(plan: MatchingPlan, mode: string, problemCount: number, withoutPair: number): Outcome {
  const pinned = plan.proposals.filter((p) => p.pinned).length;
  const proposed = plan.proposals.length - pinned;
  const lines = [
    `Режим: ${mode}. ${mode === MODE_GROUPS ? 'Участников в группах' : 'Предложено пар'}: ${proposed}${pinned > 0 ? `, закреплено и принято ранее: ${pinned}` : ''}.`,
    ...plan.notes,
    plan.unmatched.length === 0
      ? 'Все готовые к подбору наставляемые получили пару.'
      : `Не подобрано: ${unmatchedCount(plan)} — причины и ближайшие кандидаты на листе «${UNMATCHED_SHEET}».`,
    `На листе «${UNMATCHED_SHEET}» — все наставляемые без утверждённой пары (как в показателе П-05): ${withoutPair}.`,
    `Проверьте лист «${DRAFT_SHEET}»: в столбце «Решение» отметьте принять / отклонить / закрепить, затем «Утвердить пары».`,
  ];
  if (problemCount > 0) lines.push(`Замечаний: ${problemCount} — см. лист «Проблемы».`);
  const total = plan.proposals.reduce((sum, p) => sum + p.score.total, 0);
  return outcome('Пары сформированы', lines, {
    proposed,
    pinned,
    unmatched: plan.unmatched.length,
    totalScore: total,
  });
}

/** «2», or «3 формы у 2 наставляемых» when someone who needs several forms misses more than one. */
function unmatchedCount(plan: MatchingPlan): string {
  const people = new Set(plan.unmatched.map((u) => u.mentee.id)).size;
  const forms = plan.unmatched.length;
  if (people === forms) return String(forms);
  return `${countText(forms, 'форма', 'формы', 'форм')} у ${countText(people, 'наставляемого', 'наставляемых', 'наставляемых')}`;
}

/** The mentees who need one of `forms`, each keeping only those of its forms (the demo's student groups). */
function onlyForms(mentees: readonly Mentee[], forms: readonly string[]): Mentee[] {
  const wanted = new Set(forms.map(textKey));
  return mentees.flatMap((mentee) => {
    const kept = neededForms(mentee).filter((form) => wanted.has(textKey(form)));
    return kept.length === 0 ? [] : [{ ...mentee, wantedForm: kept[0], wantedForms: kept }];
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The merged draft in ONE write that also blanks the old table's rows below it (writeGrid clears
 * them in a second call): a run killed between the two would leave old rows under the new ones,
 * and the next run would keep those that carry a decision — a pair twice.
 */
function writeWhole(workbook: WorkbookPort, sheet: string, grid: Grid, previousHeight: number): void {
  const rows = rectangular(grid);
  const width = rows[0]?.length ?? 0;
  while (rows.length < previousHeight) rows.push(new Array<Cell>(width).fill(null));
  writeGrid(workbook, sheet, rows, rows.length);
}
