import type { Mentee, Mentor } from '../../bases/participant';
import type { MatchingConfig } from '../settings';
import type { Preferences } from '../preferences';

export interface PairContext {
  mentor: Mentor;
  mentee: Mentee;
  config: MatchingConfig;
  preferences: Preferences;
}

/** How well one pair fits on one criterion: 0..1, and the words a curator reads. */
export interface Fit {
  fit: number;
  /** Plain Russian, e.g. «один предмет: математика»; empty when there is nothing to say. */
  text: string;
}

/** One soft criterion: a pure function of the pair, weighted by the setting `weightKey`. */
export interface Criterion {
  weightKey: string;
  assess(context: PairContext): Fit;
}

export const NO_FIT: Fit = { fit: 0, text: '' };
