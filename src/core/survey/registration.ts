/**
 * Registration questionnaires fill the bases: a new respondent becomes a new row (with a fresh
 * id), a known one gets the columns the form owns updated. Only new or edited responses are
 * applied, so a curator's later correction of a cell survives re-imports; columns the form does
 * not own are never touched.
 */
import { type Cell, cellText, type Grid, rectangular } from '../cell';
import type { Role } from '../bases/participant';
import { mapHeader } from '../sheet/header-map';
import type { SheetLayout } from '../sheet/layout';
import { splitTags } from '../text/normalize';
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
  const oldestFirst = [...responses].sort((a, b) => (a.timestamp?.getTime() ?? 0) - (b.timestamp?.getTime() ?? 0));
  for (const response of oldestFirst) {
    if (!response.fio && !response.email) continue;
    let row: Cell[];
    if (response.participant && response.participant.role === role) {
      row = grid[response.participant.row - 1];
      updated++;
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
    for (const item of template.items) {
      const answer = response.answers.find((a) => a.code === item.code);
      if (!answer) continue;
      if (item.code === 'consent') {
        const agreed = parseYesNo(String(answer.value));
        if (agreed.ok && agreed.value) row[columnOf('consent')] = dateOnly(response.timestamp);
        continue;
      }
      const spec = layout.columns.find((c) => c.key === item.baseColumn);
      if (!spec) continue;
      row[columnOf(spec.key)] = baseValue(spec.type, answer.value);
    }
    if (response.email) row[columnOf('email')] = response.email;
  }
  const width = header.length;
  for (const row of grid) while (row.length < width) row.push(null);
  return { grid, created, updated, changed: created + updated > 0 };
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
