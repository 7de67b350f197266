/** «Динамика»: recomputed after every import, or on its own from «Ответы». */
import { cellText, type Grid } from '../../cell';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import type { Role } from '../../bases/participant';
import { type Outcome, outcome } from '../../outcome';
import { readPairRegister } from '../../pairs/read-register';
import { PAIRS_SHEET } from '../../pairs/register-layout';
import type { Env } from '../../ports';
import { readPopulation } from '../../program/load';
import type { Problem } from '../../problems/problem';
import { mergeOwnedTable, type OwnedTableSpec } from '../../sheet/owned-table';
import { ANSWERS_SHEET } from '../../survey/answers-layout';
import { type AnswerRow, readAnswers } from '../../survey/answers-table';
import { computeDynamics, DYNAMICS_COLUMNS, DYNAMICS_SHEET } from '../../survey/dynamics';
import { readRoster } from '../../survey/roster';
import type { SurveyTemplate } from '../../survey/template';
import { loadTemplates, writeTable } from './workspace';

const spec: OwnedTableSpec = {
  columns: DYNAMICS_COLUMNS.map((c) => ({ key: c.key, header: c.header, editable: c.key === 'comment' })),
  keyOf: (r) => ['level', 'group', 'template', 'item'].map((key) => cellText(r[key])).join('\u0001'),
};

export interface DynamicsData {
  answers: readonly AnswerRow[];
  templates: readonly SurveyTemplate[];
  bases: Record<Role, Grid | null>;
}

/** Writes «Динамика» from data already in memory; returns the number of rows. */
export function updateDynamics(env: Env, data: DynamicsData): number {
  const { workbook } = env;
  // who may be counted, and which pairs count: the programme model's population (one definition)
  const { settings, population } = readPopulation(workbook, env.clock.now(), [], {
    mentors: data.bases.mentor,
    mentees: data.bases.mentee,
  });
  const usable = new Set([...population.mentors, ...population.mentees].map((p) => p.id));
  const countedRows = new Set(population.links.map((link) => link.row));
  const roster = readRoster(data.bases.mentor, data.bases.mentee);
  const rows = computeDynamics({
    // people without consent never enter statistics; anonymous answers stay
    answers: data.answers.filter((a) => a.participantId === '' || usable.has(a.participantId)),
    templates: data.templates,
    people: roster.byId,
    // a pair with an end left out of the statistics is no pair here either (as on «Показатели»)
    pairs: readPairRegister(workbook.readSheet(PAIRS_SHEET)).filter((pair) => countedRows.has(pair.row)),
    minGroupSize: settings.number('surveyMinGroupSize'),
  });
  const existing = workbook.readSheet(DYNAMICS_SHEET);
  const merged = mergeOwnedTable(existing, spec, rows);
  writeTable(workbook, DYNAMICS_SHEET, merged.grid, existing?.length ?? 0, DYNAMICS_COLUMNS, 2, !existing, {
    improved: '0%',
    entryMean: '0.00',
    exitMean: '0.00',
    difference: '+0.00;-0.00;0',
    sd: '0.00',
    effect: '0.00',
  });
  return rows.length;
}

/** «Пересчитать динамику» on its own. */
export function recomputeDynamics(env: Env): Outcome {
  const problems: Problem[] = [];
  const templates = loadTemplates(env.workbook, problems);
  const answers = readAnswers(env.workbook.readSheet(ANSWERS_SHEET));
  if (answers.length === 0)
    return {
      status: 'nothing-to-do',
      title: 'Динамика',
      lines: ['В «Ответах» пока ничего нет: сначала загрузите ответы анкет.'],
    };
  const bases = {
    mentor: env.workbook.readSheet(MENTOR_LAYOUT.sheet),
    mentee: env.workbook.readSheet(MENTEE_LAYOUT.sheet),
  };
  const count = updateDynamics(env, { answers, templates, bases });
  return outcome('Динамика пересчитана', [`Строк на листе «Динамика»: ${count}.`], { rows: count });
}
