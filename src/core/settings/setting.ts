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
  /**
   * Defaults of earlier versions. A book prepared then still holds one where nobody chose a value:
   * «Подготовить таблицу» moves it to today's default and says so (the curator may put it back).
   */
  formerDefaults?: Cell[];
}
