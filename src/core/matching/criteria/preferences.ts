import type { Criterion, PairContext } from './criterion';

/**
 * Stated preferences after a flash meeting: each side's choice is worth (K − rank + 1) / K,
 * the fit is the mean of both sides (a one-sided choice counts half).
 */
export const preferencesCriterion: Criterion = {
  weightKey: 'weightPreferences',
  fit(context) {
    if (context.preferences.isEmpty()) return 0;
    const k = context.config.preferencesLimit;
    const side = (rank: number | null) => (rank === null ? 0 : (k - rank + 1) / k);
    const { menteeRank, mentorRank } = ranks(context);
    return (side(menteeRank) + side(mentorRank)) / 2;
  },
  describe(context) {
    const { menteeRank, mentorRank } = ranks(context);
    const said = [
      menteeRank === null ? '' : `наставляемый — ${menteeRank}-й выбор`,
      mentorRank === null ? '' : `наставник — ${mentorRank}-й выбор`,
    ].filter((part) => part !== '');
    const title = menteeRank !== null && mentorRank !== null ? 'взаимный выбор' : 'выбор';
    return `${title}: ${said.join(', ')}`;
  },
};

function ranks({ mentor, mentee, config, preferences }: PairContext) {
  const k = config.preferencesLimit;
  return {
    menteeRank: preferences.rank(mentee.id, mentor.id, k),
    mentorRank: preferences.rank(mentor.id, mentee.id, k),
  };
}
