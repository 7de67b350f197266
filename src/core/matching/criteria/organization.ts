import { ORGANIZATION_OTHER, ORGANIZATION_SAME } from '../settings';
import type { Criterion } from './criterion';
import { cachedKey } from './tags';

/** Same organization, or — for network mentoring — another one, as the settings ask. */
export const organizationCriterion: Criterion = {
  weightKey: 'weightOrganization',
  fit({ mentor, mentee, config }) {
    if (mentor.organization === '' || mentee.organization === '') return 0;
    const same = cachedKey(mentor.organization) === cachedKey(mentee.organization);
    if (config.organizationPreference === ORGANIZATION_SAME) return same ? 1 : 0;
    if (config.organizationPreference === ORGANIZATION_OTHER) return same ? 0 : 1;
    return 0;
  },
  describe: ({ mentor, config }) =>
    config.organizationPreference === ORGANIZATION_OTHER
      ? `сетевое наставничество: ${mentor.organization}`
      : 'одна организация',
};
