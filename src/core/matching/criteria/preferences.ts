import { type Criterion, NO_FIT } from './criterion';

/**
 * Stated preferences after a flash meeting: each side's choice is worth (K − rank + 1) / K,
 * the fit is the mean of both sides (a one-sided choice counts half).
 */
export const preferencesCriterion: Criterion = {
  weightKey: 'weightPreferences',
  assess({ mentor, mentee, config, preferences }) {
    const k = config.preferencesLimit;
    const menteeRank = preferences.rank(mentee.id, mentor.id, k);
    const mentorRank = preferences.rank(mentor.id, mentee.id, k);
    if (menteeRank === null && mentorRank === null) return NO_FIT;
    const side = (rank: number | null) => (rank === null ? 0 : (k - rank + 1) / k);
    const said = [
      menteeRank === null ? '' : `наставляемый — ${menteeRank}-й выбор`,
      mentorRank === null ? '' : `наставник — ${mentorRank}-й выбор`,
    ].filter((part) => part !== '');
    const title = menteeRank !== null && mentorRank !== null ? 'взаимный выбор' : 'выбор';
    return { fit: (side(menteeRank) + side(mentorRank)) / 2, text: `${title}: ${said.join(', ')}` };
  },
};
