import type { Criterion } from './criterion';
import { cachedKey, tagKeySet } from './tags';

/** The mentee's category is one the mentor wants to work with (role-model fit). */
export const categoryCriterion: Criterion = {
  weightKey: 'weightCategory',
  fit: ({ mentor, mentee }) =>
    mentee.category !== '' &&
    mentor.wishedCategories.length > 0 &&
    tagKeySet(mentor.wishedCategories).has(cachedKey(mentee.category))
      ? 1
      : 0,
  describe: ({ mentee }) => `наставник хочет работать с категорией «${mentee.category}»`,
};
