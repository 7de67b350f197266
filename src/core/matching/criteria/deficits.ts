import type { Criterion } from './criterion';
import { commonTags, countCommon } from './tags';

/** Mentor competencies covering the mentee's deficits: the share of deficits covered. */
export const deficitsCriterion: Criterion = {
  weightKey: 'weightDeficits',
  fit: ({ mentor, mentee }) =>
    mentee.deficits.length === 0 ? 0 : countCommon(mentee.deficits, mentor.competencies) / mentee.deficits.length,
  describe({ mentor, mentee }) {
    const covered = commonTags(mentee.deficits, mentor.competencies);
    return `дефициты закрыты: ${covered.length} из ${mentee.deficits.length} — ${covered.join(', ')}`;
  },
};
