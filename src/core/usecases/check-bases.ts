import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../bases/layouts';
import type { ParticipantBase } from '../bases/participant';
import { isUsable } from '../program/population';
import type { Bases } from '../bases/read-bases';
import { loadProgram } from '../bases/read-bases';
import { ORGANIZATIONS_SHEET, readDirectory } from '../organizations/organizations-sheet';
import { unknownSpellings } from '../organizations/unknown-spellings';
import { readPairRegister } from '../pairs/read-register';
import { PAIRS_SHEET } from '../pairs/register-layout';
import type { Problem } from '../problems/problem';
import { writeAssignedIds } from '../bases/write-ids';
import { type Outcome, outcome } from '../outcome';
import type { Env } from '../ports';
import { writeProblems } from '../problems/problems-sheet';

export const CHECK_SOURCE = 'Проверка баз';

/**
 * «Проверить базы»: reads both bases by header names, normalizes them, assigns ids to new
 * participants and lists every problem in «Проблемы». One bad row never stops the rest.
 */
export function checkBases(env: Env): Outcome {
  const ru = env.locale !== 'en';
  env.progress.report(ru ? 'Читаю базы…' : 'Reading the bases…');
  const { settings, bases } = loadProgram(env.workbook, env.clock.now());
  writeAssignedIds(env.workbook, bases);
  const problems = [...settings.problems, ...bases.problems, ...registerConsent(env, bases)];
  const organizations = readDirectory(env.workbook.readSheet(ORGANIZATIONS_SHEET), problems);
  problems.push(
    ...unknownSpellings(organizations, [
      ...bases.mentors.map((p) => ({
        text: p.organization,
        sheet: MENTOR_LAYOUT.sheet,
        row: p.row,
        column: 'Организация',
      })),
      ...bases.mentees.map((p) => ({
        text: p.organization,
        sheet: MENTEE_LAYOUT.sheet,
        row: p.row,
        column: 'Организация',
      })),
    ]),
  );
  writeProblems(env.workbook, CHECK_SOURCE, problems, env.clock.now());
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  // ready = what the statistics may count (population.ts, one definition)
  const readyOf = (part: readonly ParticipantBase[]) => part.filter(isUsable).length;
  const ready = { mentors: readyOf(bases.mentors), mentees: readyOf(bases.mentees) };
  // a team's row is a team, not one more person: people and teams are counted apart
  const counted = (list: ReadonlyArray<ParticipantBase & { team?: unknown }>, ru: boolean) => {
    const teams = list.filter((p) => p.team);
    const people = list.filter((p) => !p.team);
    const base = ru
      ? `${people.length}, из них готовы к подбору: ${readyOf(people)}`
      : `${people.length}, ready for matching: ${readyOf(people)}`;
    if (teams.length === 0) return `${base}.`;
    return ru
      ? `${base}; команд: ${teams.length}, готовы: ${readyOf(teams)}.`
      : `${base}; teams: ${teams.length}, ready: ${readyOf(teams)}.`;
  };
  const lines = ru
    ? [
        `Наставников: ${counted(bases.mentors, true)}`,
        `Наставляемых: ${counted(bases.mentees, true)}`,
        problems.length === 0
          ? 'Проблем не найдено.'
          : `Найдено ошибок: ${errors}, предупреждений: ${warnings} — список на листе «Проблемы».`,
      ]
    : [
        `Mentors: ${counted(bases.mentors, false)}`,
        `Mentees: ${counted(bases.mentees, false)}`,
        problems.length === 0
          ? 'No problems found.'
          : `Errors: ${errors}, warnings: ${warnings} — see the «Проблемы» sheet.`,
      ];
  return outcome(ru ? 'Проверка баз' : 'Bases checked', lines, {
    mentors: bases.mentors.length,
    mentees: bases.mentees.length,
    errors,
    warnings,
    readyMentors: ready.mentors,
    readyMentees: ready.mentees,
  });
}

/**
 * The register's consent gate: an active pair in «Пары» (typed in by hand, or approved before a
 * consent was withdrawn or found to be dated in the future) whose participant has no consent now.
 * The documents and statistics leave such pairs out; the curator is told here, at the row.
 */
function registerConsent(env: Env, bases: Bases): Problem[] {
  const mentors = new Map(bases.mentors.map((m) => [m.id, m]));
  const mentees = new Map(bases.mentees.map((m) => [m.id, m]));
  const problems: Problem[] = [];
  for (const pair of readPairRegister(env.workbook.readSheet(PAIRS_SHEET))) {
    if (pair.status !== 'активна') continue;
    const mentor = mentors.get(pair.mentorId);
    const mentee = mentees.get(pair.menteeId);
    const person = mentor && !mentor.hasConsent ? mentor : mentee && !mentee.hasConsent ? mentee : null;
    if (!person) continue;
    const whose =
      person.role === 'mentor'
        ? 'наставника'
        : mentee?.isMinor
          ? 'законного представителя наставляемого'
          : 'наставляемого';
    const sheet = person.role === 'mentor' ? 'Наставники' : 'Наставляемые';
    problems.push({
      sheet: PAIRS_SHEET,
      row: pair.row,
      column: person.role === 'mentor' ? 'ID наставника' : 'ID наставляемого',
      value: person.id,
      message: `Активная пара без согласия ${whose} ${person.fio} на обработку ПДн (лист «${sheet}», строка ${person.row}): пара не войдёт в приказ и индивидуальные планы, пока согласие не внесено`,
      severity: 'error',
    });
  }
  return problems;
}
