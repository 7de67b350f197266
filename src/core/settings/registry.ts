import { BASE_SETTINGS } from './base-settings';
import type { SettingSpec } from './setting';
import { SURVEY_SETTINGS } from '../survey/settings';
import { INDICATOR_SETTINGS } from '../indicators/settings';
import { DOCUMENT_SETTINGS } from '../documents/settings';
import { MATCHING_SETTINGS } from '../matching/settings';

/** Every setting of the add-on, in the order the «Настройки» sheet shows them. Features add their lists here. */
export const ALL_SETTINGS: readonly SettingSpec[] = [
  ...BASE_SETTINGS,
  ...SURVEY_SETTINGS,
  ...INDICATOR_SETTINGS,
  ...DOCUMENT_SETTINGS,
  ...MATCHING_SETTINGS,
];
