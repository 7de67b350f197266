import { type Mentee, neededForms } from '../bases/participant';
import { type PairUnit, pairUnits } from '../indicators/program-data';
import { counted } from '../indicators/scope';
import type { Population } from './population';
import { textKey } from '../text/normalize';

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

/** A row of «Без пары»: a mentee and a form they need without an active or completed pair. */
export interface MissingForm {
  mentee: Mentee;
  form: string;
  /** The mentee has a pair in another form (so is not among П-05's people). */
  partly: boolean;
}

/**
 * «Без пары» per form: each П-05 person once per needed form (one row for a one-form mentee, as
 * ever), and a mentee who needs several forms and has a pair in some — once for each form still
 * without one. The people of the rows with `partly` false are exactly `withoutPairOf`.
 */
export function missingFormsOf(mentees: readonly Mentee[], units: readonly PairUnit[]): MissingForm[] {
  const live = units.filter((u) => u.status !== 'расторгнута');
  const paired = new Set(live.flatMap((u) => u.menteeIds));
  const held = new Set(live.flatMap((u) => u.menteeIds.map((id) => `${id}\u0001${textKey(u.form)}`)));
  return counted(mentees).flatMap((mentee): MissingForm[] => {
    const forms = neededForms(mentee);
    if (!paired.has(mentee.id))
      return (forms.length === 0 ? [''] : forms).map((form) => ({ mentee, form, partly: false }));
    if (forms.length < 2) return [];
    return forms
      .filter((form) => !held.has(`${mentee.id}\u0001${textKey(form)}`))
      .map((form) => ({ mentee, form, partly: true }));
  });
}

/** `missingFormsOf` of a population as read (what the sheet «Без пары» is written from). */
export function populationMissingForms(population: Population): MissingForm[] {
  return missingFormsOf(population.mentees, pairUnits(population.links));
}
