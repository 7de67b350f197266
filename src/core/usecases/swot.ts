import { INDICATORS_SHEET } from '../indicators/indicators-table';
import { indicatorTable } from '../indicators/indicator-table';
import { loadProgramModel } from '../program/load';
import { indicatorMessages } from '../indicators/messages';
import { type Outcome, outcome } from '../outcome';
import type { Env } from '../ports';
import { textKey } from '../text/normalize';
import { GENERATED_MARK, QUADRANTS, QUADRANT_TITLES, type SwotEntry } from '../swot/entry';
import {
  dynamicsEntries,
  indicatorEntries,
  openAnswerEntries,
  satisfactionEntries,
  type SwotThresholds,
  statementEntries,
} from '../swot/generate';
import { buildSwotBlock, entryFingerprint, keptEntries, SWOT_SHEET } from '../swot/swot-sheet';

/** Fingerprints of the entries generated last time (to recognise the curator's edits of them). */
export const SWOT_STORE_KEY = 'nastavnik:swot-generated';
/** Properties hold at most 9 KB per value. */
const STORE_LIMIT = 8000;

/** «SWOT-анализ»: regenerates the 2×2 sheet from answers, dynamics, satisfaction and indicators; keeps the curator's entries. */
export function runSwot(env: Env): Outcome {
  const { workbook } = env;
  // the programme model: its population's answers (consent), its item figures, THE indicator table
  const { model } = loadProgramModel(workbook, env.clock.now());
  const { settings, items, itemStats } = model;
  const answers = model.all.scope.answers;
  const text = indicatorMessages(env.locale);
  env.progress.report(text.progressSwot);
  const thresholds: SwotThresholds = {
    agreeHigh: settings.number('swotAgreeHigh'),
    agreeLow: settings.number('swotAgreeLow'),
    scoreHigh: settings.number('swotScoreHigh'),
    scoreLow: settings.number('swotScoreLow'),
    dynamicsMin: settings.number('swotDynamicsMin'),
  };
  const indicatorsGrid = workbook.readSheet(INDICATORS_SHEET);
  const generated: SwotEntry[] = [
    ...openAnswerEntries(answers, items),
    ...statementEntries(itemStats.statements, items, thresholds),
    ...satisfactionEntries(itemStats.satisfaction, items, thresholds),
    ...dynamicsEntries(itemStats.dynamics, items, thresholds),
    // the curator's plans and own rows from «Показатели», the facts of the model
    ...indicatorEntries(indicatorsGrid ? indicatorTable(model, indicatorsGrid).rows : []),
  ];

  workbook.ensureSheet(SWOT_SHEET);
  const existing = workbook.readSheet(SWOT_SHEET);
  const last = new Set((env.store.get(SWOT_STORE_KEY) ?? '').split(',').filter((s) => s !== ''));
  const kept = keptEntries(existing, last);
  const taken = new Set(kept.map((e) => `${e.quadrant}|${textKey(e.text)}`));
  const fresh = generated.filter((e) => !taken.has(`${e.quadrant}|${textKey(e.text)}`));
  const entries = [...kept, ...fresh];

  const block = buildSwotBlock(entries, env.clock.now());
  workbook.writeBlock(SWOT_SHEET, { row: 1, col: 1, ...block, wrap: true });
  const previous = existing?.length ?? 0;
  if (previous > block.values.length) workbook.clearRows(SWOT_SHEET, block.values.length + 1, previous);
  workbook.formatSheet(SWOT_SHEET, {
    // the title row (programme, «Обновлено …») stays in view and heads every printed page
    frozenRows: 1,
    columns: [300, 240, 60, 90, 24, 300, 240, 60, 90].map((width, i) => ({ col: i + 1, width })),
  });
  env.store.set(
    SWOT_STORE_KEY,
    fresh
      .map((e) => entryFingerprint(e.quadrant, e.text))
      .join(',')
      .slice(0, STORE_LIMIT),
  );

  const count = (q: string) => entries.filter((e) => e.quadrant === q).length;
  const lines = [
    QUADRANTS.map((q) => `${QUADRANT_TITLES[q]}: ${count(q)}`).join('; '),
    text.swotCounts(fresh.length, kept.length),
  ];
  if (!indicatorsGrid)
    lines.push(
      'Лист «Показатели» ещё не рассчитан: выполните «Показатели», чтобы добавить в SWOT достигнутые и недостигнутые показатели.',
    );
  if (answers.length === 0)
    lines.push('В «Ответах» пока нет ответов: загрузите анкеты (SWOT, удовлетворённость, мониторинг).');
  return outcome(text.swotTitle, lines, {
    strengths: count('S'),
    weaknesses: count('W'),
    opportunities: count('O'),
    threats: count('T'),
    generated: fresh.length,
    kept: kept.length,
    generatedMark: GENERATED_MARK,
  });
}
