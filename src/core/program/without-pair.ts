import { type Mentee, neededForms } from '../bases/participant';
import { textKey } from '../text/normalize';
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

/** A needed form of a counted mentee with no live pair of that form: one row of «Без пары». */
export interface MissingForm {
  mentee: Mentee;
  form: string;
  /** The person has no live pair at all: one of `withoutPairOf` (П-05). */
  withoutAnyPair: boolean;
}

/**
 * Every (mentee, needed form) of the population without an active or completed pair of that form.
 * The people with no pair at all are exactly `withoutPairOf` (П-05); a mentee who needs two forms
 * and has a pair for one is listed for the other and is not «без пары» in П-05.
 */
export function missingFormsOf(mentees: readonly Mentee[], units: readonly PairUnit[]): MissingForm[] {
  const live = units.filter((u) => u.status !== 'расторгнута');
  const paired = new Set(live.flatMap((u) => u.menteeIds));
  const pairedForms = new Set(live.flatMap((u) => u.menteeIds.map((id) => `${id}\u0001${textKey(u.form)}`)));
  const missing: MissingForm[] = [];
  for (const mentee of counted(mentees)) {
    const withoutAnyPair = !paired.has(mentee.id);
    const forms = neededForms(mentee);
    if (withoutAnyPair && forms.length === 0) missing.push({ mentee, form: mentee.wantedForm, withoutAnyPair });
    for (const form of forms)
      if (withoutAnyPair || !pairedForms.has(`${mentee.id}\u0001${textKey(form)}`))
        missing.push({ mentee, form, withoutAnyPair });
  }
  return missing;
}

/** `missingFormsOf` of a population as read. */
export function populationMissingForms(population: Population): MissingForm[] {
  return missingFormsOf(population.mentees, pairUnits(population.links));
}
