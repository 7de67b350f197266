import { cellText, type Grid } from '../cell';
import { textKey } from '../text/normalize';
import { CATALOGUES, type CatalogueSpec } from './defaults';

/** The catalogues as the user keeps them in «Справочники» (each a column found by its header). */
export class Catalogues {
  private constructor(private readonly lists: Map<string, string[]>) {}

  static fromSheet(grid: Grid | null, specs: readonly CatalogueSpec[] = CATALOGUES): Catalogues {
    const lists = new Map<string, string[]>();
    const header = grid?.[0] ?? [];
    for (const spec of specs) {
      const col = header.findIndex((cell) => textKey(cellText(cell)) === textKey(spec.header));
      if (col < 0 || !grid) {
        lists.set(spec.key, [...spec.values]);
        continue;
      }
      lists.set(
        spec.key,
        grid.slice(1).map((row) => cellText(row[col])),
      );
    }
    return new Catalogues(lists);
  }

  static defaults(): Catalogues {
    return Catalogues.fromSheet(null);
  }

  /** The non-empty values of a catalogue, in sheet order. */
  values(key: string): string[] {
    return (this.lists.get(key) ?? []).filter((value) => value !== '');
  }

  /** The catalogue's value as the catalogue spells it, or undefined (ё/е and case tolerant). */
  find(key: string, value: string): string | undefined {
    const wanted = textKey(value);
    return this.values(key).find((candidate) => textKey(candidate) === wanted);
  }

  /** Role models of a form, from the two aligned columns «Ролевая модель: форма» / «Ролевая модель». */
  roleModels(form?: string): Array<{ form: string; model: string }> {
    const forms = this.lists.get('roleModelForms') ?? [];
    const models = this.lists.get('roleModels') ?? [];
    const pairs = models
      .map((model, i) => ({ form: forms[i] ?? '', model }))
      .filter((pair) => pair.model !== '' && pair.form !== '');
    return form === undefined ? pairs : pairs.filter((pair) => textKey(pair.form) === textKey(form));
  }
}
