import { type Criterion, NO_FIT } from './criterion';
import { commonTags } from './tags';

/** The same subject or direction (наставник-предметник). */
export const subjectCriterion: Criterion = {
  weightKey: 'weightSubject',
  assess({ mentor, mentee }) {
    const shared = commonTags(mentee.subjects, mentor.subjects);
    return shared.length === 0 ? NO_FIT : { fit: 1, text: `один предмет: ${shared.join(', ')}` };
  },
};
