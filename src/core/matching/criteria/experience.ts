import type { Criterion } from './criterion';

/** The mentor has at least the configured number of years of experience more than the mentee. */
export const experienceCriterion: Criterion = {
  weightKey: 'weightExperience',
  fit: ({ mentor, mentee, config }) =>
    mentor.experienceYears !== null && mentor.experienceYears - (mentee.experienceYears ?? 0) >= config.minExperienceGap
      ? 1
      : 0,
  describe: ({ mentor }) => `стаж наставника ${years(mentor.experienceYears ?? 0)}`,
};

function years(value: number): string {
  const whole = Math.round(value * 10) / 10;
  const n = Math.floor(whole) % 100;
  const last = n % 10;
  const word = !Number.isInteger(whole)
    ? 'года'
    : n >= 11 && n <= 14
      ? 'лет'
      : last === 1
        ? 'год'
        : last >= 2 && last <= 4
          ? 'года'
          : 'лет';
  return `${String(whole).replace('.', ',')} ${word}`;
}
