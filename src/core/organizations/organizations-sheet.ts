/**
 * «Организации»: the programme's organizations as a table the curator keeps — full and short
 * name, the other spellings people use, type, municipality, headcounts, the school's own sheet.
 * Every place that compares organizations resolves names through it (see directory.ts).
 */
import { cellText, type Grid, isBlank } from '../cell';
import type { Problem } from '../problems/problem';
import { mapHeader } from '../sheet/header-map';
import type { SheetLayout } from '../sheet/layout';
import { cleanText, splitTags } from '../text/normalize';
import { parseNumber } from '../text/parse';
import { OrganizationDirectory } from './directory';
import type { Organization } from './organization';
import { organizationKey } from './organization-key';

export const ORGANIZATIONS_SHEET = 'Организации';

export const ORGANIZATIONS_LAYOUT: SheetLayout = {
  sheet: ORGANIZATIONS_SHEET,
  frozenColumns: 1,
  columns: [
    {
      key: 'name',
      header: 'Полное название',
      aliases: ['Организация', 'Название', 'ОО'],
      type: 'text',
      required: true,
      width: 320,
      note: 'Как в уставе; так оно печатается в документах',
    },
    { key: 'short', header: 'Краткое название', type: 'text', width: 160, note: 'Для таблиц сравнения: «СОШ № 5»' },
    {
      key: 'aliases',
      header: 'Другие написания',
      type: 'tags',
      width: 260,
      note: 'Как ещё пишут название в анкетах и базах, через «;». Тип учреждения (МБОУ, МКОУ…) и кавычки указывать не нужно: они не учитываются',
    },
    {
      key: 'type',
      header: 'Тип',
      type: 'text',
      width: 120,
      validation: { kind: 'list', values: ['школа', 'детский сад', 'колледж', 'ДОД', 'управление', 'другое'] },
      note: 'школа, детский сад, колледж, ДОД (дополнительное образование), управление',
    },
    { key: 'municipality', header: 'Муниципалитет', type: 'text', width: 160, note: 'Район или город' },
    {
      key: 'teachers',
      header: 'Педагогов всего',
      type: 'int',
      min: 0,
      note: 'Все педагоги организации (не только участники): знаменатель показателей охвата',
    },
    {
      key: 'pupils',
      header: 'Обучающихся всего',
      type: 'int',
      min: 0,
      note: 'Все обучающиеся. Не нужно, если в программе нет обучающихся',
    },
    {
      key: 'sheetUrl',
      header: 'Таблица школы',
      type: 'text',
      width: 200,
      note: 'Ссылка на таблицу программы этой школы (для сводки по муниципалитету). Необязательно',
    },
  ],
};

export function readOrganizations(grid: Grid | null, problems: Problem[] = []): Organization[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], ORGANIZATIONS_LAYOUT.columns);
  const at = (row: Grid[number], key: string) => {
    const i = map.index.get(key);
    return i === undefined ? null : (row[i] ?? null);
  };
  const count = (row: Grid[number], key: string, sheetRow: number): number | null => {
    const cell = at(row, key);
    if (isBlank(cell)) return null;
    const parsed = parseNumber(cell);
    if (parsed.ok && parsed.value >= 0 && Number.isInteger(parsed.value)) return parsed.value;
    const column = ORGANIZATIONS_LAYOUT.columns.find((c) => c.key === key);
    problems.push({
      sheet: ORGANIZATIONS_SHEET,
      row: sheetRow,
      column: column?.header ?? key,
      value: cellText(cell),
      message: 'Ожидается целое число людей (0 или больше)',
      severity: 'error',
    });
    return null;
  };
  const organizations: Organization[] = [];
  const seen = new Map<string, number>();
  grid.slice(1).forEach((row, i) => {
    const sheetRow = i + 2;
    const name = cleanText(cellText(at(row, 'name')));
    if (name === '') return;
    const key = organizationKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        sheet: ORGANIZATIONS_SHEET,
        row: sheetRow,
        column: 'Полное название',
        value: name,
        message: `Та же организация, что в строке ${earlier}: оставьте одну строку, другие написания — в «Другие написания»`,
        severity: 'error',
      });
      return;
    }
    seen.set(key, sheetRow);
    organizations.push({
      name,
      short: cleanText(cellText(at(row, 'short'))),
      aliases: splitTags(cellText(at(row, 'aliases'))),
      type: cleanText(cellText(at(row, 'type'))),
      municipality: cleanText(cellText(at(row, 'municipality'))),
      teachers: count(row, 'teachers', sheetRow),
      pupils: count(row, 'pupils', sheetRow),
      sheetUrl: cleanText(cellText(at(row, 'sheetUrl'))),
      row: sheetRow,
    });
  });
  return organizations;
}

export function readDirectory(grid: Grid | null, problems: Problem[] = []): OrganizationDirectory {
  return new OrganizationDirectory(readOrganizations(grid, problems));
}

/**
 * New rows for organizations met in the bases but absent from the table (one row per loose key,
 * the first spelling seen), so a municipality starts from its real list instead of an empty sheet.
 */
export function missingOrganizationRows(
  directory: OrganizationDirectory,
  spellings: readonly string[],
  width: number,
  nameColumn: number,
): Grid {
  const rows: Grid = [];
  const added = new Set<string>();
  for (const spelling of spellings) {
    const name = cleanText(spelling);
    const key = organizationKey(name);
    if (key === '' || added.has(key) || directory.resolve(name).found) continue;
    added.add(key);
    const row = new Array(width).fill(null);
    row[nameColumn] = name;
    rows.push(row);
  }
  return rows;
}
