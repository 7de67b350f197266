import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, cellText } from '../../src/core/cell';
import { mergeOwnedTable, type OwnedTableSpec } from '../../src/core/sheet/owned-table';

const spec: OwnedTableSpec = {
  columns: [
    { key: 'code', header: 'Код' },
    { key: 'value', header: 'Значение' },
    { key: 'decision', header: 'Решение', editable: true },
  ],
  keyOf: (r) => cellText(r.code),
};

const codes = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 });

describe('mergeOwnedTable', () => {
  it('keeps user columns and decisions of surviving rows, rewrites generated values, keeps manual rows', () => {
    fc.assert(
      fc.property(codes, codes, fc.boolean(), (before, after, userFirst) => {
        const header: Cell[] = userFirst
          ? ['Заметка', 'Решение', 'Код', 'Значение']
          : ['Код', 'Значение', 'Решение', 'Заметка'];
        const row = (code: string): Cell[] => {
          const record: Record<string, Cell> = {
            Код: code,
            Значение: `old-${code}`,
            Решение: `dec-${code}`,
            Заметка: `note-${code}`,
          };
          return header.map((h) => record[h as string]);
        };
        const manual: Cell[] = header.map((h) => (h === 'Заметка' ? 'ручная строка' : null));
        const existing = [header, ...before.map(row), manual];
        const generated = after.map((code) => ({ code, value: `new-${code}`, decision: null }));
        const merged = mergeOwnedTable(existing, spec, generated, { keepRow: (r) => cellText(r.code) === '' });
        const [mergedHeader, ...rows] = merged.grid;
        expect(mergedHeader).toEqual(header);
        const at = (r: Cell[], title: string) => r[mergedHeader.indexOf(title)];
        expect(rows.length).toBe(after.length + 1);
        after.forEach((code, i) => {
          expect(at(rows[i], 'Код')).toBe(code);
          expect(at(rows[i], 'Значение')).toBe(`new-${code}`);
          const survived = before.includes(code);
          expect(at(rows[i], 'Решение')).toBe(survived ? `dec-${code}` : null);
          expect(at(rows[i], 'Заметка')).toBe(survived ? `note-${code}` : null);
        });
        expect(at(rows[rows.length - 1], 'Заметка')).toBe('ручная строка');
      }),
      { numRuns: 500 },
    );
  });

  it('appends missing standard columns after the user columns', () => {
    const merged = mergeOwnedTable([['Заметка'], ['x']], spec, [{ code: 'a', value: 1, decision: null }]);
    expect(merged.grid[0]).toEqual(['Заметка', 'Код', 'Значение', 'Решение']);
  });
});
