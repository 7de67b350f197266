import type { Criterion } from './criterion';

/** The mentee's age (or class age) is within the range the mentor wished. */
export const ageCriterion: Criterion = {
  weightKey: 'weightAge',
  fit: ({ mentor, mentee }) =>
    mentor.wishedAge !== null &&
    mentee.age !== null &&
    mentee.age >= mentor.wishedAge.min &&
    mentee.age <= mentor.wishedAge.max
      ? 1
      : 0,
  describe: ({ mentor, mentee }) =>
    `возраст ${mentee.age} — в желаемом диапазоне ${mentor.wishedAge?.min}–${mentor.wishedAge?.max}`,
};
