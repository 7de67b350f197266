import { type Criterion, NO_FIT } from './criterion';

/** The mentor has at least the configured number of years of experience more than the mentee. */
export const experienceCriterion: Criterion = {
  weightKey: 'weightExperience',
  assess({ mentor, mentee, config }) {
    if (mentor.experienceYears === null) return NO_FIT;
    const gap = mentor.experienceYears - (mentee.experienceYears ?? 0);
    if (gap < config.minExperienceGap) return NO_FIT;
    return { fit: 1, text: `стаж наставника ${years(mentor.experienceYears)}` };
  },
};

function years(value: number): string {
  const whole = Math.round(value * 10) / 10;
  const n = Math.floor(whole) % 100;
  const last = n % 10;
  const word = !Number.isInteger(whole) ? 'года' : n >= 11 && n <= 14 ? 'лет' : last === 1 ? 'год' : last >= 2 && last <= 4 ? 'года' : 'лет';
  return `${String(whole).replace('.', ',')} ${word}`;
}
