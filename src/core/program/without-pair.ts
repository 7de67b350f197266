import type { Mentee } from '../bases/participant';
import { type PairUnit, pairUnits } from '../indicators/program-data';
import { counted } from '../indicators/scope';
import type { Population } from './population';

/**
 * THE «без пары»: П-05, «Сводка», the report, the panel and the sheet «Без пары» all list these
 * people — counted mentees of the population (consent, no errors, not «выбыл») without an active
 * or completed pair or group.
 */
export function withoutPairOf(mentees: readonly Mentee[], units: readonly PairUnit[]): Mentee[] {
  const paired = new Set(units.filter((u) => u.status !== 'расторгнута').flatMap((u) => u.menteeIds));
  return counted(mentees).filter((m) => !paired.has(m.id));
}

/** `withoutPairOf` of a population as read (what the sheet «Без пары» is written from). */
export function populationWithoutPair(population: Population): Mentee[] {
  return withoutPairOf(population.mentees, pairUnits(population.links));
}
