/**
 * Registration questionnaires fill the bases: a new respondent becomes a new row (with a fresh
 * id), a known one gets the empty columns the form owns filled. What the curator typed is never
 * overwritten: a different answer becomes a problem row for the curator to decide, and columns the
 * form does not own are never touched.
 */
import { type Cell, cellText, type Grid, isBlank, rectangular } from '../cell';
import type { Role } from '../bases/participant';
import type { Problem } from '../problems/problem';
import { mapHeader } from '../sheet/header-map';
import type { SheetLayout } from '../sheet/layout';
import { splitTags, textKey } from '../text/normalize';
import { parseNumber, parseYesNo } from '../text/parse';
import type { ParsedResponse } from './responses';
import type { RosterPerson } from './roster';
import type { SurveyTemplate } from './template';

export const ID_PREFIX: Record<Role, string> = { mentor: 'НК', mentee: 'НЯ' };

export interface RegistrationResult {
  grid: Grid;
  created: number;
  updated: number;
  changed: boolean;
  /** Answers that differ from what the base already holds (the base is kept). */
  problems: Problem[];
}

export function applyRegistrations(
  base: Grid | null,
  layout: SheetLayout,
  role: Role,
  template: SurveyTemplate,
  responses: readonly ParsedResponse[],
): RegistrationResult {
  const grid = rectangular(
    base && base.length > 0 ? base.map((row) => [...row]) : [layout.columns.map((c) => c.header)],
  );
  const header = grid[0];
  const map = mapHeader(header, layout.columns);
  const columnOf = (key: string): number => {
    const found = map.index.get(key);
    if (found !== undefined) return found;
    const spec = layout.columns.find((c) => c.key === key);
    header.push(spec?.header ?? key);
    for (const row of grid.slice(1)) row.push(null);
    map.index.set(key, header.length - 1);
    return header.length - 1;
  };
  let nextNumber = nextIdNumber(grid, map.index.get('id'), ID_PREFIX[role]);
  let created = 0;
  let updated = 0;
  const problems: Problem[] = [];
  const oldestFirst = [...responses].sort((a, b) => (a.timestamp?.getTime() ?? 0) - (b.timestamp?.getTime() ?? 0));
  for (const response of oldestFirst) {
    if (!response.fio && !response.email) continue;
    let row: Cell[];
    let known = false;
    if (response.participant && response.participant.role === role) {
      row = grid[response.participant.row - 1];
      known = true;
    } else {
      row = new Array(header.length).fill(null);
      grid.push(row);
      const id = `${ID_PREFIX[role]}-${String(nextNumber++).padStart(4, '0')}`;
      row[columnOf('id')] = id;
      const person: RosterPerson = {
        id,
        role,
        fio: response.fio,
        organization: response.organization,
        email: response.email,
        row: grid.length,
      };
      response.participant = person;
      created++;
    }
    const sheetRow = known ? (response.participant?.row ?? grid.length) : grid.length;
    let filled = 0;
    const put = (key: string, value: Cell): void => {
      const index = columnOf(key);
      const current = row[index] ?? null;
      if (isBlank(current)) {
        if (isBlank(value)) return;
        row[index] = value;
        filled++;
        return;
      }
      if (key === 'consent' || sameValue(current, value)) return;
      problems.push({
        sheet: layout.sheet,
        row: sheetRow,
        column: header[index] === undefined ? key : cellText(header[index]),
        value: cellText(value),
        message: `Анкета регистрации от ${stamp(response.timestamp)} отвечает «${cellText(value)}», в базе — «${cellText(current)}». Оставлено значение базы; если верна анкета, исправьте ячейку сами`,
        severity: 'warning',
      });
    };
    for (const item of template.items) {
      const answer = response.answers.find((a) => a.code === item.code);
      if (!answer) continue;
      if (item.code === 'consent') {
        const agreed = parseYesNo(String(answer.value));
        if (agreed.ok && agreed.value) put('consent', dateOnly(response.timestamp));
        continue;
      }
      const spec = layout.columns.find((c) => c.key === item.baseColumn);
      if (!spec) continue;
      put(spec.key, baseValue(spec.type, answer.value));
    }
    if (response.email) put('email', response.email);
    if (known && filled > 0) updated++;
  }
  const width = header.length;
  for (const row of grid) while (row.length < width) row.push(null);
  return { grid, created, updated, changed: created + updated > 0, problems };
}

function sameValue(a: Cell, b: Cell): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return textKey(cellText(a)) === textKey(cellText(b));
}

function stamp(date: Date | null): string {
  if (!date) return '(без даты)';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
}

function baseValue(type: string, value: string | number): Cell {
  if (type === 'tags') return splitTags(String(value)).join('; ');
  if (type === 'int' || type === 'number') {
    const parsed = parseNumber(value);
    return parsed.ok ? parsed.value : String(value);
  }
  return value;
}

function dateOnly(date: Date | null): Date | null {
  return date ? new Date(date.getFullYear(), date.getMonth(), date.getDate()) : null;
}

function nextIdNumber(grid: Grid, idCol: number | undefined, prefix: string): number {
  if (idCol === undefined) return 1;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let next = 1;
  for (const row of grid.slice(1)) {
    const match = pattern.exec(cellText(row[idCol]));
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  return next;
}
