/**
 * «Сформировать» in the «Подбор пар» sidebar: the settings on screen are saved to «Настройки»
 * first (the sheet stays the single source of truth the matching reads), then the matching runs.
 * Invalid settings stop it before anything is written.
 */
import type { Outcome } from '../outcome';
import type { Env } from '../ports';
import { type SaveResult, type SettingValue, saveMatchingSettings } from './matching-settings';

export interface MatchingSummary {
  /** Mentees with a proposed, pinned or accepted pair in the draft. */
  matched: number;
  unmatched: number;
  /** Mean score of those pairs (0–100), one decimal; null when there are none. */
  meanScore: number | null;
}

export interface MatchingRun {
  settings: SaveResult;
  /** The matching's outcome; null when the settings were invalid and nothing ran. */
  outcome: Outcome | null;
  summary: MatchingSummary | null;
}

export function saveAndMatch(
  env: Env,
  values: Record<string, SettingValue>,
  formPairs: (env: Env) => Outcome,
): MatchingRun {
  const settings = saveMatchingSettings(env, values);
  if (settings.errors.length > 0) return { settings, outcome: null, summary: null };
  env.progress.report('Подбираю пары…');
  const outcome = formPairs(env);
  return { settings, outcome, summary: summaryOf(outcome) };
}

/** matched / unmatched / mean score from the figures «Сформировать пары» reports. */
export function summaryOf(outcome: Outcome): MatchingSummary | null {
  const figure = (key: string) =>
    typeof outcome.figures?.[key] === 'number' ? (outcome.figures[key] as number) : null;
  const proposed = figure('proposed');
  const unmatched = figure('unmatched');
  if (proposed === null || unmatched === null) return null;
  const matched = proposed + (figure('pinned') ?? 0);
  const total = figure('totalScore');
  const meanScore = matched > 0 && total !== null ? Math.round((total / matched) * 10) / 10 : null;
  return { matched, unmatched, meanScore };
}
