/**
 * Figures the bases cannot know — all teachers, all pupils of an organization — for the shares'
 * denominators. Their place is «Организации» («Педагогов всего», «Обучающихся всего»); the older
 * «Настройки» rows `teachersTotal:<организация>` still work, with a hint to move them.
 */
import { isBlank } from '../cell';
import type { Organization } from '../organizations/organization';
import { ORGANIZATIONS_LAYOUT, ORGANIZATIONS_SHEET } from '../organizations/organizations-sheet';
import type { Settings } from '../settings/settings';
import { parseNumber } from '../text/parse';
import { PUPILS_TOTAL, TEACHERS_TOTAL } from './settings';

export type TotalKind = typeof TEACHERS_TOTAL | typeof PUPILS_TOTAL;

/** A number the curator has to fill for a figure to be computed: a «Настройки» row or a cell elsewhere. */
export interface MissingSetting {
  key: string;
  label: string;
  /** Set when the number belongs on another sheet (an «Организации» cell), not in «Настройки». */
  place?: { sheet: string; row: number | null; column: string };
}

/** A figure the bases cannot know (all teachers, all pupils), with where it came from. */
export interface Denominator {
  value: number | null;
  source: string;
  missing: MissingSetting[];
}

/** An organization as the figures see it: its key, names, and its «Организации» row if it has one. */
export interface ScopeOrganization {
  key: string;
  name: string;
  /** The short name for comparison tables (the full name when none is given). */
  short: string;
  record: Organization | null;
}

/** What the denominators are looked up in. */
export interface TotalsSource {
  settings: Settings;
  organizations: readonly ScopeOrganization[];
  /** Maps a spelling (of an old «Настройки» key) to an organization key. */
  keyOf(text: string): string;
}

const WHAT: Record<TotalKind, string> = { teachersTotal: 'Всего педагогов', pupilsTotal: 'Всего обучающихся' };
const COLUMN: Record<TotalKind, 'teachers' | 'pupils'> = { teachersTotal: 'teachers', pupilsTotal: 'pupils' };

export function perOrganizationKey(kind: TotalKind, organization: string): string {
  return `${kind}:${organization}`;
}

function columnHeader(kind: TotalKind): string {
  return ORGANIZATIONS_LAYOUT.columns.find((c) => c.key === COLUMN[kind])?.header ?? COLUMN[kind];
}

export function missingFor(kind: TotalKind, organization: ScopeOrganization | null): MissingSetting {
  if (organization === null) return { key: kind, label: `${WHAT[kind]} (по программе)` };
  if (organization.record)
    return {
      key: `${ORGANIZATIONS_SHEET}:${organization.record.row}:${COLUMN[kind]}`,
      label: `${WHAT[kind]}: ${organization.name}`,
      place: { sheet: ORGANIZATIONS_SHEET, row: organization.record.row, column: columnHeader(kind) },
    };
  return { key: perOrganizationKey(kind, organization.name), label: `${WHAT[kind]}: ${organization.name}` };
}

function settingNumber(settings: Settings, key: string): number | null {
  const cell = settings.raw(key);
  if (isBlank(cell)) return null;
  const parsed = parseNumber(cell);
  return parsed.ok && parsed.value >= 0 ? parsed.value : null;
}

/** An old «Настройки» row `teachersTotal:<spelling>` whose spelling means this organization. */
function legacyRow(kind: TotalKind, organization: ScopeOrganization, source: TotalsSource) {
  for (const key of source.settings.keysWithPrefix(`${kind}:`)) {
    const spelling = key.slice(kind.length + 1);
    if (source.keyOf(spelling) !== organization.key) continue;
    const value = settingNumber(source.settings, key);
    if (value !== null) return { value, spelling };
  }
  return null;
}

function known(kind: TotalKind, organization: ScopeOrganization, source: TotalsSource): Denominator | null {
  const own = organization.record?.[COLUMN[kind]] ?? null;
  if (own !== null && organization.record)
    return {
      value: own,
      source: `«${ORGANIZATIONS_SHEET}», строка ${organization.record.row}: ${columnHeader(kind)} = ${own}`,
      missing: [],
    };
  const legacy = legacyRow(kind, organization, source);
  if (legacy === null) return null;
  const move = organization.record
    ? ` (перенесите в «${ORGANIZATIONS_SHEET}» → «${columnHeader(kind)}», строка ${organization.record.row})`
    : '';
  return {
    value: legacy.value,
    source: `«Настройки»: ${WHAT[kind]}: ${legacy.spelling} = ${legacy.value}${move}`,
    missing: [],
  };
}

function general(kind: TotalKind, settings: Settings): Denominator | null {
  const value = settingNumber(settings, kind);
  return value === null ? null : { value, source: `«Настройки»: ${WHAT[kind]} = ${value}`, missing: [] };
}

function fillHint(missing: MissingSetting): string {
  return missing.place
    ? `«${missing.place.column}» на листе «${missing.place.sheet}» (строка ${missing.place.row}, ${missing.label.split(': ').slice(1).join(': ')})`
    : `«${missing.label}» в «Настройках»`;
}

/**
 * The total for one organization, or for the whole programme (`null`): one organization takes
 * its «Организации» figure (or its old «Настройки» row; a single-school programme may fill only
 * the programme-wide row); the programme is the sum over its organizations — the same
 * denominator the rows use — or the programme-wide row when some organization is not filled.
 */
export function totalFor(kind: TotalKind, organization: ScopeOrganization | null, source: TotalsSource): Denominator {
  const { organizations, settings } = source;
  const single = organizations.length <= 1;
  if (organization !== null) {
    const own = known(kind, organization, source) ?? (single ? general(kind, settings) : null);
    if (own) return own;
    const missing = single && !organization.record ? missingFor(kind, null) : missingFor(kind, organization);
    return { value: null, source: `нет данных: заполните ${fillHint(missing)}`, missing: [missing] };
  }
  if (single) {
    const only = organizations[0];
    const own = (only ? known(kind, only, source) : null) ?? general(kind, settings);
    if (own) return own;
    const missing = only?.record ? missingFor(kind, only) : missingFor(kind, null);
    return { value: null, source: `нет данных: заполните ${fillHint(missing)}`, missing: [missing] };
  }
  const parts = organizations.map((org) => ({ org, total: known(kind, org, source) }));
  const absent = parts.filter((part) => part.total === null).map((part) => missingFor(kind, part.org));
  if (absent.length === 0) {
    const sum = parts.reduce((total, part) => total + (part.total?.value as number), 0);
    const where = parts.every((part) => part.org.record?.[COLUMN[kind]] != null)
      ? `«${ORGANIZATIONS_SHEET}»`
      : '«Организации» и «Настройки»';
    return {
      value: sum,
      source: `${where}: ${WHAT[kind]} — сумма по ${parts.length} организациям = ${sum}`,
      missing: [],
    };
  }
  const whole = general(kind, settings);
  if (whole) return whole;
  return {
    value: null,
    source: `нет данных: не заполнено — ${absent.map(fillHint).join('; ')}`,
    missing: absent,
  };
}

/** The pupils' total of a programme without pupils is not asked for: the figure is not computed. */
export const NO_PUPILS: Denominator = {
  value: null,
  source: 'в программе нет обучающихся — показатель не считается',
  missing: [],
};
