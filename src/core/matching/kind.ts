import type { Mentee, Mentor } from '../bases/participant';
import type { Catalogues } from '../catalogues/catalogues';
import { KIND_FLASH, KIND_GROUP, KIND_NETWORK, KIND_TRADITIONAL } from '../catalogues/defaults';
import { organizationKey } from '../organizations/organization-key';
import { textKey } from '../text/normalize';
import type { Preferences } from './preferences';
import { type MatchingConfig, MODE_STABLE } from './settings';

/**
 * The kind of mentorship («вид») the engine writes for a proposal, in this order: a member of a
 * group → «групповое»; mentor and mentee of different organizations → «сетевое»; a pair that chose
 * each other after the flash meetings (mode «по взаимному выбору», each among the other's first K
 * on «Предпочтения») → «флеш-наставничество»; otherwise the form's default kind from «Справочники»
 * («Форма: вид наставничества»), else «традиционное». Names are spelled as the catalogue spells
 * them. The curator's own value in the draft wins over this (the column is editable).
 */
export interface KindInput {
  mentor: Mentor;
  mentee: Mentee;
  /** The group label of the group mode ('' for a pair). */
  group: string;
  config: MatchingConfig;
  preferences: Preferences;
  catalogues: Catalogues;
  /** Default kinds by form key (Catalogues.formKinds, computed once per run). */
  formKinds: ReadonlyMap<string, string>;
}

export function proposalKind(input: KindInput): string {
  const { mentor, mentee, catalogues } = input;
  if (input.group !== '') return catalogues.kind(KIND_GROUP);
  const mentorOrg = organizationKey(mentor.organization);
  const menteeOrg = organizationKey(mentee.organization);
  if (mentorOrg !== '' && menteeOrg !== '' && mentorOrg !== menteeOrg) return catalogues.kind(KIND_NETWORK);
  if (input.config.mode === MODE_STABLE && choseEachOther(input)) return catalogues.kind(KIND_FLASH);
  return input.formKinds.get(textKey(mentee.wantedForm)) ?? catalogues.kind(KIND_TRADITIONAL);
}

function choseEachOther({ mentor, mentee, preferences, config }: KindInput): boolean {
  const k = config.preferencesLimit;
  return preferences.rank(mentee.id, mentor.id, k) !== null && preferences.rank(mentor.id, mentee.id, k) !== null;
}
