import { cellText, type Grid } from '../cell';
import { textKey } from '../text/normalize';
import {
  CATALOGUES,
  type CatalogueSpec,
  defaultFormKind,
  defaultOrganizationRule,
  KIND_SPELLINGS,
  ORGANIZATION_RULES,
  ROLE_MODELS,
} from './defaults';

/** The catalogues as the user keeps them in «Справочники» (each a column found by its header). */
export class Catalogues {
  private constructor(
    private readonly lists: Map<string, string[]>,
    /** Catalogues whose column the sheet has (the others hold the defaults). */
    private readonly inSheet: ReadonlySet<string>,
  ) {}

  static fromSheet(grid: Grid | null, specs: readonly CatalogueSpec[] = CATALOGUES): Catalogues {
    const lists = new Map<string, string[]>();
    const inSheet = new Set<string>();
    const header = grid?.[0] ?? [];
    for (const spec of specs) {
      const col = header.findIndex((cell) => textKey(cellText(cell)) === textKey(spec.header));
      if (col < 0 || !grid) {
        lists.set(spec.key, [...spec.values]);
        continue;
      }
      inSheet.add(spec.key);
      lists.set(
        spec.key,
        grid.slice(1).map((row) => cellText(row[col])),
      );
    }
    return new Catalogues(lists, inSheet);
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

  /** Per form (key '' = all): the catalogue is read once, a draft asks for a form's models per pair. */
  private readonly roleModelsByForm = new Map<string, RoleModelEntry[]>();

  /**
   * Role models of a form, from the aligned columns «Ролевая модель: форма» / «Ролевая модель» /
   * «Ролевая модель: признаки». A sheet made before the clues column existed gets the default
   * clues of the models it names.
   */
  roleModels(form?: string): RoleModelEntry[] {
    const key = form === undefined ? '' : `=${textKey(form)}`;
    let entries = this.roleModelsByForm.get(key);
    if (entries === undefined) {
      entries = this.readRoleModels(form);
      this.roleModelsByForm.set(key, entries);
    }
    return entries;
  }

  private readRoleModels(form?: string): RoleModelEntry[] {
    const forms = this.lists.get('roleModelForms') ?? [];
    const models = this.lists.get('roleModels') ?? [];
    const clues = this.lists.get('roleModelClues') ?? [];
    const ownClues = this.inSheet.has('roleModelClues') || !this.inSheet.has('roleModels');
    const pairs = models
      .map((model, i) => ({
        form: forms[i] ?? '',
        model,
        clues: ownClues ? (clues[i] ?? '') : defaultClues(forms[i] ?? '', model),
      }))
      .filter((pair) => pair.model !== '' && pair.form !== '');
    return form === undefined ? pairs : pairs.filter((pair) => textKey(pair.form) === textKey(form));
  }

  /**
   * The organization rule of each form (by the form's textKey), from the aligned columns
   * «Формы наставничества» / «Форма: организация наставника»: one of ORGANIZATION_RULES, or no
   * entry when the cell is blank or unknown (then «Настройки» decide). A sheet made before the rule
   * column existed gets the default rules of the forms it names.
   */
  organizationRules(): Map<string, string> {
    const forms = this.lists.get('forms') ?? [];
    const rules = this.lists.get('formOrganizationRules') ?? [];
    const ownRules = this.inSheet.has('formOrganizationRules') || !this.inSheet.has('forms');
    const result = new Map<string, string>();
    forms.forEach((form, i) => {
      if (form === '') return;
      const written = ownRules ? (rules[i] ?? '') : defaultOrganizationRule(form);
      const rule = ORGANIZATION_RULES.find((known) => textKey(known) === textKey(written));
      if (rule) result.set(textKey(form), rule);
    });
    return result;
  }

  /**
   * The default kind of each form (by the form's textKey), from the aligned columns «Формы
   * наставничества» / «Форма: вид наставничества», spelled as «Виды наставничества» spells it; no
   * entry when the cell is blank. A sheet made before the kind column gets the default kinds.
   */
  formKinds(): Map<string, string> {
    const forms = this.lists.get('forms') ?? [];
    const kinds = this.lists.get('formKinds') ?? [];
    const own = this.inSheet.has('formKinds') || !this.inSheet.has('forms');
    const result = new Map<string, string>();
    forms.forEach((form, i) => {
      const written = own ? (kinds[i] ?? '') : defaultFormKind(form);
      if (form !== '' && written !== '') result.set(textKey(form), this.kind(written));
    });
    return result;
  }

  /**
   * A kind as «Виды наставничества» spells it: the value itself, or an older spelling of one of the
   * engine's kinds («в группе» for «групповое»); a kind the catalogue lacks is kept as given.
   */
  kind(name: string): string {
    const found = this.find('kinds', name);
    if (found) return found;
    const canonical = Object.keys(KIND_SPELLINGS).find(
      (kind) => textKey(kind) === textKey(name) || KIND_SPELLINGS[kind].some((s) => textKey(s) === textKey(name)),
    );
    if (canonical === undefined) return name;
    for (const spelling of [canonical, ...KIND_SPELLINGS[canonical]]) {
      const inSheet = this.find('kinds', spelling);
      if (inSheet) return inSheet;
    }
    return canonical;
  }

  /** Whether a text names a kind of mentorship (the catalogue's or an engine's spelling), not a form. */
  isKind(name: string): boolean {
    if (name === '' || this.find('forms', name)) return false;
    return this.find('kinds', name) !== undefined || this.kind(name) !== name;
  }

  /** Kinds the curator listed among the forms («Формы наставничества»; the row is 1-based, in the sheet). */
  kindsAmongForms(): Array<{ row: number; value: string }> {
    if (!this.inSheet.has('forms')) return [];
    return (this.lists.get('forms') ?? []).flatMap((value, i) =>
      value !== '' && (this.find('kinds', value) !== undefined || this.kind(value) !== value)
        ? [{ row: i + 2, value }]
        : [],
    );
  }

  /** Rule cells the sheet has that are none of ORGANIZATION_RULES (the row is 1-based, in the sheet). */
  unknownOrganizationRules(): Array<{ row: number; form: string; value: string }> {
    if (!this.inSheet.has('formOrganizationRules')) return [];
    const forms = this.lists.get('forms') ?? [];
    const rules = this.lists.get('formOrganizationRules') ?? [];
    return rules.flatMap((value, i) =>
      value === '' || ORGANIZATION_RULES.some((known) => textKey(known) === textKey(value))
        ? []
        : [{ row: i + 2, form: forms[i] ?? '', value }],
    );
  }
}

export interface RoleModelEntry {
  form: string;
  model: string;
  /** The clue list as written, «;»-separated. */
  clues: string;
}

function defaultClues(form: string, model: string): string {
  const entry = ROLE_MODELS.find(([f, m]) => textKey(f) === textKey(form) && textKey(m) === textKey(model));
  return entry?.[2] ?? '';
}
