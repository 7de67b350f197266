import { type Criterion, NO_FIT } from './criterion';
import { commonTags } from './tags';

/** The mentee's category is one the mentor wants to work with (role-model fit). */
export const categoryCriterion: Criterion = {
  weightKey: 'weightCategory',
  assess({ mentor, mentee }) {
    if (mentee.category === '' || mentor.wishedCategories.length === 0) return NO_FIT;
    if (commonTags([mentee.category], mentor.wishedCategories).length === 0) return NO_FIT;
    return { fit: 1, text: `наставник хочет работать с категорией «${mentee.category}»` };
  },
};
