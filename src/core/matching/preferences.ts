import { cellText, type Grid } from '../cell';
import { mapHeader } from '../sheet/header-map';
import { PREFERENCE_COLUMNS } from '../survey/preferences-layout';
import { parseNumber } from '../text/parse';

/** Who ranked whom on «Предпочтения» (respondent id → chosen ids in rank order). */
export class Preferences {
  private constructor(private readonly ranked: Map<string, string[]>) {}

  static fromSheet(grid: Grid | null): Preferences {
    const rows: Array<{ who: string; rank: number; chosen: string }> = [];
    if (grid && grid.length > 1) {
      const map = mapHeader(grid[0], PREFERENCE_COLUMNS);
      const at = (row: Grid[number], key: string) => cellText(row[map.index.get(key) ?? -1]);
      for (const row of grid.slice(1)) {
        const rank = parseNumber(row[map.index.get('rank') ?? -1] ?? null);
        const who = at(row, 'respondentId');
        const chosen = at(row, 'chosenId');
        if (who !== '' && chosen !== '' && rank.ok) rows.push({ who, rank: rank.value, chosen });
      }
    }
    return Preferences.fromRows(rows);
  }

  static fromRows(rows: ReadonlyArray<{ who: string; rank: number; chosen: string }>): Preferences {
    const sorted = [...rows].sort(
      (a, b) => a.rank - b.rank || (a.chosen < b.chosen ? -1 : a.chosen > b.chosen ? 1 : 0),
    );
    const ranked = new Map<string, string[]>();
    for (const row of sorted) {
      const list = ranked.get(row.who) ?? [];
      if (!list.includes(row.chosen)) list.push(row.chosen);
      ranked.set(row.who, list);
    }
    return new Preferences(ranked);
  }

  static none(): Preferences {
    return new Preferences(new Map());
  }

  /** The first K choices of a participant, best first. */
  choices(who: string, k: number): string[] {
    return (this.ranked.get(who) ?? []).slice(0, k);
  }

  /** 1-based place of `chosen` among the first K choices of `who`, or null. */
  rank(who: string, chosen: string, k: number): number | null {
    const place = this.choices(who, k).indexOf(chosen);
    return place < 0 ? null : place + 1;
  }

  isEmpty(): boolean {
    return this.ranked.size === 0;
  }
}
