import type { Criterion } from './criterion';
import { commonTags, countCommon } from './tags';

/** Both can meet at the same time. */
export const timeCriterion: Criterion = {
  weightKey: 'weightTime',
  fit: ({ mentor, mentee }) => (countCommon(mentee.times, mentor.times) > 0 ? 1 : 0),
  describe: ({ mentor, mentee }) => `удобное время: ${commonTags(mentee.times, mentor.times).join(', ')}`,
};
