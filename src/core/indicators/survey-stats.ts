import type { SurveyItem, SurveyTemplate } from '../survey/template';
import type { AnswerRow } from './program-data';

/** Items of the templates by «template/item» code. */
export type ItemIndex = Map<string, { template: SurveyTemplate; item: SurveyItem }>;

export function indexItems(templates: readonly SurveyTemplate[]): ItemIndex {
  const index: ItemIndex = new Map();
  for (const template of templates)
    for (const item of template.items) index.set(itemKey(template.code, item.code), { template, item });
  return index;
}

export function itemKey(template: string, item: string): string {
  return `${template}/${item}`;
}

export const SCALE_KINDS = new Set(['scale10', 'agree5']);

/** A mean with the answer rows it came from. */
export interface MeanOf {
  mean: number | null;
  count: number;
  rows: number[];
}

export function meanOf(answers: readonly AnswerRow[]): MeanOf {
  const numeric = answers.filter((a) => a.number !== null);
  if (numeric.length === 0) return { mean: null, count: 0, rows: [] };
  const sum = numeric.reduce((total, a) => total + (a.number as number), 0);
  return { mean: sum / numeric.length, count: numeric.length, rows: numeric.map((a) => a.row) };
}

/** A participant-level mean: each respondent's own mean first, then the mean over respondents. */
export interface ParticipantMean {
  mean: number | null;
  respondents: number;
  count: number;
  rows: number[];
}

/**
 * The one definition of a satisfaction figure: every respondent weighs the same, however many
 * items they answered. Anonymous answers (no participant id) count one respondent per answer.
 */
export function participantMean(answers: readonly AnswerRow[]): ParticipantMean {
  const byPerson = new Map<string, number[]>();
  const numeric = answers.filter((a) => a.number !== null);
  numeric.forEach((a, i) => {
    const key = a.participantId || `\u0000${a.responseId || i}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), a.number as number]);
  });
  if (byPerson.size === 0) return { mean: null, respondents: 0, count: 0, rows: [] };
  const personal = [...byPerson.values()].map((v) => v.reduce((s, x) => s + x, 0) / v.length);
  return {
    mean: personal.reduce((s, x) => s + x, 0) / personal.length,
    respondents: personal.length,
    count: numeric.length,
    rows: numeric.map((a) => a.row),
  };
}

/**
 * Answers to items marked «удовлетворённость» (1–10). The entry wave asks for expectations,
 * not satisfaction, so only exit and one-off answers count.
 */
export function satisfactionAnswers(answers: readonly AnswerRow[], items: ItemIndex): AnswerRow[] {
  return answers.filter(
    (a) => a.number !== null && a.wave !== 'вход' && items.get(itemKey(a.template, a.item))?.item.satisfaction === true,
  );
}

/** One participant's entry and exit answer to one scale item (the latest answer of each wave). */
export interface PairedAnswer {
  participantId: string;
  key: string;
  entry: AnswerRow;
  exit: AnswerRow;
}

export function pairedAnswers(answers: readonly AnswerRow[], items: ItemIndex): PairedAnswer[] {
  const entries = new Map<string, AnswerRow>();
  const exits = new Map<string, AnswerRow>();
  for (const answer of answers) {
    if (answer.participantId === '' || answer.number === null) continue;
    const spec = items.get(itemKey(answer.template, answer.item));
    if (!spec || !SCALE_KINDS.has(spec.item.kind)) continue;
    const id = `${answer.participantId}\u0001${itemKey(answer.template, answer.item)}`;
    if (answer.wave === 'вход') entries.set(id, answer);
    else if (answer.wave === 'выход') exits.set(id, answer);
  }
  const paired: PairedAnswer[] = [];
  for (const [id, entry] of entries) {
    const exit = exits.get(id);
    if (exit)
      paired.push({ participantId: entry.participantId, key: itemKey(entry.template, entry.item), entry, exit });
  }
  return paired;
}

/** Entry→exit growth per participant: the mean difference over their paired items. */
export interface Growth {
  meanGrowth: number | null;
  participants: number;
  improved: number;
  rows: number[];
}

export function growthOf(paired: readonly PairedAnswer[]): Growth {
  const byParticipant = new Map<string, number[]>();
  for (const p of paired) {
    const list = byParticipant.get(p.participantId) ?? [];
    list.push((p.exit.number as number) - (p.entry.number as number));
    byParticipant.set(p.participantId, list);
  }
  const personal = [...byParticipant.values()].map((diffs) => diffs.reduce((a, b) => a + b, 0) / diffs.length);
  const rows = paired.flatMap((p) => [p.entry.row, p.exit.row]);
  if (personal.length === 0) return { meanGrowth: null, participants: 0, improved: 0, rows };
  return {
    meanGrowth: personal.reduce((a, b) => a + b, 0) / personal.length,
    participants: personal.length,
    improved: personal.filter((d) => d > 0).length,
    rows,
  };
}

/** Per item: mean at entry and at exit over the participants who answered both. */
export interface ItemDynamics {
  key: string;
  entryMean: number;
  exitMean: number;
  participants: number;
  rows: number[];
}

export function itemDynamics(paired: readonly PairedAnswer[]): ItemDynamics[] {
  const byItem = new Map<string, PairedAnswer[]>();
  for (const p of paired) byItem.set(p.key, [...(byItem.get(p.key) ?? []), p]);
  return [...byItem].map(([key, list]) => ({
    key,
    entryMean: list.reduce((s, p) => s + (p.entry.number as number), 0) / list.length,
    exitMean: list.reduce((s, p) => s + (p.exit.number as number), 0) / list.length,
    participants: list.length,
    rows: list.flatMap((p) => [p.entry.row, p.exit.row]),
  }));
}
