/**
 * The demo municipality as its schools would keep it: one workbook per «Организации» row with
 * that school's participants, the pairs of its mentees and their answers — what a school running
 * its own programme holds, so that `nastavnik consolidate` can be checked against the single
 * municipal workbook. Pure (grids in, grids out).
 */
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../../core/bases/layouts';
import { CATALOGUES_SHEET } from '../../core/catalogues/defaults';
import { type Cell, cellText, type Grid } from '../../core/cell';
import { PUPILS_TOTAL, TEACHERS_TOTAL } from '../../core/indicators/settings';
import type { Organization } from '../../core/organizations/organization';
import { ORGANIZATIONS_SHEET, readDirectory } from '../../core/organizations/organizations-sheet';
import { PAIR_COLUMNS, PAIRS_SHEET } from '../../core/pairs/register-layout';
import type { WorkbookPort } from '../../core/ports';
import { SETTINGS_COLUMNS, SETTINGS_SHEET } from '../../core/settings/settings';
import { mapHeader } from '../../core/sheet/header-map';
import type { ColumnSpec } from '../../core/sheet/layout';
import { ANSWER_COLUMNS, ANSWERS_SHEET } from '../../core/survey/answers-layout';
import { TEMPLATES_SHEET } from '../../core/survey/templates-sheet';

export interface SchoolWorkbook {
  organization: Organization;
  sheets: Record<string, Grid>;
}

function columnOf(grid: Grid, columns: readonly ColumnSpec[], key: string): number {
  return mapHeader(grid[0] ?? [], columns).index.get(key) ?? -1;
}

function keepRows(grid: Grid | null, keep: (row: Cell[]) => boolean): Grid {
  if (!grid || grid.length === 0) return [];
  return [grid[0], ...grid.slice(1).filter(keep)];
}

export function splitSchools(source: WorkbookPort): SchoolWorkbook[] {
  const read = (sheet: string) => (source.sheetNames().includes(sheet) ? source.readSheet(sheet) : null);
  const organizations = read(ORGANIZATIONS_SHEET);
  const directory = readDirectory(organizations);
  const mentors = read(MENTORS_SHEET);
  const mentees = read(MENTEES_SHEET);
  const pairs = read(PAIRS_SHEET);
  const answers = read(ANSWERS_SHEET);
  const settings = read(SETTINGS_SHEET);
  const catalogues = read(CATALOGUES_SHEET);
  const templates = read(TEMPLATES_SHEET);
  // each spelling resolved once: resolving (with its closest-match search) per row per school is slow
  const rows = new Map<string, number | null>();
  const schoolOf = (text: Cell) => {
    const key = cellText(text);
    let row = rows.get(key);
    if (row === undefined) {
      const found = directory.resolve(key);
      row = found.found ? found.organization.row : null;
      rows.set(key, row);
    }
    return row;
  };
  const mentorOrg = mentors ? columnOf(mentors, MENTOR_COLUMNS, 'organization') : -1;
  const mentorId = mentors ? columnOf(mentors, MENTOR_COLUMNS, 'id') : -1;
  return directory.organizations.map((organization) => {
    const ours = (grid: Grid | null, columns: readonly ColumnSpec[]) => {
      const col = grid ? columnOf(grid, columns, 'organization') : -1;
      return keepRows(grid, (row) => schoolOf(row[col] ?? null) === organization.row);
    };
    const ids = (grid: Grid, columns: readonly ColumnSpec[]) => {
      if (grid.length === 0) return new Set<string>();
      const col = columnOf(grid, columns, 'id');
      return new Set(grid.slice(1).map((row) => cellText(row[col] ?? null)));
    };
    const schoolMentees = ours(mentees, MENTEE_COLUMNS);
    const menteeIds = ids(schoolMentees, MENTEE_COLUMNS);
    const schoolMentorIds = ids(ours(mentors, MENTOR_COLUMNS), MENTOR_COLUMNS);
    const pairMentee = pairs ? columnOf(pairs, PAIR_COLUMNS, 'menteeId') : -1;
    const pairMentor = pairs ? columnOf(pairs, PAIR_COLUMNS, 'mentorId') : -1;
    // the pairs of the school's mentees, and the network pairs its own mentors lead at other schools
    const ownPairs = keepRows(
      pairs,
      (row) =>
        menteeIds.has(cellText(row[pairMentee] ?? null)) || schoolMentorIds.has(cellText(row[pairMentor] ?? null)),
    );
    // the other end of a network pair stays in this school's base for its pair (the other school
    // counts that person and the pair; this school's figures are its own organization's, see
    // ownSchool — so its mentor is «в паре» here and the pair is counted once, at the mentee's)
    const networkMentors = new Set(ownPairs.slice(1).map((row) => cellText(row[pairMentor] ?? null)));
    const networkMentees = new Set(ownPairs.slice(1).map((row) => cellText(row[pairMentee] ?? null)));
    const menteeOrg = mentees ? columnOf(mentees, MENTEE_COLUMNS, 'organization') : -1;
    const menteeId = mentees ? columnOf(mentees, MENTEE_COLUMNS, 'id') : -1;
    const ownMentees = keepRows(
      mentees,
      (row) =>
        schoolOf(row[menteeOrg] ?? null) === organization.row || networkMentees.has(cellText(row[menteeId] ?? null)),
    );
    const ownMentors = keepRows(
      mentors,
      (row) =>
        schoolOf(row[mentorOrg] ?? null) === organization.row || networkMentors.has(cellText(row[mentorId] ?? null)),
    );
    const people = new Set([...menteeIds, ...schoolMentorIds]);
    const answerPerson = answers ? columnOf(answers, ANSWER_COLUMNS, 'participantId') : -1;
    const sheets: Record<string, Grid> = {
      [SETTINGS_SHEET]: schoolSettings(settings, organization),
      [ORGANIZATIONS_SHEET]: organizations ? [organizations[0], organizations[organization.row - 1]] : [],
      [MENTORS_SHEET]: ownMentors,
      [MENTEES_SHEET]: ownMentees,
      [PAIRS_SHEET]: ownPairs,
      [ANSWERS_SHEET]: keepRows(answers, (row) => people.has(cellText(row[answerPerson] ?? null))),
    };
    if (catalogues)
      sheets[CATALOGUES_SHEET] = schoolCatalogues(catalogues, (text) => schoolOf(text) === organization.row);
    if (templates) sheets[TEMPLATES_SHEET] = templates;
    for (const [name, grid] of Object.entries(sheets)) if (grid.length === 0) delete sheets[name];
    return { organization, sheets };
  });
}

/** The municipality's settings with the school's name, without the municipality's own headcounts. */
function schoolSettings(grid: Grid | null, organization: Organization): Grid {
  if (!grid || grid.length === 0) return [];
  const map = mapHeader(grid[0], SETTINGS_COLUMNS);
  const key = map.index.get('key') as number;
  const value = map.index.get('value') as number;
  return grid
    .filter((row, i) => {
      const k = cellText(row[key] ?? null);
      return i === 0 || !(k.startsWith(`${TEACHERS_TOTAL}:`) || k.startsWith(`${PUPILS_TOTAL}:`));
    })
    .map((row, i) => {
      if (i === 0) return row;
      const k = cellText(row[key] ?? null);
      if (k === 'organizationName') return row.map((cell, c) => (c === value ? organization.name : cell));
      if (k === TEACHERS_TOTAL || k === PUPILS_TOTAL) return row.map((cell, c) => (c === value ? null : cell));
      return row;
    });
}

/** «Справочники» keeps only this school in its «Организации» list. */
function schoolCatalogues(grid: Grid, ours: (text: Cell) => boolean): Grid {
  const col = (grid[0] ?? []).findIndex((cell) => cellText(cell) === 'Организации');
  if (col < 0) return grid;
  return grid.map((row, i) =>
    i === 0 || ours(row[col] ?? null) ? row : row.map((cell, c) => (c === col ? null : cell)),
  );
}
