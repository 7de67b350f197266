import { type Criterion, NO_FIT } from './criterion';
import { commonTags } from './tags';

/** Mentor competencies covering the mentee's deficits: the share of deficits covered. */
export const deficitsCriterion: Criterion = {
  weightKey: 'weightDeficits',
  assess({ mentor, mentee }) {
    if (mentee.deficits.length === 0) return NO_FIT;
    const covered = commonTags(mentee.deficits, mentor.competencies);
    if (covered.length === 0) return NO_FIT;
    return {
      fit: covered.length / mentee.deficits.length,
      text: `дефициты закрыты: ${covered.length} из ${mentee.deficits.length} — ${covered.join(', ')}`,
    };
  },
};
