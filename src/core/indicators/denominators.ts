import { isBlank } from '../cell';
import type { Settings } from '../settings/settings';
import { parseNumber } from '../text/parse';
import { PUPILS_TOTAL, TEACHERS_TOTAL } from './settings';

export type TotalKind = typeof TEACHERS_TOTAL | typeof PUPILS_TOTAL;

/** A «Настройки» row the curator has to fill for a number to be computed. */
export interface MissingSetting {
  key: string;
  label: string;
}

/** A figure the bases cannot know (all teachers, all pupils), with where it came from. */
export interface Denominator {
  value: number | null;
  source: string;
  missing: MissingSetting[];
}

const WHAT: Record<TotalKind, string> = { teachersTotal: 'Всего педагогов', pupilsTotal: 'Всего обучающихся' };

export function perOrganizationKey(kind: TotalKind, organization: string): string {
  return `${kind}:${organization}`;
}

export function missingFor(kind: TotalKind, organization: string | null): MissingSetting {
  if (organization === null) return { key: kind, label: `${WHAT[kind]} (по программе)` };
  return { key: perOrganizationKey(kind, organization), label: `${WHAT[kind]}: ${organization}` };
}

function settingNumber(settings: Settings, key: string): number | null {
  const cell = settings.raw(key);
  if (isBlank(cell)) return null;
  const parsed = parseNumber(cell);
  return parsed.ok && parsed.value >= 0 ? parsed.value : null;
}

/**
 * The total for one organization (`organization`) or for the whole program (`null`).
 * A single-school program may fill only the program-wide row; a network fills one row per organization
 * (or the program-wide row for the overall figure).
 */
export function totalFor(
  kind: TotalKind,
  organization: string | null,
  organizations: readonly string[],
  settings: Settings,
): Denominator {
  const general = settingNumber(settings, kind);
  const single = organizations.length <= 1;
  if (organization !== null) {
    const key = perOrganizationKey(kind, organization);
    const own = settingNumber(settings, key);
    if (own !== null)
      return { value: own, source: `«Настройки»: ${missingFor(kind, organization).label} = ${own}`, missing: [] };
    if (single && general !== null)
      return { value: general, source: `«Настройки»: ${WHAT[kind]} = ${general}`, missing: [] };
    return {
      value: null,
      source: `нет данных: заполните «${missingFor(kind, organization).label}» в «Настройках»`,
      missing: [missingFor(kind, single ? null : organization)],
    };
  }
  if (general !== null) return { value: general, source: `«Настройки»: ${WHAT[kind]} = ${general}`, missing: [] };
  if (single) {
    const only = organizations[0];
    const own = only === undefined ? null : settingNumber(settings, perOrganizationKey(kind, only));
    if (own !== null)
      return { value: own, source: `«Настройки»: ${missingFor(kind, only).label} = ${own}`, missing: [] };
    return {
      value: null,
      source: `нет данных: заполните «${missingFor(kind, null).label}» в «Настройках»`,
      missing: [missingFor(kind, null)],
    };
  }
  const parts = organizations.map((org) => ({ org, value: settingNumber(settings, perOrganizationKey(kind, org)) }));
  const absent = parts.filter((part) => part.value === null).map((part) => missingFor(kind, part.org));
  if (absent.length > 0) {
    return {
      value: null,
      source: `нет данных: не заполнено в «Настройках» — ${absent.map((m) => m.label).join('; ')}`,
      missing: absent,
    };
  }
  const sum = parts.reduce((total, part) => total + (part.value as number), 0);
  return {
    value: sum,
    source: `«Настройки»: ${WHAT[kind]} — сумма по ${parts.length} организациям = ${sum}`,
    missing: [],
  };
}
