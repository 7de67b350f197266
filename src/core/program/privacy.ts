import { formatNumber } from '../indicators/source-text';

/** Director-facing outputs show no figure about fewer people than this (seed 001: «не менее 3»). */
export const SMALLEST_GROUP = 3;
export const TOO_FEW_TEXT = `менее ${SMALLEST_GROUP} чел.`;

/** True when a figure describes 1–2 people: shown as «менее 3 чел.», never as a number. */
export function isTooFew(people: number | null): boolean {
  return people !== null && people > 0 && people < SMALLEST_GROUP;
}

/** A figure as a director reads it: the number with a decimal comma, or «менее 3 чел.», or «нет данных». */
export function privateFigure(value: number | null, people: number | null, unit = ''): string {
  if (value === null) return 'нет данных';
  if (isTooFew(people)) return TOO_FEW_TEXT;
  return `${formatNumber(value)}${unit}`;
}
