import type { Mentee, Mentor } from '../bases/participant';
import {
  ORGANIZATION_RULE_NETWORK,
  ORGANIZATION_RULE_OWN_ONLY,
  ORGANIZATION_RULE_OWN_PREFERRED,
} from '../catalogues/defaults';
import { organizationKey } from '../organizations/organization-key';
import { textKey } from '../text/normalize';
import { type MatchingConfig, ORGANIZATION_OTHER, ORGANIZATION_SAME } from './settings';

/**
 * What the organization means for a pair of a form: «только своя организация» is a hard rule (a
 * pair across organizations is never formed), «своя предпочтительна» and «сетевое» are weights.
 * The form's rule comes from «Справочники»; a form with a blank rule follows «Настройки» →
 * «Предпочтительная организация наставника».
 */
export type OrganizationRule = 'own-only' | 'own' | 'network' | 'any';

const FROM_CATALOGUE: Record<string, OrganizationRule> = {
  [ORGANIZATION_RULE_OWN_ONLY]: 'own-only',
  [ORGANIZATION_RULE_OWN_PREFERRED]: 'own',
  [ORGANIZATION_RULE_NETWORK]: 'network',
};

export function organizationRule(config: MatchingConfig, form: string): OrganizationRule {
  const written = config.formOrganizationRules.get(textKey(form));
  if (written !== undefined && FROM_CATALOGUE[written]) return FROM_CATALOGUE[written];
  if (config.organizationPreference === ORGANIZATION_SAME) return 'own';
  if (config.organizationPreference === ORGANIZATION_OTHER) return 'network';
  return 'any';
}

const keys = new Map<string, string>();

/** organizationKey, remembered: it is asked for every pair the criteria look at. */
export function cachedOrganizationKey(organization: string): string {
  let key = keys.get(organization);
  if (key === undefined) {
    key = organizationKey(organization);
    if (keys.size < 10_000) keys.set(organization, key);
  }
  return key;
}

/** Both organizations known and the same school, however typed; null when either is blank. */
export function sameOrganization(mentor: Mentor, mentee: Mentee): boolean | null {
  const a = cachedOrganizationKey(mentor.organization);
  const b = cachedOrganizationKey(mentee.organization);
  if (a === '' || b === '') return null;
  return a === b;
}

/**
 * The hard rule: under «только своя организация» a mentor of another organization is never a
 * candidate. A blank organization on either side is not a crossing (a school's own workbook often
 * leaves it empty).
 */
export function organizationAllows(mentor: Mentor, mentee: Mentee, config: MatchingConfig): boolean {
  if (organizationRule(config, mentee.wantedForm) !== 'own-only') return true;
  return sameOrganization(mentor, mentee) !== false;
}
