import type { Mentee, Mentor, ParticipantBase } from '../bases/participant';
import type { Catalogues } from '../catalogues/catalogues';
import type { Settings } from '../settings/settings';
import { textKey } from '../text/normalize';
import { LEFT_STATUSES, PUPIL_CATEGORIES, TEACHER_CATEGORIES, YOUNG_SPECIALIST_CATEGORY } from './catalogue';
import { NO_DIRECTORY, type OrganizationDirectory } from '../organizations/directory';
import { organizationKey } from '../organizations/organization-key';
import { type Denominator, NO_PUPILS, type ScopeOrganization, totalFor, type TotalsSource } from './denominators';
import { type AnswerRow, type PairUnit, type ProgramData, pairUnits, unitTeamIds } from './program-data';
import { PUPILS_TOTAL, TEACHERS_TOTAL } from './settings';

/** The part of the program a figure is computed for: all of it, one organization, or one form. */
export interface Scope {
  label: string;
  kind: 'all' | 'organization' | 'form';
  mentors: Mentor[];
  mentees: Mentee[];
  /** Team rows in this scope (not people: only «Команды» rules read them). */
  teams: Array<Mentor | Mentee>;
  /** The pairs and groups the scope counts (an organization's: those of its mentees). */
  units: PairUnit[];
  /**
   * Every whole pair or group one of the scope's people is in: what «в паре» means for a person. An
   * organization's mentor who mentors another school's mentee is in a pair for his own school,
   * though the pair is counted at the mentee's — so the schools' people add up to the programme's.
   * Absent: `units`.
   */
  personUnits?: PairUnit[];
  answers: AnswerRow[];
  teachersTotal: Denominator;
  pupilsTotal: Denominator;
}

/** What every scope shares: lookups and the thresholds from «Настройки». */
export interface ScopeContext {
  data: ProgramData;
  /** «Организации» in their order, then names met in «Справочники» and the bases that it does not know. */
  organizations: ScopeOrganization[];
  /** The organization key of what someone typed (through «Организации»). */
  organizationOf(text: string): string;
  /** Whether any counted participant is a pupil or student: otherwise no pupils' total is asked for. */
  hasPupils: boolean;
  totals: TotalsSource;
  youngMaxExperience: number;
  youngMaxAge: number;
  isYoungSpecialist(mentee: Mentee): boolean;
}

const inList = (list: readonly string[]) => {
  const keys = new Set(list.map(textKey));
  return (value: string) => keys.has(textKey(value));
};
export const isTeacher = inList(TEACHER_CATEGORIES);
export const isPupil = inList(PUPIL_CATEGORIES);
const hasLeft = inList(LEFT_STATUSES);

/** Participants that count: rows without errors (see «Проблемы») and not marked «выбыл». */
export function counted<T extends ParticipantBase>(people: readonly T[]): T[] {
  return people.filter((p) => !p.hasErrors && !hasLeft(p.status));
}

export function scopeContext(
  data: ProgramData,
  settings: Settings,
  catalogues: Catalogues,
  directory: OrganizationDirectory = NO_DIRECTORY,
): ScopeContext {
  const youngMaxExperience = settings.number('youngSpecialistMaxExperience');
  const youngMaxAge = settings.number('youngSpecialistMaxAge');
  const young = textKey(YOUNG_SPECIALIST_CATEGORY);
  const organizationOf = memo((text: string) => directory.keyOf(text));
  const organizations = organizationsOf(data, catalogues, directory, organizationOf);
  const people = [...counted(data.mentors), ...counted(data.mentees)];
  return {
    data,
    organizations,
    organizationOf,
    hasPupils: people.some((p) => isPupil(p.category)),
    totals: { settings, organizations, keyOf: organizationOf },
    youngMaxExperience,
    youngMaxAge,
    // a newly appointed head or deputy is a manager, not a young specialist (bases/managers.ts)
    isYoungSpecialist: (m) =>
      textKey(m.category) === young ||
      (!m.newlyAppointed &&
        isTeacher(m.category) &&
        m.experienceYears !== null &&
        m.experienceYears <= youngMaxExperience &&
        (m.age === null || m.age <= youngMaxAge)),
  };
}

function memo(compute: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = compute(text);
      known.set(text, key);
    }
    return key;
  };
}

/** «Организации» in sheet order, then spellings of «Справочники» and the bases it does not know (one per key). */
function organizationsOf(
  data: ProgramData,
  catalogues: Catalogues,
  directory: OrganizationDirectory,
  keyOf: (text: string) => string,
): ScopeOrganization[] {
  const seen = new Map<string, ScopeOrganization>();
  for (const record of directory.organizations) {
    const key = organizationKey(record.name);
    if (key !== '' && !seen.has(key))
      seen.set(key, { key, name: record.name, short: record.short || record.name, record });
  }
  const add = (org: string) => {
    const key = keyOf(org);
    if (key !== '' && !seen.has(key)) seen.set(key, { key, name: org, short: org, record: null });
  };
  catalogues.values('organizations').forEach(add);
  for (const p of [...counted(data.mentors), ...counted(data.mentees)]) add(p.organization);
  return [...seen.values()];
}

export function programScope(context: ScopeContext): Scope {
  const { data } = context;
  return {
    label: 'Вся программа',
    kind: 'all',
    mentors: data.mentors,
    mentees: data.mentees,
    teams: data.teams ?? [],
    units: pairUnits(data.links),
    answers: data.answers,
    teachersTotal: totalFor(TEACHERS_TOTAL, null, context.totals),
    pupilsTotal: pupilsTotal(context, null),
  };
}

/**
 * One organization as its own workbook would see it: its participants (by «Организации», however
 * the name is typed), the pairs and groups of its mentees (a group crossing schools counts its
 * members here), the answers of its participants.
 */
export function organizationScope(context: ScopeContext, organization: ScopeOrganization, all: Scope): Scope {
  const ours = (person: ParticipantBase) => context.organizationOf(person.organization) === organization.key;
  const mentors = all.mentors.filter(ours);
  const mentees = all.mentees.filter(ours);
  const menteeIds = new Set(mentees.map((m) => m.id));
  const units = all.units
    .map((unit) => ({ ...unit, menteeIds: unit.menteeIds.filter((id) => menteeIds.has(id)) }))
    .filter((unit) => unit.menteeIds.length > 0);
  const ids = new Set([...mentors, ...mentees].map((p) => p.id));
  const teams = all.teams.filter(ours);
  const teamIds = new Set(teams.map((t) => t.id));
  const personUnits = all.units.filter(
    (unit) =>
      unit.menteeIds.some((id) => ids.has(id)) ||
      (unit.mentorIds ?? [unit.mentorId]).some((id) => ids.has(id)) ||
      unitTeamIds(unit).some((id) => teamIds.has(id)),
  );
  return {
    label: organization.name,
    kind: 'organization',
    mentors,
    mentees,
    teams,
    units,
    personUnits,
    answers: all.answers.filter((a) => ids.has(a.participantId)),
    teachersTotal: totalFor(TEACHERS_TOTAL, organization, context.totals),
    pupilsTotal: pupilsTotal(context, organization),
  };
}

/** Pupils' total: used whenever it is filled, but asked for only when the programme has pupils. */
function pupilsTotal(context: ScopeContext, organization: ScopeOrganization | null): Denominator {
  const total = totalFor(PUPILS_TOTAL, organization, context.totals);
  return total.value === null && !context.hasPupils ? NO_PUPILS : total;
}

const NOT_BY_FORM: Denominator = { value: null, source: 'по формам не считается', missing: [] };

/** One form (and optionally one role model): its pairs and groups, their participants and answers. */
export function formScope(all: Scope, form: string, roleModel?: string): Scope {
  const units = all.units.filter(
    (u) =>
      textKey(u.form) === textKey(form) && (roleModel === undefined || textKey(u.roleModel) === textKey(roleModel)),
  );
  const menteeIds = new Set(units.flatMap((u) => u.menteeIds));
  const mentorIds = new Set(units.flatMap((u) => u.mentorIds ?? [u.mentorId]));
  const teamIds = new Set(units.flatMap(unitTeamIds));
  return {
    label: roleModel === undefined ? form : `${form}: ${roleModel}`,
    kind: 'form',
    mentors: all.mentors.filter((m) => mentorIds.has(m.id)),
    mentees: all.mentees.filter((m) => menteeIds.has(m.id)),
    teams: all.teams.filter((t) => teamIds.has(t.id)),
    units,
    answers: all.answers.filter((a) => menteeIds.has(a.participantId) || mentorIds.has(a.participantId)),
    teachersTotal: NOT_BY_FORM,
    pupilsTotal: NOT_BY_FORM,
  };
}
