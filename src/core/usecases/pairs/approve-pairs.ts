import { type Cell, cellText, type Grid, rectangular } from '../../cell';
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../../bases/layouts';
import type { Participant } from '../../bases/participant';
import { basesFromGrids } from '../../bases/read-bases';
import { Catalogues } from '../../catalogues/catalogues';
import { CATALOGUES_SHEET, KINDS_HEADER } from '../../catalogues/defaults';
import {
  nextStatus,
  type PairLink,
  STATUS_FINISHED,
  STATUS_IN_PAIR,
  statusesFromRegister,
} from '../../pairs/participant-status';
import type { Problem } from '../../problems/problem';
import { writeProblems } from '../../problems/problems-sheet';
import { Settings, SETTINGS_SHEET } from '../../settings/settings';
import { DECISION_ACCEPT, DECISION_PIN, DRAFT_SHEET, type DraftRow, readDraft } from '../../matching/draft-sheet';
import { readRegister, type RegisterPair } from '../../matching/register';
import { type Outcome, outcome } from '../../outcome';
import { PAIR_COLUMNS, PAIRS_SHEET } from '../../pairs/register-layout';
import type { Env, WorkbookPort } from '../../ports';
import { UNMATCHED_SHEET } from '../../matching/unmatched-sheet';
import { writeWithoutPair } from './without-pair-sheet';
import { cellOf, mapHeader } from '../../sheet/header-map';
import type { ColumnSpec } from '../../sheet/layout';
import { type CatalogueColumns, layoutFormat } from '../../sheet/layout-format';
import { writeGrid } from '../../sheet/owned-table';
import { textKey } from '../../text/normalize';

/**
 * «Утвердить пары»: rows of «Пары (черновик)» marked «принять» or «закрепить» go to the register
 * «Пары» (new pair ids, start date today, status «активна»), leave the draft, and the bases'
 * «Наставник» / «Наставляемые» columns show the active pairs. Register rows are only appended:
 * what the curator typed there is never rewritten. Each sheet is read once and written once.
 */
export interface ApproveOptions {
  /** Also approve the proposals the curator left without a decision (CLI `approve --all`, the demo). */
  acceptUndecided?: boolean;
  /** With `acceptUndecided`: only proposals scoring at least this much (the rest stay in the draft). */
  minScore?: number;
}

export function approvePairs(env: Env, options: ApproveOptions = {}): Outcome {
  const { workbook } = env;
  const draftGrid = workbook.readSheet(DRAFT_SHEET);
  const draft = readDraft(draftGrid);
  const chosen = draft.filter(
    (row) =>
      row.decision === DECISION_ACCEPT ||
      row.decision === DECISION_PIN ||
      (options.acceptUndecided === true &&
        row.decision === '' &&
        row.unknownDecision === '' &&
        scoreOf(row) >= (options.minScore ?? 0)),
  );
  if (chosen.length === 0) {
    // A pair the curator closed in «Пары» still moves its people's status.
    const [mentors, mentees] = [workbook.readSheet(MENTORS_SHEET), workbook.readSheet(MENTEES_SHEET)];
    const { members } = consentCheck(workbook, workbook.readSheet(CATALOGUES_SHEET), mentors, mentees, env.clock.now());
    const moved = syncStatuses(workbook, readRegister(workbook.readSheet(PAIRS_SHEET)), mentors, mentees, members);
    if (workbook.sheetNames().includes(UNMATCHED_SHEET)) writeWithoutPair(workbook, env.clock.now(), new Map());
    return {
      status: 'nothing-to-do',
      title: 'Нечего утверждать',
      lines: [
        `На листе «${DRAFT_SHEET}» нет строк с решением «принять» или «закрепить».`,
        ...(moved > 0 ? [statusLine(moved)] : []),
      ],
    };
  }
  const registerGrid = workbook.readSheet(PAIRS_SHEET);
  const register = readRegister(registerGrid);
  const mentorGrid = workbook.readSheet(MENTORS_SHEET);
  const menteeGrid = workbook.readSheet(MENTEES_SHEET);
  const mentorNames = columnById(mentorGrid, MENTOR_COLUMNS, 'fio');
  const menteeNames = columnById(menteeGrid, MENTEE_COLUMNS, 'fio');
  const catalogueGrid = workbook.readSheet(CATALOGUES_SHEET);
  const consent = consentCheck(workbook, catalogueGrid, mentorGrid, menteeGrid, env.clock.now());
  const problems: Problem[] = [];

  const activeForms = new Set(register.filter((p) => p.active).map((p) => `${p.menteeId}\u0001${textKey(p.form)}`));
  const skipped: string[] = [];
  const approved: DraftRow[] = [];
  for (const row of chosen) {
    const form = cellText(row.record.form);
    const place = `строка ${row.row}`;
    if (!mentorNames.has(row.mentorId)) skipped.push(`${place}: наставника ${row.mentorId} нет в базе`);
    else if (!menteeNames.has(row.menteeId)) skipped.push(`${place}: наставляемого ${row.menteeId} нет в базе`);
    else if (consent.refusal(row) !== null) {
      const refusal = consent.refusal(row) as string;
      skipped.push(`${place}: ${refusal} — пара не утверждена`);
      problems.push({
        sheet: DRAFT_SHEET,
        row: row.row,
        column: 'Решение',
        value: cellText(row.record.decision),
        message: `${refusal}: пара не утверждена. Внесите дату согласия в базу и повторите «Утвердить пары»`,
        severity: 'error',
      });
    } else if (activeForms.has(`${row.menteeId}\u0001${textKey(form)}`)) {
      skipped.push(
        `${place}: у наставляемого ${menteeNames.get(row.menteeId)} уже есть активная пара в форме «${form}»`,
      );
    } else {
      activeForms.add(`${row.menteeId}\u0001${textKey(form)}`);
      approved.push(row);
    }
  }

  const newPairs = appendToRegister(
    workbook,
    registerGrid,
    register,
    approved,
    mentorNames,
    menteeNames,
    columnById(menteeGrid, MENTEE_COLUMNS, 'organization'),
    env.clock.now(),
    kindsColumn(catalogueGrid),
  );
  const approvedRows = new Set(approved.map((row) => row.row));
  const remaining = (draftGrid ?? []).filter((_, i) => i === 0 || !approvedRows.has(i + 1));
  writeGrid(workbook, DRAFT_SHEET, remaining, draftGrid?.length ?? 0);

  const active = [...register, ...newPairs].filter((p) => p.active);
  updateBaseColumn(
    workbook,
    MENTEES_SHEET,
    menteeGrid,
    MENTEE_COLUMNS,
    'mentor',
    groupNames(active, 'menteeId', 'mentorId', mentorNames),
  );
  updateBaseColumn(
    workbook,
    MENTORS_SHEET,
    mentorGrid,
    MENTOR_COLUMNS,
    'assigned',
    groupNames(active, 'mentorId', 'menteeId', menteeNames),
  );

  const moved = syncStatuses(workbook, [...register, ...newPairs], mentorGrid, menteeGrid, consent.members);

  writeProblems(workbook, APPROVE_SOURCE, problems, env.clock.now());
  // «Без пары» follows the register: the approved leave it (the one definition of П-05)
  const withoutPair = writeWithoutPair(workbook, env.clock.now(), new Map());

  const lines = [
    `Утверждено пар: ${newPairs.length} — добавлены в реестр «${PAIRS_SHEET}» со статусом «активна».`,
    'В базах заполнены столбцы «Наставник» и «Наставляемые».',
  ];
  if (moved > 0)
    lines.push(
      `Обновлён «Статус» участников: ${moved} («${STATUS_IN_PAIR}» или «${STATUS_FINISHED}»; ваши статусы не тронуты).`,
    );
  lines.push(`Наставляемых без пары (лист «${UNMATCHED_SHEET}», показатель П-05): ${withoutPair}.`);
  if (skipped.length > 0) lines.push(`Не утверждено: ${skipped.length}.`, ...skipped.map((s) => `• ${s}`));
  return outcome('Пары утверждены', lines, { approved: newPairs.length, skipped: skipped.length, withoutPair });
}

export const APPROVE_SOURCE = 'Утверждение пар';

/**
 * The consent gate of the register: a draft row is approved only when both people have consent
 * by the one definition of the bases (a minor's is the legal representative's; a future date is none).
 */
function consentCheck(
  workbook: WorkbookPort,
  catalogueGrid: Grid | null,
  mentorGrid: Grid | null,
  menteeGrid: Grid | null,
  today: Date,
) {
  const settings = Settings.fromSheet(workbook.readSheet(SETTINGS_SHEET));
  const catalogues = Catalogues.fromSheet(catalogueGrid);
  const bases = basesFromGrids({ mentors: mentorGrid, mentees: menteeGrid }, settings, catalogues, today);
  const mentors = new Map(bases.mentors.map((m) => [m.id, m]));
  const mentees = new Map(bases.mentees.map((m) => [m.id, m]));
  const members: TeamMembers = new Map(
    [...bases.mentors, ...bases.mentees].flatMap((p) =>
      p.team ? [[`${p.role}\u0001${p.id}`, p.team.members.map((m) => ({ id: m.id, role: m.role }))] as const] : [],
    ),
  );
  return {
    /** A team's pair moves its members' «Статус» too. */
    members,
    refusal(row: DraftRow): string | null {
      return withoutConsent(mentors.get(row.mentorId)) ?? withoutConsent(mentees.get(row.menteeId));
    },
  };
}

function withoutConsent(person: Participant | undefined): string | null {
  if (!person || person.hasConsent) return null;
  const sheet = person.role === 'mentor' ? MENTORS_SHEET : MENTEES_SHEET;
  const whose =
    person.role === 'mentor'
      ? 'наставника'
      : person.isMinor
        ? 'законного представителя наставляемого'
        : 'наставляемого';
  return `нет согласия ${whose} ${person.fio} на обработку ПДн (лист «${sheet}», строка ${person.row})`;
}

/** Participant id → one column's text (the name, the organization) from a base grid. */
function columnById(grid: Grid | null, columns: ColumnSpec[], key: string): Map<string, string> {
  const values = new Map<string, string>();
  if (!grid || grid.length === 0) return values;
  const map = mapHeader(grid[0], columns);
  const id = map.index.get('id');
  if (id === undefined || (map.index.get(key) === undefined && !(key === 'fio' && map.nameParts))) return values;
  for (const row of grid.slice(1))
    if (cellText(row[id]) !== '') values.set(cellText(row[id]), cellText(cellOf(row, map, key)));
  return values;
}

function appendToRegister(
  workbook: WorkbookPort,
  grid: Grid | null,
  register: RegisterPair[],
  rows: DraftRow[],
  mentorNames: Map<string, string>,
  menteeNames: Map<string, string>,
  menteeOrganizations: Map<string, string>,
  today: Date,
  kinds: CatalogueColumns | undefined,
): RegisterPair[] {
  if (rows.length === 0) return [];
  const current = rectangular(grid ?? []);
  const header: Cell[] = current.length > 0 ? [...current[0]] : [];
  const map = mapHeader(header, PAIR_COLUMNS);
  const index = new Map(map.index);
  for (const column of map.missing) {
    index.set(column.key, header.length);
    header.push(column.header);
  }
  let nextPair = nextNumber(
    register.map((p) => p.pairId),
    'П-',
  );
  let nextGroup = nextNumber(
    register.map((p) => p.groupId),
    'Г-',
  );
  const groupIds = new Map<string, string>();
  const added: RegisterPair[] = [];
  const values: Cell[][] = rows.map((row) => {
    const label = cellText(row.record.group);
    let groupId = '';
    if (label !== '') {
      groupId = groupIds.get(label) ?? `Г-${String(nextGroup++).padStart(4, '0')}`;
      groupIds.set(label, groupId);
    }
    const pairId = `П-${String(nextPair++).padStart(4, '0')}`;
    const form = cellText(row.record.form);
    added.push({ pairId, groupId, mentorId: row.mentorId, menteeId: row.menteeId, form, active: true });
    const record: Record<string, Cell> = {
      pairId,
      groupId,
      mentorId: row.mentorId,
      mentorName: mentorNames.get(row.mentorId) ?? cellText(row.record.mentorName),
      menteeId: row.menteeId,
      menteeName: menteeNames.get(row.menteeId) ?? cellText(row.record.menteeName),
      form,
      roleModel: cellText(row.record.roleModel),
      kind: cellText(row.record.kind),
      organization: menteeOrganizations.get(row.menteeId) ?? '',
      startDate: today,
      endDate: null,
      status: 'активна',
      score: typeof row.record.score === 'number' ? row.record.score : null,
      explanation: cellText(row.record.explanation),
      orderRef: '',
      comment: cellText(row.record.comment),
    };
    const line: Cell[] = new Array(header.length).fill(null);
    for (const [key, i] of index) line[i] = record[key] ?? null;
    return line;
  });
  workbook.ensureSheet(PAIRS_SHEET);
  if (map.missing.length > 0) {
    // A new register or one missing standard columns: the header gains them, old rows are kept as they are.
    const oldRows = current.slice(1).map((row) => [...row, ...new Array<Cell>(header.length - row.length).fill(null)]);
    workbook.writeBlock(PAIRS_SHEET, { row: 1, col: 1, values: [header, ...oldRows, ...values] });
  } else {
    workbook.writeBlock(PAIRS_SHEET, { row: current.length + 1, col: 1, values });
  }
  workbook.formatSheet(
    PAIRS_SHEET,
    layoutFormat({ sheet: PAIRS_SHEET, columns: PAIR_COLUMNS }, mapHeader(header, PAIR_COLUMNS), kinds),
  );
  return added;
}

/**
 * Where «Виды наставничества» stands in «Справочники», so that the register's «Вид наставничества»
 * gets its dropdown (only that column: the register's other columns keep the format they had).
 */
function kindsColumn(grid: Grid | null): CatalogueColumns | undefined {
  const header = grid?.[0] ?? [];
  const col = header.findIndex((cell) => textKey(cellText(cell)) === textKey(KINDS_HEADER));
  if (col < 0) return undefined;
  return { sheet: CATALOGUES_SHEET, columns: new Map([['kinds', col + 1]]), lastRow: (grid?.length ?? 1) + 200 };
}

function nextNumber(ids: string[], prefix: string): number {
  let max = 0;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max + 1;
}

/** Person id → the names of their active partners, «; »-separated. */
function groupNames(
  pairs: RegisterPair[],
  ownKey: 'menteeId' | 'mentorId',
  otherKey: 'menteeId' | 'mentorId',
  names: Map<string, string>,
): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const pair of pairs) {
    const list = lists.get(pair[ownKey]) ?? [];
    const name = names.get(pair[otherKey]) ?? pair[otherKey];
    if (!list.includes(name)) list.push(name);
    lists.set(pair[ownKey], list);
  }
  return new Map([...lists].map(([id, list]) => [id, list.join('; ')]));
}

/**
 * Rewrites one column of a base in a single write: participants with active pairs get their
 * partners' names; every other cell keeps what it holds. A missing column is added at the end.
 */
function updateBaseColumn(
  workbook: WorkbookPort,
  sheet: string,
  grid: Grid | null,
  columns: ColumnSpec[],
  key: string,
  values: Map<string, string>,
): void {
  if (!grid || grid.length < 2) return;
  const map = mapHeader(grid[0], columns);
  const idCol = map.index.get('id');
  if (idCol === undefined) return;
  const existing = map.index.get(key);
  const col = existing ?? grid[0].length;
  const spec = columns.find((c) => c.key === key) as ColumnSpec;
  const cells: Cell[][] = grid.slice(1).map((row) => {
    const wanted = values.get(cellText(row[idCol]));
    return [wanted ?? (existing === undefined ? null : (row[col] ?? null))];
  });
  if (existing === undefined) workbook.writeBlock(sheet, { row: 1, col: col + 1, values: [[spec.header], ...cells] });
  else workbook.writeBlock(sheet, { row: 2, col: col + 1, values: cells });
}

function statusLine(moved: number): string {
  return `Обновлён «Статус» участников: ${moved} («${STATUS_IN_PAIR}» или «${STATUS_FINISHED}»; ваши статусы не тронуты).`;
}

/** A team (by role and id) → its members, each with the base it stands in. */
type TeamMembers = ReadonlyMap<string, ReadonlyArray<{ id: string; role: 'mentor' | 'mentee' }>>;

function syncStatuses(
  workbook: WorkbookPort,
  pairs: readonly RegisterPair[],
  mentorGrid: Grid | null,
  menteeGrid: Grid | null,
  members: TeamMembers,
): number {
  return (
    updateStatusColumn(workbook, MENTEES_SHEET, menteeGrid, MENTEE_COLUMNS, linksOf(pairs, 'mentee', members)) +
    updateStatusColumn(workbook, MENTORS_SHEET, mentorGrid, MENTOR_COLUMNS, linksOf(pairs, 'mentor', members))
  );
}

/**
 * The links of one base's people: each pair's end in that base, and the members standing in that
 * base of a team at either end (a member may be in the other base than the team).
 */
function linksOf(pairs: readonly RegisterPair[], role: 'mentor' | 'mentee', members: TeamMembers): PairLink[] {
  return pairs.flatMap((pair) => {
    const own = role === 'mentor' ? pair.mentorId : pair.menteeId;
    const inTeams = [
      ...(members.get(`mentor\u0001${pair.mentorId}`) ?? []),
      ...(members.get(`mentee\u0001${pair.menteeId}`) ?? []),
    ]
      .filter((member) => member.role === role)
      .map((member) => member.id);
    return [own, ...inTeams].map((participantId) => ({
      participantId,
      active: pair.active,
      completed: pair.completed === true,
    }));
  });
}

/** Moves «Статус» where the register implies it (see participant-status.ts), in one write; returns how many moved. */
function updateStatusColumn(
  workbook: WorkbookPort,
  sheet: string,
  grid: Grid | null,
  columns: ColumnSpec[],
  links: readonly PairLink[],
): number {
  if (!grid || grid.length < 2) return 0;
  const map = mapHeader(grid[0], columns);
  const idCol = map.index.get('id');
  const statusCol = map.index.get('status');
  if (idCol === undefined || statusCol === undefined) return 0;
  const implied = statusesFromRegister(links);
  let moved = 0;
  const cells: Cell[][] = grid.slice(1).map((row) => {
    const current = row[statusCol] ?? null;
    const next = nextStatus(cellText(current), implied.get(cellText(row[idCol])));
    if (next === null) return [current];
    moved++;
    return [next];
  });
  if (moved > 0) workbook.writeBlock(sheet, { row: 2, col: statusCol + 1, values: cells });
  return moved;
}

function scoreOf(row: DraftRow): number {
  const score = row.record.score;
  return typeof score === 'number' ? score : Number(cellText(score)) || 0;
}
