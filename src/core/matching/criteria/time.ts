import { type Criterion, NO_FIT } from './criterion';
import { commonTags } from './tags';

/** Both can meet at the same time. */
export const timeCriterion: Criterion = {
  weightKey: 'weightTime',
  assess({ mentor, mentee }) {
    const shared = commonTags(mentee.times, mentor.times);
    return shared.length === 0 ? NO_FIT : { fit: 1, text: `удобное время: ${shared.join(', ')}` };
  },
};
