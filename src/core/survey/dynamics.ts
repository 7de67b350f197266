/**
 * «Динамика»: entry → exit comparison of questionnaires that have both waves. Per participant,
 * pair, form, organization and the whole program: entry mean, exit mean, paired difference,
 * share improved, effect size; per item the expectation–result gap. Groups smaller than the
 * setting show counts only, so that nobody's answers can be singled out.
 */
import type { Cell } from '../cell';
import type { PairRecord } from '../pairs/register-layout';
import type { ColumnSpec } from '../sheet/layout';
import type { AnswerRow } from './answers-table';
import { type PairedSummary, pairedSummary, round } from './statistics';
import type { RosterPerson } from './roster';
import type { SurveyTemplate } from './template';

export const DYNAMICS_SHEET = 'Динамика';

export const DYNAMICS_COLUMNS: ColumnSpec[] = [
  { key: 'level', header: 'Уровень', type: 'text', note: 'программа / организация / форма / пара / участник / вопрос' },
  { key: 'group', header: 'Группа', type: 'text', width: 260, note: 'Кто входит в строку' },
  {
    key: 'template',
    header: 'Анкета',
    type: 'text',
    width: 160,
    note: 'Анкета (название шаблона с листа «Шаблоны анкет»)',
  },
  { key: 'item', header: 'Вопрос', type: 'text', width: 300, note: 'Для уровня «вопрос»: формулировка' },
  {
    key: 'n',
    header: 'Участников с обеими волнами',
    type: 'int',
    note: 'Сколько участников ответили и на входе, и на выходе (по ним считаются разности)',
  },
  { key: 'entryCount', header: 'Ответов на входе', type: 'int', note: 'Все ответы входной волны в группе' },
  { key: 'exitCount', header: 'Ответов на выходе', type: 'int', note: 'Все ответы итоговой волны в группе' },
  { key: 'entryMean', header: 'Среднее на входе', type: 'number', note: 'Средний балл ожиданий (вход)' },
  { key: 'exitMean', header: 'Среднее на выходе', type: 'number', note: 'Средний балл итогов (выход)' },
  {
    key: 'difference',
    header: 'Разность (выход − вход)',
    type: 'number',
    note: 'Средняя парная разность: положительная — рост; для вопроса — разрыв между ожиданием и результатом',
  },
  { key: 'sd', header: 'Ст. отклонение разностей', type: 'number', note: 'Стандартное отклонение парных разностей' },
  {
    key: 'improved',
    header: 'Доля улучшивших',
    type: 'number',
    note: 'Доля участников, чей балл на выходе выше, чем на входе',
  },
  { key: 'effect', header: 'Размер эффекта', type: 'number', note: 'Средняя разность / ст. отклонение разностей' },
  { key: 'effectLabel', header: 'Оценка эффекта', type: 'text', note: 'малый ≥ 0,2; средний ≥ 0,5; большой ≥ 0,8' },
  { key: 'remark', header: 'Примечание', type: 'text', width: 260, note: 'Почему статистика не показана' },
  { key: 'comment', header: 'Комментарий', type: 'text', width: 220, note: 'Ваши выводы: сохраняются при пересчёте' },
];

export interface DynamicsInput {
  answers: readonly AnswerRow[];
  templates: readonly SurveyTemplate[];
  people: ReadonlyMap<string, RosterPerson>;
  pairs: readonly PairRecord[];
  minGroupSize: number;
}

/** One participant's mean on the items answered in both waves. */
interface ParticipantScore {
  participantId: string;
  template: string;
  entry: number;
  exit: number;
}

const NUMERIC_KINDS = new Set(['scale10', 'agree5']);

export function computeDynamics(input: DynamicsInput): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = [];
  for (const template of input.templates) {
    if (!template.waves.includes('вход') || !template.waves.includes('выход')) continue;
    const numeric = new Set(template.items.filter((item) => NUMERIC_KINDS.has(item.kind)).map((item) => item.code));
    if (numeric.size === 0) continue;
    const values = collect(input.answers, template.code, numeric);
    const scores = participantScores(values, template.code);
    const counts = waveCounts(input.answers, template.code);
    const groupRow = (
      level: string,
      group: string,
      ids: readonly string[] | null,
      minimum: number,
    ): Record<string, Cell> => {
      const members = ids === null ? scores : scores.filter((s) => ids.includes(s.participantId));
      const summary = pairedSummary(members.map((s) => [s.entry, s.exit] as const));
      const entryCount = ids === null ? counts.entry.size : ids.filter((id) => counts.entry.has(id)).length;
      const exitCount = ids === null ? counts.exit.size : ids.filter((id) => counts.exit.has(id)).length;
      return statRow(
        level,
        group,
        template.title,
        '',
        summary,
        entryCount + (ids === null ? counts.anonymousEntry : 0),
        exitCount + (ids === null ? counts.anonymousExit : 0),
        minimum,
      );
    };
    rows.push(groupRow('программа', 'Вся программа', null, input.minGroupSize));
    for (const [organization, ids] of groupBy(
      scoresIds(counts),
      (id) => input.people.get(id)?.organization || 'организация не указана',
    )) {
      rows.push(groupRow('организация', organization, ids, input.minGroupSize));
    }
    const formsOf = participantForms(input.pairs);
    // a person without a pair belongs to no form («без пары» is not a form of mentoring)
    for (const [form, ids] of groupBy(scoresIds(counts), (id) => formsOf.get(id) ?? [])) {
      rows.push(groupRow('форма', form, ids, input.minGroupSize));
    }
    for (const pair of input.pairs) {
      const ids = [pair.mentorId, pair.menteeId].filter(
        (id) => id !== '' && (counts.entry.has(id) || counts.exit.has(id)),
      );
      if (ids.length === 0) continue;
      rows.push(
        groupRow('пара', `${pair.mentorName} — ${pair.menteeName}${pair.pairId ? ` (${pair.pairId})` : ''}`, ids, 1),
      );
    }
    for (const id of [...scoresIds(counts)].sort()) {
      const person = input.people.get(id);
      rows.push(groupRow('участник', person ? `${person.fio} (${id})` : id, [id], 1));
    }
    for (const item of template.items.filter((i) => numeric.has(i.code) && !i.disabled)) {
      const pairs = itemPairs(values, item.code);
      const summary = pairedSummary(pairs);
      const entryCount = countAnswers(input.answers, template.code, item.code, 'вход');
      const exitCount = countAnswers(input.answers, template.code, item.code, 'выход');
      rows.push(
        statRow(
          'вопрос',
          'Вся программа',
          template.title,
          item.title,
          summary,
          entryCount,
          exitCount,
          input.minGroupSize,
        ),
      );
    }
  }
  return rows;
}

type Values = Map<string, Map<string, { entry?: number; exit?: number }>>;

/** participantId → item → entry/exit values (identified participants, numeric items). */
function collect(answers: readonly AnswerRow[], template: string, numeric: Set<string>): Values {
  const values: Values = new Map();
  for (const row of answers) {
    if (
      row.template !== template ||
      row.participantId === '' ||
      !numeric.has(row.item) ||
      typeof row.value !== 'number'
    )
      continue;
    if (row.wave !== 'вход' && row.wave !== 'выход') continue;
    const items = values.get(row.participantId) ?? new Map<string, { entry?: number; exit?: number }>();
    values.set(row.participantId, items);
    const pair = items.get(row.item) ?? {};
    if (row.wave === 'вход') pair.entry = row.value;
    else pair.exit = row.value;
    items.set(row.item, pair);
  }
  return values;
}

function participantScores(values: Values, template: string): ParticipantScore[] {
  const scores: ParticipantScore[] = [];
  for (const [participantId, items] of values) {
    const both = [...items.values()].filter((v) => v.entry !== undefined && v.exit !== undefined);
    if (both.length === 0) continue;
    const entry = both.reduce((sum, v) => sum + (v.entry as number), 0) / both.length;
    const exit = both.reduce((sum, v) => sum + (v.exit as number), 0) / both.length;
    scores.push({ participantId, template, entry, exit });
  }
  return scores;
}

function itemPairs(values: Values, item: string): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  for (const items of values.values()) {
    const v = items.get(item);
    if (v?.entry !== undefined && v.exit !== undefined) pairs.push([v.entry, v.exit]);
  }
  return pairs;
}

interface WaveCounts {
  entry: Set<string>;
  exit: Set<string>;
  anonymousEntry: number;
  anonymousExit: number;
}

function waveCounts(answers: readonly AnswerRow[], template: string): WaveCounts {
  const counts: WaveCounts = { entry: new Set(), exit: new Set(), anonymousEntry: 0, anonymousExit: 0 };
  const anonymous = { entry: new Set<string>(), exit: new Set<string>() };
  for (const row of answers) {
    if (row.template !== template) continue;
    const wave = row.wave === 'вход' ? 'entry' : row.wave === 'выход' ? 'exit' : null;
    if (!wave) continue;
    if (row.participantId) counts[wave].add(row.participantId);
    else anonymous[wave].add(row.responseId);
  }
  counts.anonymousEntry = anonymous.entry.size;
  counts.anonymousExit = anonymous.exit.size;
  return counts;
}

function scoresIds(counts: WaveCounts): Set<string> {
  return new Set([...counts.entry, ...counts.exit]);
}

function countAnswers(answers: readonly AnswerRow[], template: string, item: string, wave: string): number {
  return answers.filter(
    (row) => row.template === template && row.item === item && row.wave === wave && typeof row.value === 'number',
  ).length;
}

function participantForms(pairs: readonly PairRecord[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const pair of pairs) {
    if (!pair.form) continue;
    for (const id of [pair.mentorId, pair.menteeId]) {
      if (!id) continue;
      const list = forms.get(id) ?? [];
      if (!list.includes(pair.form)) list.push(pair.form);
      forms.set(id, list);
    }
  }
  return forms;
}

function groupBy(ids: Iterable<string>, keysOf: (id: string) => string | string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const keys = keysOf(id);
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const list = groups.get(key) ?? [];
      list.push(id);
      groups.set(key, list);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'ru')));
}

function statRow(
  level: string,
  group: string,
  template: string,
  item: string,
  summary: PairedSummary,
  entryCount: number,
  exitCount: number,
  minimum: number,
): Record<string, Cell> {
  const row: Record<string, Cell> = { level, group, template, item, n: summary.n, entryCount, exitCount };
  if (summary.n === 0) return { ...row, remark: 'Нет участников, ответивших в обеих волнах' };
  if (summary.n < minimum)
    return { ...row, remark: `Меньше ${minimum} участников с обеими волнами: показано только количество` };
  return {
    ...row,
    entryMean: round(summary.entryMean),
    exitMean: round(summary.exitMean),
    difference: round(summary.meanDifference),
    sd: round(summary.sdDifference),
    improved: round(summary.shareImproved, 3),
    effect: round(summary.effectSize),
    effectLabel: summary.effectLabel,
    remark:
      summary.n < 2 ? null : summary.effectSize === null ? 'Все разности одинаковы: размер эффекта не определён' : null,
  };
}
