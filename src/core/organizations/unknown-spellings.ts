/**
 * Names of organizations that «Организации» does not know: one problem per spelling (with how
 * many rows use it and the closest known name), not one per row.
 */
import type { Problem } from '../problems/problem';
import { cleanText } from '../text/normalize';
import type { OrganizationDirectory } from './directory';
import { organizationKey } from './organization-key';

export interface SpellingUse {
  text: string;
  sheet: string;
  row: number;
  column: string;
}

export function unknownSpellings(directory: OrganizationDirectory, uses: readonly SpellingUse[]): Problem[] {
  if (directory.isEmpty) return [];
  const first = new Map<string, { use: SpellingUse; count: number }>();
  for (const use of uses) {
    const text = cleanText(use.text);
    if (text === '' || directory.resolve(text).found) continue;
    const key = `${use.sheet}\u0001${organizationKey(text)}`;
    const seen = first.get(key);
    if (seen) seen.count++;
    else first.set(key, { use: { ...use, text }, count: 1 });
  }
  return [...first.values()].map(({ use, count }) => {
    const resolution = directory.resolve(use.text);
    const suggestion = resolution.found ? null : resolution.suggestion;
    const rows = count > 1 ? ` (строк с таким написанием: ${count})` : '';
    const hint = suggestion
      ? `Похоже на «${suggestion.name}»: если это она, впишите «${use.text}» в «Другие написания» её строки (строка ${suggestion.row})`
      : 'Добавьте организацию строкой на лист «Организации» или исправьте название';
    return {
      sheet: use.sheet,
      row: use.row,
      column: use.column,
      value: use.text,
      message: `Организации «${use.text}» нет на листе «Организации»${rows}. ${hint}`,
      severity: 'warning' as const,
    };
  });
}
