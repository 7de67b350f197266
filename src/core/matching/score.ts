import { CRITERIA } from './criteria';
import type { Criterion, PairContext } from './criteria/criterion';

export interface ScorePart {
  weightKey: string;
  points: number;
  text: string;
}

export interface PairScore {
  /** 0..100: the sum of the parts' points. */
  total: number;
  parts: ScorePart[];
}

/**
 * Each criterion earns ⌊100 · weight · fit / Σ weights⌋ points, so the parts are whole numbers,
 * never exceed 100 together, and add up exactly to the score the engine optimises.
 */
export function scorePair(context: PairContext, criteria: readonly Criterion[] = CRITERIA): PairScore {
  const parts: ScorePart[] = [];
  forEachPart(context, criteria, (criterion, points) =>
    parts.push({ weightKey: criterion.weightKey, points, text: criterion.describe(context) }),
  );
  return { total: parts.reduce((sum, part) => sum + part.points, 0), parts };
}

/** The same total as `scorePair`, without the words (for scoring every mentor against every mentee). */
export function scoreTotal(context: PairContext, criteria: readonly Criterion[] = CRITERIA): number {
  let total = 0;
  forEachPart(context, criteria, (_, points) => {
    total += points;
  });
  return total;
}

/** The points one criterion earns at this fit: ⌊100 · weight · fit / Σ weights⌋ (0 when off). */
export function criterionPoints(
  weights: Record<string, number>,
  criteria: readonly Criterion[],
  weightKey: string,
  fit: number,
): number {
  const weight = Math.max(0, weights[weightKey] ?? 0);
  if (weight === 0 || !(fit > 0)) return 0;
  let totalWeight = 0;
  for (const criterion of criteria) totalWeight += Math.max(0, weights[criterion.weightKey] ?? 0);
  return Math.floor((100 * weight * Math.min(1, fit)) / totalWeight + 1e-9);
}

function forEachPart(
  context: PairContext,
  criteria: readonly Criterion[],
  visit: (criterion: Criterion, points: number) => void,
): void {
  const weights = context.config.weights;
  let totalWeight = 0;
  for (const criterion of criteria) totalWeight += Math.max(0, weights[criterion.weightKey] ?? 0);
  if (totalWeight === 0) return;
  for (const criterion of criteria) {
    const weight = Math.max(0, weights[criterion.weightKey] ?? 0);
    if (weight === 0) continue;
    const fit = criterion.fit(context);
    if (!(fit > 0)) continue;
    const points = criterionPoints(weights, criteria, criterion.weightKey, fit);
    if (points > 0) visit(criterion, points);
  }
}

/** «дефициты закрыты: 2 из 3 — …: 23; один предмет: математика: 20 = 43 балла». */
export function explainScore(score: PairScore): string {
  if (score.parts.length === 0) return 'совпадений по критериям нет — пара допустима по правилам (0 баллов)';
  const parts = score.parts.map((part) => `${part.text} (+${part.points})`);
  return `${parts.join('; ')} = ${score.total} ${pointsWord(score.total)}`;
}

export function pointsWord(n: number): string {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  return teen ? 'баллов' : last === 1 ? 'балл' : last >= 2 && last <= 4 ? 'балла' : 'баллов';
}
