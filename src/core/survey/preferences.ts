/**
 * Turns the answers of the «preferences» questionnaire into the «Предпочтения» table: each
 * ranked choice («ФИО (организация)», as the form listed it) resolved to a participant id.
 */
import { type Cell, cellText } from '../cell';
import type { Problem } from '../problems/problem';
import { mergeOwnedTable, type OwnedTableSpec } from '../sheet/owned-table';
import type { Grid } from '../cell';
import { cleanText, personKey } from '../text/normalize';
import type { AnswerRow } from './answers-table';
import { ANSWERS_SHEET } from './answers-layout';
import { PREFERENCE_COLUMNS, PREFERENCES_SHEET } from './preferences-layout';
import { organizationKey, type Roster, type RosterPerson } from './roster';
import type { SurveyTemplate } from './template';

const ROLE_LABEL = { mentor: 'наставник', mentee: 'наставляемый' } as const;

const spec: OwnedTableSpec = {
  columns: PREFERENCE_COLUMNS.map((c) => ({ key: c.key, header: c.header, editable: c.key === 'comment' })),
  keyOf: (r) => `${cellText(r.responseId)}\u0001${cellText(r.rank)}\u0001${cellText(r.chosenName)}`,
};

export function buildPreferences(
  existing: Grid | null,
  answers: readonly AnswerRow[],
  template: SurveyTemplate | undefined,
  roster: Roster,
  problems: Problem[],
): Grid {
  const rankOf = new Map(
    (template?.items ?? [])
      .filter((i) => i.kind === 'rank')
      .map((i) => [i.code, { rank: i.rank ?? 1, side: i.choicesFrom === 'mentees' ? 'mentee' : 'mentor' }]),
  );
  const generated: Record<string, Cell>[] = [];
  for (const row of answers) {
    if (row.template !== template?.code) continue;
    const rank = rankOf.get(row.item);
    if (!rank || cellText(row.value) === '') continue;
    const chosen = resolveChoice(roster, cellText(row.value), rank.side as 'mentor' | 'mentee');
    const respondent = roster.byId.get(row.participantId);
    if (!chosen) {
      problems.push({
        sheet: ANSWERS_SHEET,
        row: null,
        column: 'Ответ',
        value: cellText(row.value),
        message: `Предпочтения: «${cellText(row.value)}» не найден среди участников базы (ответ ${row.responseId})`,
        severity: 'warning',
      });
    }
    generated.push({
      respondentId: row.participantId || null,
      respondentName: respondent?.fio ?? null,
      respondentRole: respondent ? ROLE_LABEL[respondent.role] : row.role || null,
      rank: rank.rank,
      chosenId: chosen?.id ?? null,
      chosenName: chosen?.fio ?? cellText(row.value),
      responseId: row.responseId,
      timestamp: row.timestamp,
    });
  }
  generated.sort(
    (a, b) =>
      cellText(a.respondentName).localeCompare(cellText(b.respondentName), 'ru') || Number(a.rank) - Number(b.rank),
  );
  return mergeOwnedTable(existing, spec, generated).grid;
}

/** «Иванова Мария Петровна (МБОУ СОШ № 1)» → the person of that side with that name (and organization). */
export function resolveChoice(roster: Roster, label: string, side: 'mentor' | 'mentee'): RosterPerson | undefined {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(cleanText(label));
  const fio = match ? match[1] : cleanText(label);
  const organization = match ? match[2] : '';
  const candidates = (roster.byName.get(personKey(fio)) ?? []).filter((p) => p.role === side);
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((p) => organizationKey(p.organization) === organizationKey(organization));
}

export { PREFERENCES_SHEET };
