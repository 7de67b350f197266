import type { Mentee, Mentor, ParticipantBase } from '../bases/participant';
import type { AnswerRow, PairLink } from '../indicators/program-data';
import type { PairRecord } from '../pairs/register-layout';
import { personKey } from '../text/normalize';

/** A «Пары» row left out of every figure, with the reason in words for «Проблемы». */
export interface ExcludedLink {
  row: number;
  reason: string;
}

/**
 * Who the statistics may see. Usable = consent to personal-data processing (for a minor, the
 * representative's) and no blocking error in the row. People without consent never enter any
 * figure; their pairs and answers are left out too (a pair counts only when both ends are usable).
 */
export interface Population {
  mentors: Mentor[];
  mentees: Mentee[];
  /** Team rows (both bases) whose members all consented: counted as teams, never as people. */
  teams: Array<Mentor | Mentee>;
  links: PairLink[];
  excludedLinks: ExcludedLink[];
  /** Answers of usable people and anonymous answers (no participant id). */
  answers: AnswerRow[];
  /** Rows of the bases left out: no consent / an error (a person may be both). */
  withoutConsent: number;
  withErrors: number;
}

export function isUsable(person: ParticipantBase): boolean {
  return person.hasConsent && !person.hasErrors;
}

export interface PopulationInput {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly PairRecord[];
  answers: readonly AnswerRow[];
}

export function buildPopulation(input: PopulationInput): Population {
  // A team is not a person: its members (rows of their own) are counted, the team only as a pair.
  const mentors = input.mentors.filter((p) => isUsable(p) && !p.team);
  const mentees = input.mentees.filter((p) => isUsable(p) && !p.team);
  const teams = [...input.mentors, ...input.mentees].filter((p) => isUsable(p) && p.team !== undefined);
  const resolve = resolver(input.mentors, input.mentees);
  const links: PairLink[] = [];
  const excludedLinks: ExcludedLink[] = [];
  for (const pair of input.pairs) {
    const mentor = resolve.mentor(pair);
    const mentee = resolve.mentee(pair);
    const reason = exclusionReason(pair, mentor, mentee);
    if (reason !== null) {
      excludedLinks.push({ row: pair.row, reason });
      continue;
    }
    const link: PairLink = {
      row: pair.row,
      pairId: pair.pairId,
      groupId: pair.groupId,
      mentorId: (mentor as Mentor).id,
      menteeId: (mentee as Mentee).id,
      form: pair.form,
      roleModel: pair.roleModel,
      kind: pair.kind,
      organization: pair.organization || (mentee as Mentee).organization,
      status: pair.status,
    };
    links.push(...teamLinks(link, mentor as Mentor, mentee as Mentee));
  }
  const known = new Map<string, ParticipantBase>();
  for (const person of [...input.mentors, ...input.mentees]) known.set(person.id, person);
  const answers = input.answers.filter((answer) => {
    if (answer.participantId === '') return true;
    const person = known.get(answer.participantId);
    return person !== undefined && isUsable(person);
  });
  const everyone = [...input.mentors, ...input.mentees];
  return {
    mentors,
    mentees,
    teams,
    links,
    excludedLinks,
    answers,
    withoutConsent: everyone.filter((p) => !p.hasConsent).length,
    withErrors: everyone.filter((p) => p.hasErrors).length,
  };
}

/**
 * A row of «Пары» with a team at one end stands for its members: one link per mentor member ×
 * mentee member, all under the row's pair id (so the row stays one pair, or one member of its
 * group), which the statistics read as people.
 */
function teamLinks(link: PairLink, mentor: Mentor, mentee: Mentee): PairLink[] {
  if (!mentor.team && !mentee.team) return [link];
  const people = (p: Mentor | Mentee) => (p.team ? p.team.members.filter(isUsable).map((m) => m.id) : [p.id]);
  const pairId = link.pairId || `строка ${link.row}`;
  const teams = {
    ...(mentor.team ? { mentorTeamId: mentor.id } : {}),
    ...(mentee.team ? { menteeTeamId: mentee.id } : {}),
  };
  return people(mentor).flatMap((mentorId) =>
    people(mentee).map((menteeId) => ({ ...link, pairId, mentorId, menteeId, ...teams })),
  );
}

function exclusionReason(pair: PairRecord, mentor: Mentor | undefined, mentee: Mentee | undefined): string | null {
  const who = (role: string, name: string, id: string) => `${role} ${name || id || '(не указан)'}`;
  if (!mentor) return `${who('наставник', pair.mentorName, pair.mentorId)} не найден в базе наставников`;
  if (!mentee) return `${who('наставляемый', pair.menteeName, pair.menteeId)} не найден в базе наставляемых`;
  for (const person of [mentor, mentee]) {
    const role = person.role === 'mentor' ? 'наставника' : 'наставляемого';
    if (!person.hasConsent)
      return `у ${role} (строка ${person.row}) нет согласия на обработку персональных данных — пара не входит в статистику`;
    if (person.hasErrors)
      return `в строке ${person.row} ${role} есть ошибки (см. «Проблемы») — пара не входит в статистику`;
  }
  return null;
}

/** Finds the people of a «Пары» row by id, or by name when the id is empty or stale. */
function resolver(mentors: readonly Mentor[], mentees: readonly Mentee[]) {
  const byId = <T extends ParticipantBase>(people: readonly T[]) => new Map(people.map((p) => [p.id, p]));
  const byName = <T extends ParticipantBase>(people: readonly T[]) => {
    const map = new Map<string, T | null>();
    for (const p of people) map.set(p.personKey, map.has(p.personKey) ? null : p); // null: the name is ambiguous
    return map;
  };
  const [mentorIds, menteeIds, mentorNames, menteeNames] = [
    byId(mentors),
    byId(mentees),
    byName(mentors),
    byName(mentees),
  ];
  return {
    mentor: (pair: PairRecord) =>
      mentorIds.get(pair.mentorId) ??
      (pair.mentorName ? mentorNames.get(personKey(pair.mentorName)) : undefined) ??
      undefined,
    mentee: (pair: PairRecord) =>
      menteeIds.get(pair.menteeId) ??
      (pair.menteeName ? menteeNames.get(personKey(pair.menteeName)) : undefined) ??
      undefined,
  };
}
