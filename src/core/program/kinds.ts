import type { Catalogues } from '../catalogues/catalogues';
import type { PairUnit } from '../indicators/program-data';
import { textKey } from '../text/normalize';

/** A kind of mentorship as the programme counts it: live pairs and groups, and the people in them. */
export interface KindRow {
  /** As «Виды наставничества» spells it; KIND_NOT_RECORDED for units whose rows name none. */
  kind: string;
  /** Individual pairs (and team–team pairs), active or completed. */
  pairs: number;
  groups: number;
  /** Distinct mentees (a team's members, not the team) in those pairs and groups. */
  mentees: number;
  /** Distinct mentors (a team's members, not the team). */
  mentors: number;
}

export const KIND_NOT_RECORDED = 'вид не указан';

/**
 * The one definition of «пары по видам наставничества»: the live (active or completed) units of
 * the programme by «Вид наставничества» of «Пары», in the order of «Виды наставничества», then
 * kinds the catalogue does not hold, then the units without a kind. Empty when no row of «Пары»
 * names a kind (a register made before the column): nothing is printed then.
 */
export function kindBreakdown(units: readonly PairUnit[], catalogues: Catalogues): KindRow[] {
  const live = units.filter((u) => u.status !== 'расторгнута');
  if (!live.some((u) => (u.kind ?? '') !== '')) return [];
  const groups = new Map<string, { kind: string; units: PairUnit[] }>();
  for (const unit of live) {
    const named = unit.kind ?? '';
    const kind = named === '' ? KIND_NOT_RECORDED : catalogues.kind(named);
    const entry = groups.get(textKey(kind)) ?? { kind, units: [] };
    entry.units.push(unit);
    groups.set(textKey(kind), entry);
  }
  const order = catalogues.values('kinds').map(textKey);
  const rank = (key: string) => {
    if (key === textKey(KIND_NOT_RECORDED)) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { kind, units: list }]) => ({
      kind,
      pairs: list.filter((u) => !u.isGroup).length,
      groups: list.filter((u) => u.isGroup).length,
      mentees: new Set(list.flatMap((u) => u.menteeIds)).size,
      mentors: new Set(list.flatMap((u) => u.mentorIds ?? [u.mentorId])).size,
    }));
}
