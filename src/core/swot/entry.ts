import type { SwotQuadrant } from '../survey/template';

export const GENERATED_MARK = 'авто';
export const MANUAL_MARK = 'вручную';
export const EDITED_MARK = 'вручную (изменено)';

/** One line of the SWOT: what, where it came from, how many answers or participants stand behind it. */
export interface SwotEntry {
  quadrant: SwotQuadrant;
  text: string;
  source: string;
  weight: number | null;
  /** «авто» for generated entries; anything else is the curator's and survives regeneration. */
  mark: string;
}

export const QUADRANTS: readonly SwotQuadrant[] = ['S', 'W', 'O', 'T'];

export const QUADRANT_TITLES: Record<SwotQuadrant, string> = {
  S: 'Сильные стороны (S)',
  W: 'Слабые стороны (W)',
  O: 'Возможности (O)',
  T: 'Угрозы (T)',
};

export const QUADRANT_COLOURS: Record<SwotQuadrant, string> = {
  S: '#d9ead3',
  W: '#f4cccc',
  O: '#cfe2f3',
  T: '#fce5cd',
};
