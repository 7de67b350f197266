import { FORM_STUDENT_STUDENT } from '../../core/catalogues/defaults';
import { MODE_GROUPS, MODE_OPTIMAL } from '../../core/matching/settings';
import { type Outcome, outcome } from '../../core/outcome';
import { approvePairs } from '../../core/usecases/pairs/approve-pairs';
import { formPairs } from '../../core/usecases/pairs/form-pairs';
import type { DemoContext } from './steps';

/**
 * The demo's matching: students who want «ученик – ученик» are put in groups first, then
 * everybody else is matched in the optimal mode. The groups are approved whole; of the pairs,
 * those scoring at least DEMO_MIN_SCORE — the rest stay in «Пары (черновик)» for review, so
 * the register «Пары» and the draft both end up filled.
 */
/** The demo curator approves pairs with at least this score; the rest stay in the draft for review. */
const DEMO_MIN_SCORE = 40;

export function demoPairs(ctx: DemoContext): Outcome {
  const groups = formPairs(ctx.env, { mode: MODE_GROUPS, forms: [FORM_STUDENT_STUDENT] });
  const groupsApproved = approvePairs(ctx.env, { acceptUndecided: true });
  const pairs = formPairs(ctx.env, { mode: MODE_OPTIMAL });
  const pairsApproved = approvePairs(ctx.env, { acceptUndecided: true, minScore: DEMO_MIN_SCORE });
  const runLines = (result: Outcome) => result.lines.slice(1, -1).filter((line) => !line.startsWith('На листе «'));
  return outcome('Пары и группы сформированы и утверждены', [
    `Группы («${FORM_STUDENT_STUDENT}»): ${groups.lines[0]}`,
    ...runLines(groups),
    `Оптимальный режим: ${pairs.lines[0]}`,
    ...runLines(pairs),
    `Утверждено: групп-участников ${groupsApproved.figures?.approved ?? 0}, пар ${pairsApproved.figures?.approved ?? 0}.`,
    `Наставляемых без пары (лист «Без пары», показатель П-05): ${pairsApproved.figures?.withoutPair ?? 0}.`,
  ]);
}
