import type { Mentee, Mentor, ParticipantBase } from '../bases/participant';
import type { Catalogues } from '../catalogues/catalogues';
import type { Settings } from '../settings/settings';
import { textKey } from '../text/normalize';
import { LEFT_STATUSES, PUPIL_CATEGORIES, TEACHER_CATEGORIES, YOUNG_SPECIALIST_CATEGORY } from './catalogue';
import { type Denominator, totalFor } from './denominators';
import { type AnswerRow, type PairUnit, type ProgramData, pairUnits } from './program-data';
import { PUPILS_TOTAL, TEACHERS_TOTAL } from './settings';

/** The part of the program a figure is computed for: all of it, one organization, or one form. */
export interface Scope {
  label: string;
  kind: 'all' | 'organization' | 'form';
  mentors: Mentor[];
  mentees: Mentee[];
  units: PairUnit[];
  answers: AnswerRow[];
  teachersTotal: Denominator;
  pupilsTotal: Denominator;
}

/** What every scope shares: lookups and the thresholds from «Настройки». */
export interface ScopeContext {
  data: ProgramData;
  organizations: string[];
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

export function scopeContext(data: ProgramData, settings: Settings, catalogues: Catalogues): ScopeContext {
  const youngMaxExperience = settings.number('youngSpecialistMaxExperience');
  const youngMaxAge = settings.number('youngSpecialistMaxAge');
  const young = textKey(YOUNG_SPECIALIST_CATEGORY);
  return {
    data,
    organizations: organizationsOf(data, catalogues),
    youngMaxExperience,
    youngMaxAge,
    isYoungSpecialist: (m) =>
      textKey(m.category) === young ||
      (isTeacher(m.category) &&
        m.experienceYears !== null &&
        m.experienceYears <= youngMaxExperience &&
        (m.age === null || m.age <= youngMaxAge)),
  };
}

/** Organizations in catalogue order, then those met in the data (first spelling wins). */
function organizationsOf(data: ProgramData, catalogues: Catalogues): string[] {
  const seen = new Map<string, string>();
  const add = (org: string) => {
    if (org !== '' && !seen.has(textKey(org))) seen.set(textKey(org), org);
  };
  catalogues.values('organizations').forEach(add);
  for (const p of [...counted(data.mentors), ...counted(data.mentees)]) add(p.organization);
  return [...seen.values()];
}

export function programScope(context: ScopeContext, settings: Settings): Scope {
  const { data } = context;
  return {
    label: 'Вся программа',
    kind: 'all',
    mentors: data.mentors,
    mentees: data.mentees,
    units: pairUnits(data.links),
    answers: data.answers,
    teachersTotal: totalFor(TEACHERS_TOTAL, null, context.organizations, settings),
    pupilsTotal: totalFor(PUPILS_TOTAL, null, context.organizations, settings),
  };
}

/** One organization: its participants, the pairs of its mentees, the answers of its participants. */
export function organizationScope(context: ScopeContext, settings: Settings, organization: string, all: Scope): Scope {
  const key = textKey(organization);
  const mentors = all.mentors.filter((m) => textKey(m.organization) === key);
  const mentees = all.mentees.filter((m) => textKey(m.organization) === key);
  const menteeOrg = new Map(all.mentees.map((m) => [m.id, textKey(m.organization)]));
  const units = all.units.filter(
    (u) =>
      textKey(u.organization || '') === key ||
      (u.organization === '' && u.menteeIds.some((id) => menteeOrg.get(id) === key)),
  );
  const ids = new Set([...mentors, ...mentees].map((p) => p.id));
  return {
    label: organization,
    kind: 'organization',
    mentors,
    mentees,
    units,
    answers: all.answers.filter((a) => ids.has(a.participantId)),
    teachersTotal: totalFor(TEACHERS_TOTAL, organization, context.organizations, settings),
    pupilsTotal: totalFor(PUPILS_TOTAL, organization, context.organizations, settings),
  };
}

const NOT_BY_FORM: Denominator = { value: null, source: 'по формам не считается', missing: [] };

/** One form (and optionally one role model): its pairs and groups, their participants and answers. */
export function formScope(all: Scope, form: string, roleModel?: string): Scope {
  const units = all.units.filter(
    (u) =>
      textKey(u.form) === textKey(form) && (roleModel === undefined || textKey(u.roleModel) === textKey(roleModel)),
  );
  const menteeIds = new Set(units.flatMap((u) => u.menteeIds));
  const mentorIds = new Set(units.map((u) => u.mentorId));
  return {
    label: roleModel === undefined ? form : `${form}: ${roleModel}`,
    kind: 'form',
    mentors: all.mentors.filter((m) => mentorIds.has(m.id)),
    mentees: all.mentees.filter((m) => menteeIds.has(m.id)),
    units,
    answers: all.answers.filter((a) => menteeIds.has(a.participantId) || mentorIds.has(a.participantId)),
    teachersTotal: NOT_BY_FORM,
    pupilsTotal: NOT_BY_FORM,
  };
}
