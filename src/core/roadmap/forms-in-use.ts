import { cellText, type Grid } from '../cell';
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../bases/layouts';
import { PAIR_COLUMNS, PAIRS_SHEET } from '../pairs/register-layout';
import type { WorkbookPort } from '../ports';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { splitTags, textKey } from '../text/normalize';
import { formKey } from './choose-template';

/** What the program's own data says about it: the forms and organizations actually used. */
export interface ProgramProfile {
  /** Forms named by mentees («Желаемая форма»), approved pairs and, failing those, mentors. */
  forms: string[];
  organizations: string[];
  /** Mentee categories (педагог, обучающийся, студент…). */
  menteeCategories: string[];
}

export function programProfile(workbook: WorkbookPort): ProgramProfile {
  const mentees = workbook.readSheet(MENTEES_SHEET);
  const pairs = workbook.readSheet(PAIRS_SHEET);
  const mentors = workbook.readSheet(MENTORS_SHEET);
  let forms = distinct(
    [...columnValues(mentees, MENTEE_COLUMNS, 'wantedForm'), ...columnValues(pairs, PAIR_COLUMNS, 'form')],
    formKey,
  );
  if (forms.length === 0) forms = distinct(columnValues(mentors, MENTOR_COLUMNS, 'forms'), formKey);
  const organizations = distinct([
    ...columnValues(mentees, MENTEE_COLUMNS, 'organization'),
    ...columnValues(mentors, MENTOR_COLUMNS, 'organization'),
  ]);
  const menteeCategories = distinct(columnValues(mentees, MENTEE_COLUMNS, 'category'));
  return { forms, organizations, menteeCategories };
}

function columnValues(grid: Grid | null, columns: ColumnSpec[], key: string): string[] {
  if (!grid || grid.length < 2) return [];
  const col = mapHeader(grid[0], columns).index.get(key);
  if (col === undefined) return [];
  return grid.slice(1).flatMap((row) => splitTags(cellText(row[col])));
}

function distinct(values: string[], key: (value: string) => string = textKey): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}
