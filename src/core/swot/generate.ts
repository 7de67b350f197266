import { ANSWERS_SHEET } from '../survey/answers-layout';
import type { SwotQuadrant } from '../survey/template';
import { textKey } from '../text/normalize';
import { cleanText } from '../text/normalize';
import type { AnswerRow } from '../indicators/program-data';
import { formatNumber, plural, sheetRows } from '../indicators/source-text';
import { type ItemDynamics, type ItemIndex, itemKey } from '../indicators/survey-stats';
import type { ItemMean } from '../program/item-stats';
import { GENERATED_MARK, type SwotEntry } from './entry';

export interface SwotThresholds {
  agreeHigh: number;
  agreeLow: number;
  scoreHigh: number;
  scoreLow: number;
  dynamicsMin: number;
}

/** An indicator row as the «Показатели» sheet shows it. */
export interface IndicatorLine {
  code: string;
  name: string;
  unit: string;
  fact: number | null;
  plan: number | null;
  status: string;
}

/** Answers that say nothing («нет», «-», «затрудняюсь ответить») are not entries. */
const EMPTY_ANSWERS = new Set([
  'нет',
  'не знаю',
  'затрудняюсь ответить',
  'затрудняюсь',
  'все хорошо',
  'ничего',
  'нет ответа',
  'не могу сказать',
]);

/** Key that groups open answers written differently: case, ё/е, punctuation and quotes ignored. */
export function answerKey(text: string): string {
  return textKey(text)
    .replace(/[«»"'“”„.,!?;:()[\]\-–—…]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const entry = (quadrant: SwotQuadrant, text: string, source: string, weight: number | null): SwotEntry => ({
  quadrant,
  text,
  source,
  weight,
  mark: GENERATED_MARK,
});

/** Open SWOT answers grouped by normalized text, counted; the most frequent spelling is shown. */
export function openAnswerEntries(answers: readonly AnswerRow[], items: ItemIndex): SwotEntry[] {
  const groups = new Map<
    string,
    { quadrant: SwotQuadrant; title: string; spellings: Map<string, number>; rows: number[] }
  >();
  for (const answer of answers) {
    const spec = items.get(itemKey(answer.template, answer.item));
    if (!spec?.item.swot || spec.item.kind !== 'open') continue;
    const key = answerKey(answer.text);
    if (key === '' || EMPTY_ANSWERS.has(key)) continue;
    const id = `${spec.item.swot}\u0001${key}`;
    const group = groups.get(id) ?? {
      quadrant: spec.item.swot,
      title: spec.item.title,
      spellings: new Map<string, number>(),
      rows: [] as number[],
    };
    const spelling = cleanText(answer.text);
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    group.rows.push(answer.row);
    groups.set(id, group);
  }
  return [...groups.values()].map((g) => {
    const text = [...g.spellings].sort((a, b) => b[1] - a[1])[0][0];
    return entry(
      g.quadrant,
      text,
      `Анкета SWOT, «${g.title}»: ${plural(g.rows.length, 'ответ', 'ответа', 'ответов')} (${sheetRows(ANSWERS_SHEET, g.rows)})`,
      g.rows.length,
    );
  });
}

const FLIP: Partial<Record<SwotQuadrant, SwotQuadrant>> = { S: 'W', O: 'T' };

/**
 * Agreement statements tagged with a quadrant: agreed (mean ≥ high) → their quadrant; rejected
 * (mean ≤ low) → a strength that is not there is a weakness, an opportunity not there is a threat.
 * The means are the programme model's (`ItemStats.statements`).
 */
export function statementEntries(means: readonly ItemMean[], items: ItemIndex, t: SwotThresholds): SwotEntry[] {
  const entries: SwotEntry[] = [];
  for (const mean of means) {
    const spec = items.get(mean.key);
    if (!spec?.item.swot || mean.mean === null) continue;
    const source = `Анкета SWOT, утверждение: ${plural(mean.count, 'ответ', 'ответа', 'ответов')} (${sheetRows(ANSWERS_SHEET, mean.rows)})`;
    if (mean.mean >= t.agreeHigh)
      entries.push(
        entry(spec.item.swot, `${spec.item.title} (согласие ${formatNumber(mean.mean)} из 5)`, source, mean.count),
      );
    else if (mean.mean <= t.agreeLow && FLIP[spec.item.swot]) {
      entries.push(
        entry(
          FLIP[spec.item.swot] as SwotQuadrant,
          `Не подтверждается: ${lowerFirst(spec.item.title)} (согласие ${formatNumber(mean.mean)} из 5)`,
          source,
          mean.count,
        ),
      );
    }
  }
  return entries;
}

/** Satisfaction items with a high or a low mean (the model's `ItemStats.satisfaction`). */
export function satisfactionEntries(means: readonly ItemMean[], items: ItemIndex, t: SwotThresholds): SwotEntry[] {
  const entries: SwotEntry[] = [];
  for (const mean of means) {
    const spec = items.get(mean.key);
    if (!spec || mean.mean === null) continue;
    const title = spec.item.exitTitle ?? spec.item.title;
    const source = `Анкета «${spec.template.title}»: ${plural(mean.count, 'ответ', 'ответа', 'ответов')} (${sheetRows(ANSWERS_SHEET, mean.rows)})`;
    if (mean.mean >= t.scoreHigh)
      entries.push(
        entry('S', `Высокая оценка: ${lowerFirst(title)} — ${formatNumber(mean.mean)} из 10`, source, mean.count),
      );
    else if (mean.mean <= t.scoreLow)
      entries.push(
        entry('W', `Низкая оценка: ${lowerFirst(title)} — ${formatNumber(mean.mean)} из 10`, source, mean.count),
      );
  }
  return entries;
}

/** Items whose mean grew (fell) from entry to exit by at least the setting (the model's `ItemStats.dynamics`). */
export function dynamicsEntries(dynamics: readonly ItemDynamics[], items: ItemIndex, t: SwotThresholds): SwotEntry[] {
  const entries: SwotEntry[] = [];
  for (const d of dynamics) {
    const spec = items.get(d.key);
    if (!spec) continue;
    const delta = d.exitMean - d.entryMean;
    const title = spec.item.exitTitle ?? spec.item.title;
    const change = `${formatNumber(d.entryMean)} → ${formatNumber(d.exitMean)} (${delta > 0 ? '+' : ''}${formatNumber(delta)})`;
    const source = `Вход и выход, ${plural(d.participants, 'участник', 'участника', 'участников')} (${sheetRows(ANSWERS_SHEET, d.rows)})`;
    if (delta >= t.dynamicsMin)
      entries.push(entry('S', `Рост от входа к выходу: ${lowerFirst(title)} ${change}`, source, d.participants));
    else if (delta <= -t.dynamicsMin)
      entries.push(entry('W', `Снижение от входа к выходу: ${lowerFirst(title)} ${change}`, source, d.participants));
  }
  return entries;
}

/** Achieved indicators are strengths, missed ones weaknesses. */
export function indicatorEntries(lines: readonly IndicatorLine[]): SwotEntry[] {
  const entries: SwotEntry[] = [];
  for (const line of lines) {
    if (line.fact === null || line.plan === null) continue;
    const unit = line.unit === '%' ? ' %' : line.unit && line.unit !== 'балл' ? ` ${line.unit}` : '';
    const figures = `факт ${formatNumber(line.fact)}${unit} при плане ${formatNumber(line.plan)}${unit}`;
    const source = `Лист «Показатели», ${line.code}`;
    if (line.status === 'достигнут')
      entries.push(entry('S', `Показатель достигнут: ${line.name} — ${figures}`, source, 1));
    else if (line.status === 'не достигнут')
      entries.push(entry('W', `Показатель не достигнут: ${line.name} — ${figures}`, source, 1));
  }
  return entries;
}

function lowerFirst(text: string): string {
  return text.length > 1 && text[1] === text[1].toLowerCase() ? text[0].toLowerCase() + text.slice(1) : text;
}
