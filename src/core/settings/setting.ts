import type { Cell } from '../cell';

export type SettingType = 'text' | 'int' | 'number' | 'bool' | 'date' | 'choice';

/** One key/value setting of the «Настройки» sheet: the label is what the user reads. */
export interface SettingSpec {
  key: string;
  section: string;
  label: string;
  type: SettingType;
  default: Cell;
  description: string;
  choices?: string[];
  min?: number;
  max?: number;
}
