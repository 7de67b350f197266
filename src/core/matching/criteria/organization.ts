import { textKey } from '../../text/normalize';
import { ORGANIZATION_OTHER, ORGANIZATION_SAME } from '../settings';
import { type Criterion, NO_FIT } from './criterion';

/** Same organization, or — for network mentoring — another one, as the settings ask. */
export const organizationCriterion: Criterion = {
  weightKey: 'weightOrganization',
  assess({ mentor, mentee, config }) {
    if (mentor.organization === '' || mentee.organization === '') return NO_FIT;
    const same = textKey(mentor.organization) === textKey(mentee.organization);
    if (config.organizationPreference === ORGANIZATION_SAME && same) return { fit: 1, text: 'одна организация' };
    if (config.organizationPreference === ORGANIZATION_OTHER && !same) {
      return { fit: 1, text: `сетевое наставничество: ${mentor.organization}` };
    }
    return NO_FIT;
  },
};
