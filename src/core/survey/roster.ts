/**
 * Who is who, for questionnaires: the few base columns that identify a person (id, ФИО,
 * organization, e-mail), read from both bases without judging the rest of the row.
 */
import { cellText, type Grid, isBlank } from '../cell';
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../bases/layouts';
import type { Role } from '../bases/participant';
import { mapHeader } from '../sheet/header-map';
import { NO_DIRECTORY, type OrganizationDirectory } from '../organizations/directory';
import { organizationKey } from '../organizations/organization-key';
import { cleanText, personKey } from '../text/normalize';
import { parseEmail } from '../text/parse';

export interface RosterPerson {
  id: string;
  role: Role;
  fio: string;
  organization: string;
  email: string;
  /** 1-based row in its base sheet. */
  row: number;
}

export interface Roster {
  people: RosterPerson[];
  byEmail: Map<string, RosterPerson[]>;
  /** personKey(fio) → people with that name. */
  byName: Map<string, RosterPerson[]>;
  byId: Map<string, RosterPerson>;
  /** The key organizations are compared by: through «Организации» when the table exists. */
  organizationKey: (text: string) => string;
}

export function readRoster(
  mentors: Grid | null,
  mentees: Grid | null,
  organizations: OrganizationDirectory = NO_DIRECTORY,
): Roster {
  const people = [...peopleOf(mentors, 'mentor'), ...peopleOf(mentees, 'mentee')];
  return indexRoster(people, organizations);
}

export function indexRoster(people: RosterPerson[], organizations: OrganizationDirectory = NO_DIRECTORY): Roster {
  const byEmail = new Map<string, RosterPerson[]>();
  const byName = new Map<string, RosterPerson[]>();
  const byId = new Map<string, RosterPerson>();
  for (const person of people) {
    if (person.email) push(byEmail, person.email, person);
    if (person.fio) push(byName, personKey(person.fio), person);
    if (person.id && !byId.has(person.id)) byId.set(person.id, person);
  }
  const keyOf = organizations.isEmpty ? organizationKey : (text: string) => organizations.keyOf(text);
  return { people, byEmail, byName, byId, organizationKey: keyOf };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function peopleOf(grid: Grid | null, role: Role): RosterPerson[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], role === 'mentor' ? MENTOR_COLUMNS : MENTEE_COLUMNS);
  const at = (row: Grid[number], key: string) => {
    const i = map.index.get(key);
    return i === undefined ? null : (row[i] ?? null);
  };
  const people: RosterPerson[] = [];
  grid.slice(1).forEach((row, i) => {
    if (isBlank(at(row, 'fio')) && isBlank(at(row, 'email'))) return;
    const email = parseEmail(at(row, 'email'));
    people.push({
      id: cleanText(cellText(at(row, 'id'))),
      role,
      fio: cleanText(cellText(at(row, 'fio'))),
      organization: cleanText(cellText(at(row, 'organization'))),
      email: email.ok ? email.value : '',
      row: i + 2,
    });
  });
  return people;
}

export const ROSTER_SHEETS = { mentor: MENTORS_SHEET, mentee: MENTEES_SHEET } as const;

/** How a person appears in a choice list of a form: «ФИО (организация)». */
export function choiceLabel(person: RosterPerson): string {
  return person.organization ? `${person.fio} (${person.organization})` : person.fio;
}

export { organizationKey } from '../organizations/organization-key';
