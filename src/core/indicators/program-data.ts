import { type Cell, cellText, type Grid, isBlank } from '../cell';
import type { Mentee, Mentor } from '../bases/participant';
import { readPairRegister } from '../pairs/read-register';
import { mapHeader, rowRecord } from '../sheet/header-map';
import { ANSWER_COLUMNS } from '../survey/answers-layout';
import { parseNumber } from '../text/parse';
import { textKey } from '../text/normalize';

/** One row of «Пары» as the indicators need it. */
export interface PairLink {
  row: number;
  pairId: string;
  groupId: string;
  mentorId: string;
  menteeId: string;
  form: string;
  roleModel: string;
  /** «Вид наставничества» of the row ('' or absent: not recorded). */
  kind?: string;
  organization: string;
  status: string;
  /** Ids of the team rows at the ends of the «Пары» row, when a team stands there (teams/teams.ts). */
  mentorTeamId?: string;
  menteeTeamId?: string;
}

/** A pair or a group: the unit the program counts («пары и группы»). */
export interface PairUnit {
  key: string;
  isGroup: boolean;
  mentorId: string;
  /** Every mentor of the unit: the mentor, or a mentor team's members. */
  mentorIds?: string[];
  menteeIds: string[];
  form: string;
  roleModel: string;
  /** The kind of the unit's first row that names one ('' when none does). */
  kind?: string;
  organization: string;
  /** A group is completed when all its members are, active while any member is. */
  status: 'активна' | 'завершена' | 'расторгнута';
  rows: number[];
  /** The teams (their rows' ids) paired in this unit, by side: what «Команды» rules count. */
  mentorTeamIds?: string[];
  menteeTeamIds?: string[];
}

/** One row of «Ответы». */
export interface AnswerRow {
  row: number;
  /** One submitted form: groups the answers of an anonymous respondent. */
  responseId: string;
  participantId: string;
  role: string;
  template: string;
  wave: string;
  item: string;
  text: string;
  number: number | null;
}

/** Everything the indicators, the summary and the SWOT are computed from, read once. */
export interface ProgramData {
  mentors: Mentor[];
  mentees: Mentee[];
  /** Usable team rows of both bases (population.ts): never people, only what «Команды» counts. */
  teams?: Array<Mentor | Mentee>;
  links: PairLink[];
  answers: AnswerRow[];
}

/** The links of «Пары» the indicators count (the shared register reader, with the fields they use). */
export function readPairLinks(grid: Grid | null): PairLink[] {
  return readPairRegister(grid)
    .filter((pair) => pair.mentorId !== '' || pair.menteeId !== '')
    .map(({ row, pairId, groupId, mentorId, menteeId, form, roleModel, kind, organization, status }) => ({
      row,
      pairId,
      groupId,
      mentorId,
      menteeId,
      form,
      roleModel,
      kind,
      organization,
      status,
    }));
}

/** Individual pairs and groups (all members of a group share «Группа»). */
export function pairUnits(links: readonly PairLink[]): PairUnit[] {
  const units = new Map<string, PairUnit & { statuses: string[] }>();
  for (const link of links) {
    const isGroup = link.groupId !== '';
    const key = isGroup ? `group:${link.groupId}` : `pair:${link.pairId || `${link.mentorId}>${link.menteeId}`}`;
    let unit = units.get(key);
    if (!unit) {
      unit = {
        key,
        isGroup,
        mentorId: link.mentorId,
        mentorIds: [],
        menteeIds: [],
        form: link.form,
        roleModel: link.roleModel,
        kind: link.kind ?? '',
        organization: link.organization,
        status: 'активна',
        rows: [],
        statuses: [],
      };
      units.set(key, unit);
    }
    if (unit.kind === '' && link.kind) unit.kind = link.kind;
    // A team's pair stands on one row for all its members: each person and row is listed once.
    if (link.mentorId !== '' && !unit.mentorIds?.includes(link.mentorId)) unit.mentorIds?.push(link.mentorId);
    if (link.menteeId !== '' && !unit.menteeIds.includes(link.menteeId)) unit.menteeIds.push(link.menteeId);
    if (!unit.rows.includes(link.row)) unit.rows.push(link.row);
    addTeam(unit, 'mentorTeamIds', link.mentorTeamId);
    addTeam(unit, 'menteeTeamIds', link.menteeTeamId);
    unit.statuses.push(link.status);
  }
  return [...units.values()].map(({ statuses, ...unit }) => ({ ...unit, status: unitStatus(statuses) }));
}

/** The team rows a unit pairs, both sides. */
export function unitTeamIds(unit: PairUnit): string[] {
  return [...(unit.mentorTeamIds ?? []), ...(unit.menteeTeamIds ?? [])];
}

function addTeam(unit: PairUnit, side: 'mentorTeamIds' | 'menteeTeamIds', id: string | undefined): void {
  if (id === undefined) return;
  const ids = unit[side] ?? [];
  if (!ids.includes(id)) ids.push(id);
  unit[side] = ids;
}

function unitStatus(statuses: readonly string[]): PairUnit['status'] {
  if (statuses.some((s) => s !== 'завершена' && s !== 'расторгнута')) return 'активна';
  if (statuses.some((s) => s === 'завершена')) return 'завершена';
  return 'расторгнута';
}

export function readAnswers(grid: Grid | null): AnswerRow[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], ANSWER_COLUMNS);
  const answers: AnswerRow[] = [];
  grid.slice(1).forEach((cells, i) => {
    const r = rowRecord(cells, map);
    const t = (key: string) => cellText(r[key] ?? null);
    if (t('item') === '' || isBlank(r.value ?? null)) return;
    answers.push({
      row: i + 2,
      responseId: t('responseId'),
      participantId: t('participantId'),
      role: t('role'),
      template: t('template'),
      wave: textKey(t('wave')),
      item: t('item'),
      text: t('value'),
      number: numberOf(r.value ?? null),
    });
  });
  return answers;
}

function numberOf(cell: Cell): number | null {
  const parsed = parseNumber(cell);
  return parsed.ok ? parsed.value : null;
}
