import { TEAM_CATEGORY } from '../catalogues/defaults';
import type { Problem } from '../problems/problem';
import { personKey, textKey } from '../text/normalize';
import { MENTEES_SHEET, MENTORS_SHEET } from './layouts';
import { type Mentee, type Mentor, neededForms, type Participant } from './participant';

/**
 * Teams as first-class groups. A team is a row of a base (the curator types it as before: the
 * team's name in «ФИО», its organization, forms or request) marked by the category «команда» or
 * a filled «Участники команды»; that column lists its members by ФИО or ID, each a person with a
 * row of their own in either base. Then:
 * - the team is matched as one participant («команда – команда» pairs two teams), and members are
 *   not matched on their own in their team's form;
 * - consent is the members' (all of them): the team row needs no date of its own;
 * - statistics count the members as people and the team as one pair (program/population.ts);
 * - the order's «ознакомлены» lists the members, never the team (documents/order.ts).
 */
export const TEAM_MEMBERS_HEADER = 'Участники команды';

const CONSENT_COLUMNS = new Set(
  ['Согласие на обработку ПДн (дата)', 'Согласие законного представителя (дата)'].map(textKey),
);

/** Whether a base row is a team. */
export function isTeam(person: Pick<Participant, 'team'>): boolean {
  return person.team !== undefined;
}

/**
 * Resolves every team row's members, sets the team's consent from them and replaces the row's own
 * consent problem by one that names the members without consent. `membersOf` gives each row's raw
 * «Участники команды» (by sheet row). Mutates the participants and the problem list.
 */
export function resolveTeams(
  mentors: Mentor[],
  mentees: Mentee[],
  membersOf: { mentors: ReadonlyMap<number, string[]>; mentees: ReadonlyMap<number, string[]> },
  problems: Problem[],
): void {
  const people = [...mentors, ...mentees];
  const written = (p: Participant) => (p.role === 'mentor' ? membersOf.mentors : membersOf.mentees).get(p.row) ?? [];
  const teams = people.filter((p) => written(p).length > 0 || textKey(p.category) === textKey(TEAM_CATEGORY));
  const teamRows = new Set(teams);
  const finder = memberFinder(people.filter((p) => !teamRows.has(p)));
  for (const team of teams) {
    const sheet = team.role === 'mentor' ? MENTORS_SHEET : MENTEES_SHEET;
    const problem = (message: string, value: string, severity: Problem['severity'] = 'error') =>
      problems.push({ sheet, row: team.row, column: TEAM_MEMBERS_HEADER, value, message, severity });
    const members: Participant[] = [];
    for (const entry of written(team)) {
      const found = finder(entry, team.role);
      if (found === 'ambiguous')
        problem(
          `Участник «${entry}» команды «${team.fio}»: в базах несколько людей с таким ФИО — впишите его ID`,
          entry,
          'warning',
        );
      else if (found === undefined)
        problem(
          teams.some((t) => t !== team && textKey(t.fio) === textKey(entry))
            ? `«${entry}» — это команда: участниками команды «${team.fio}» могут быть только люди`
            : `Участник «${entry}» команды «${team.fio}» не найден в базах: добавьте его строкой в «${MENTORS_SHEET}» или «${MENTEES_SHEET}» (с датой согласия на обработку ПДн) или впишите его ID`,
          entry,
          'warning',
        );
      else if (!members.includes(found)) members.push(found);
    }
    team.team = { members };
    // The team's consent is its members' consent: the row's own consent cell does not decide.
    for (let i = problems.length - 1; i >= 0; i--) {
      const p = problems[i];
      if (p.sheet === sheet && p.row === team.row && p.column !== null && CONSENT_COLUMNS.has(textKey(p.column)))
        problems.splice(i, 1);
    }
    const without = members.filter((m) => !m.hasConsent);
    team.hasConsent = members.length > 0 && without.length === 0;
    if (members.length === 0) {
      problem(
        `Команда «${team.fio}» без участников: впишите в «${TEAM_MEMBERS_HEADER}» ФИО или ID её участников через «;» — без них команда не включается в пары и в показатели`,
        '',
      );
    } else if (without.length > 0) {
      problem(
        `Нет согласия на обработку ПДн у участников команды «${team.fio}»: ${without
          .map((m) => `${m.fio} (лист «${m.role === 'mentor' ? MENTORS_SHEET : MENTEES_SHEET}», строка ${m.row})`)
          .join('; ')} — команда не будет включена в пару`,
        without.map((m) => m.fio).join('; '),
      );
    }
  }
}

/** Finds a member by ID, then by ФИО, then by «Фамилия И.О.»; the team's own base first. */
function memberFinder(people: readonly Participant[]) {
  const byId = new Map(people.map((p) => [textKey(p.id), p]));
  const index = (key: (p: Participant) => string) => {
    const map = new Map<string, Participant[]>();
    for (const p of people) {
      const k = key(p);
      if (k !== '') map.set(k, [...(map.get(k) ?? []), p]);
    }
    return map;
  };
  const byName = index((p) => p.personKey);
  const byInitials = index((p) => initialsKey(p.fio));
  return (entry: string, role: Participant['role']): Participant | 'ambiguous' | undefined => {
    const id = byId.get(textKey(entry));
    if (id) return id;
    for (const candidates of [byName.get(personKey(entry)), byInitials.get(initialsKey(entry))]) {
      if (!candidates || candidates.length === 0) continue;
      if (candidates.length === 1) return candidates[0];
      const own = candidates.filter((p) => p.role === role);
      if (own.length === 1) return own[0];
      return 'ambiguous';
    }
    return undefined;
  };
}

/** «Иванова Мария Петровна» and «Иванова М. П.» → «иванова м п». */
function initialsKey(fio: string): string {
  const [surname, ...rest] = textKey(fio.replace(/\./g, ' '))
    .split(' ')
    .filter((part) => part !== '');
  if (!surname || rest.length === 0) return '';
  return [surname, ...rest.map((part) => part.charAt(0))].join(' ');
}

/**
 * The participants the engine matches: a team stands for its members in its form — a member
 * mentee who wants the team's form is not matched on their own, a member mentor does not take
 * that form on their own (a member needing other forms as well is matched in those). Everyone
 * else is unchanged (same objects).
 */
export function matchingPools(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
): { mentors: Mentor[]; mentees: Mentee[] } {
  const teamForms = new Map<string, Set<string>>();
  for (const team of [...mentors, ...mentees]) {
    if (!team.team) continue;
    const forms = team.role === 'mentor' ? team.forms : neededForms(team);
    for (const member of team.team.members) {
      const set = teamForms.get(member.id) ?? new Set<string>();
      for (const form of forms) set.add(textKey(form));
      teamForms.set(member.id, set);
    }
  }
  return {
    mentors: mentors.map((m) => {
      const forms = teamForms.get(m.id);
      if (!forms || m.team) return m;
      return { ...m, forms: m.forms.filter((form) => !forms.has(textKey(form))) };
    }),
    // A member who needs other forms too keeps those (several pairs per person, bases/participant.ts).
    mentees: mentees.flatMap((m) => {
      const forms = teamForms.get(m.id);
      if (!forms || m.team) return [m];
      const own = neededForms(m).filter((form) => !forms.has(textKey(form)));
      if (own.length === neededForms(m).length) return [m];
      return own.length === 0 ? [] : [{ ...m, wantedForm: own[0], wantedForms: own }];
    }),
  };
}
