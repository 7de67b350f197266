import { type Criterion, NO_FIT } from './criterion';

/** The mentee's age (or class age) is within the range the mentor wished. */
export const ageCriterion: Criterion = {
  weightKey: 'weightAge',
  assess({ mentor, mentee }) {
    const range = mentor.wishedAge;
    if (range === null || mentee.age === null) return NO_FIT;
    if (mentee.age < range.min || mentee.age > range.max) return NO_FIT;
    return { fit: 1, text: `возраст ${mentee.age} — в желаемом диапазоне ${range.min}–${range.max}` };
  },
};
