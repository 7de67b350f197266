import { organizationRule, sameOrganization } from '../organization-rule';
import type { Criterion } from './criterion';

/**
 * Same organization, or — for network mentoring — another one, as the form's rule asks
 * («только своя организация» pairs never cross: eligibility, see organizationAllows).
 */
export const organizationCriterion: Criterion = {
  weightKey: 'weightOrganization',
  fit({ mentor, mentee, config }) {
    const same = sameOrganization(mentor, mentee);
    if (same === null) return 0;
    const rule = organizationRule(config, mentee.wantedForm);
    if (rule === 'own' || rule === 'own-only') return same ? 1 : 0;
    if (rule === 'network') return same ? 0 : 1;
    return 0;
  },
  describe: ({ mentor, mentee, config }) =>
    organizationRule(config, mentee.wantedForm) === 'network'
      ? `сетевое наставничество: ${mentor.organization}`
      : 'одна организация',
};
