import type { AnswerRow } from '../indicators/program-data';
import {
  type ItemDynamics,
  type ItemIndex,
  itemDynamics,
  itemKey,
  type MeanOf,
  meanOf,
  pairedAnswers,
  satisfactionAnswers,
} from '../indicators/survey-stats';

/** One questionnaire item's mean over the answers of the programme's population. */
export interface ItemMean extends MeanOf {
  /** «template/item» (see `itemKey`). */
  key: string;
}

/**
 * Item-level figures of the programme, computed once with the model from its population's
 * answers (people without consent never enter them): SWOT prints these, never recomputes them.
 */
export interface ItemStats {
  /** Agreement statements tagged with a SWOT quadrant (1–5). */
  statements: ItemMean[];
  /** Satisfaction items (exit and one-off answers, 1–10). */
  satisfaction: ItemMean[];
  /** Entry → exit of each item answered by the same people in both waves. */
  dynamics: ItemDynamics[];
}

export function itemStats(answers: readonly AnswerRow[], items: ItemIndex): ItemStats {
  const means = (list: readonly AnswerRow[], accept: (key: string) => boolean): ItemMean[] =>
    [...groupByItem(list, accept)].map(([key, rows]) => ({ key, ...meanOf(rows) }));
  return {
    statements: means(answers, (key) => {
      const item = items.get(key)?.item;
      return item?.kind === 'agree5' && item.swot !== undefined;
    }),
    satisfaction: means(satisfactionAnswers(answers, items), (key) => items.has(key)),
    dynamics: itemDynamics(pairedAnswers(answers, items)),
  };
}

function groupByItem(answers: readonly AnswerRow[], accept: (key: string) => boolean): Map<string, AnswerRow[]> {
  const groups = new Map<string, AnswerRow[]>();
  for (const answer of answers) {
    if (answer.number === null) continue;
    const key = itemKey(answer.template, answer.item);
    if (!accept(key)) continue;
    const list = groups.get(key);
    if (list) list.push(answer);
    else groups.set(key, [answer]);
  }
  return groups;
}
