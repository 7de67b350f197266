/**
 * «Сформировать» in the «Подбор пар» sidebar: the settings on screen are saved to «Настройки»
 * first (the sheet stays the single source of truth the matching reads), then the matching runs.
 * Invalid settings stop it before anything is written.
 */
import type { Outcome } from '../outcome';
import type { Env } from '../ports';
import { type SaveResult, type SettingValue, saveMatchingSettings } from './matching-settings';

export interface MatchingRun {
  settings: SaveResult;
  /** The matching's outcome; null when the settings were invalid and nothing ran. */
  outcome: Outcome | null;
}

export function saveAndMatch(
  env: Env,
  values: Record<string, SettingValue>,
  formPairs: (env: Env) => Outcome,
): MatchingRun {
  const settings = saveMatchingSettings(env, values);
  if (settings.errors.length > 0) return { settings, outcome: null };
  env.progress.report('Подбираю пары…');
  return { settings, outcome: formPairs(env) };
}
