/**
 * Who answered: by e-mail first, else by ФИО (any case, ё/е, spaces, word order) together with
 * the organization. A person found by name alone is accepted only when the name is unique.
 */
import type { Role } from '../bases/participant';
import { personKey } from '../text/normalize';
import type { Roster, RosterPerson } from './roster';

export interface RespondentClues {
  email: string;
  fio: string;
  organization: string;
}

export type Identification =
  | { found: true; person: RosterPerson; by: 'email' | 'name' }
  | { found: false; reason: string };

export function identify(roster: Roster, clues: RespondentClues, role?: Role): Identification {
  const fits = (person: RosterPerson) => role === undefined || person.role === role;
  if (clues.email) {
    const byEmail = (roster.byEmail.get(clues.email) ?? []).filter(fits);
    if (byEmail.length === 1) return { found: true, person: byEmail[0], by: 'email' };
    if (byEmail.length > 1) {
      const narrowed = narrowByName(byEmail, clues);
      if (narrowed) return { found: true, person: narrowed, by: 'email' };
    }
  }
  if (!clues.fio) {
    return {
      found: false,
      reason: clues.email ? `e-mail ${clues.email} нет в базах, ФИО не указано` : 'не указаны ни e-mail, ни ФИО',
    };
  }
  const byName = (roster.byName.get(personKey(clues.fio)) ?? []).filter(fits);
  if (byName.length === 0)
    return {
      found: false,
      reason: `в базах нет участника «${clues.fio}»${clues.email ? ` и e-mail ${clues.email}` : ''}`,
    };
  const organizationKey = roster.organizationKey;
  const org = organizationKey(clues.organization);
  const sameOrg = org ? byName.filter((person) => organizationKey(person.organization) === org) : [];
  if (sameOrg.length === 1) return { found: true, person: sameOrg[0], by: 'name' };
  if (sameOrg.length === 0 && byName.length === 1 && (org === '' || organizationKey(byName[0].organization) === '')) {
    return { found: true, person: byName[0], by: 'name' };
  }
  if (sameOrg.length === 0 && byName.length === 1) {
    return {
      found: false,
      reason: `«${clues.fio}» есть в базе, но в другой организации («${byName[0].organization}», в анкете — «${clues.organization}»)`,
    };
  }
  return { found: false, reason: `в базах несколько участников «${clues.fio}»: укажите e-mail или организацию` };
}

function narrowByName(people: RosterPerson[], clues: RespondentClues): RosterPerson | undefined {
  if (!clues.fio) return undefined;
  const key = personKey(clues.fio);
  const same = people.filter((person) => personKey(person.fio) === key);
  return same.length === 1 ? same[0] : undefined;
}
