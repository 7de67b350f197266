import type { Criterion } from './criterion';
import { commonTags, countCommon } from './tags';

/** The same subject or direction (наставник-предметник). */
export const subjectCriterion: Criterion = {
  weightKey: 'weightSubject',
  fit: ({ mentor, mentee }) => (countCommon(mentee.subjects, mentor.subjects) > 0 ? 1 : 0),
  describe: ({ mentor, mentee }) => `один предмет: ${commonTags(mentee.subjects, mentor.subjects).join(', ')}`,
};
