import { roundTo } from './source-text';

export const STATUS_ACHIEVED = 'достигнут';
export const STATUS_NOT_ACHIEVED = 'не достигнут';
export const STATUS_NO_DATA = 'нет данных';
/** A value without a plan: shown, but not judged. */
export const STATUS_NO_PLAN = 'план не задан';
/** A figure about 1–2 people: not shown (privacy), not judged. */
export const STATUS_TOO_FEW = 'менее 3 чел.';
export type IndicatorStatus =
  | typeof STATUS_ACHIEVED
  | typeof STATUS_NOT_ACHIEVED
  | typeof STATUS_NO_DATA
  | typeof STATUS_NO_PLAN
  | typeof STATUS_TOO_FEW;

export const STATUS_COLOURS: Record<IndicatorStatus, string> = {
  [STATUS_ACHIEVED]: '#d9ead3',
  [STATUS_NOT_ACHIEVED]: '#f4cccc',
  [STATUS_NO_DATA]: '#fff2cc',
  [STATUS_NO_PLAN]: '#eeeeee',
  [STATUS_TOO_FEW]: '#eeeeee',
};

/** Fact against the plan of the current year (rounded as shown, so that 69,96 % ≠ «70 %» surprises). */
export function statusOf(fact: number | null, plan: number | null, better: 'higher' | 'lower'): IndicatorStatus {
  if (fact === null) return STATUS_NO_DATA;
  if (plan === null) return STATUS_NO_PLAN;
  const shown = roundTo(fact);
  const reached = better === 'higher' ? shown >= plan : shown <= plan;
  return reached ? STATUS_ACHIEVED : STATUS_NOT_ACHIEVED;
}

/** A bar of text for hosts that cannot draw charts: «▇▇▇▇▇▇▇░░░ 70 %» of the plan. */
export function planBar(fact: number | null, plan: number | null, better: 'higher' | 'lower'): string {
  if (fact === null || plan === null) return '';
  if (better === 'lower') return fact <= plan ? '✓ не выше плана' : `✗ выше плана на ${roundTo(fact - plan)}`;
  if (plan === 0) return fact >= 0 ? '✓' : '';
  const percent = Math.max(0, (fact / plan) * 100);
  const filled = Math.min(10, Math.round(percent / 10));
  return `${'▇'.repeat(filled)}${'░'.repeat(10 - filled)} ${Math.round(percent)} %`;
}
