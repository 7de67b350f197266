import type { Mentee, Mentor } from '../../bases/participant';
import type { MatchingConfig } from '../settings';
import type { Preferences } from '../preferences';

export interface PairContext {
  mentor: Mentor;
  mentee: Mentee;
  config: MatchingConfig;
  preferences: Preferences;
}

/**
 * One soft criterion, weighted by the setting `weightKey`: `fit` (0..1) is called for every
 * mentor–mentee pair, so it must be cheap; `describe` — plain Russian words a curator reads,
 * e.g. «один предмет: математика» — only for the pairs shown, and only when `fit` > 0.
 */
export interface Criterion {
  weightKey: string;
  fit(context: PairContext): number;
  describe(context: PairContext): string;
}
