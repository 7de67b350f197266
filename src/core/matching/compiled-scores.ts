import type { Mentee, Mentor } from '../bases/participant';
import { textKey } from '../text/normalize';
import { PairTableBuilder, type PairTable } from './assignment/pair-table';
import { CRITERIA } from './criteria';
import type { PairContext } from './criteria/criterion';
import { preferencesCriterion } from './criteria/preferences';
import type { Preferences } from './preferences';
import { criterionPoints } from './score';
import { cachedOrganizationKey, type OrganizationRule, organizationRule } from './organization-rule';
import type { MatchingConfig } from './settings';

/**
 * Every allowed pair's score, compiled once per run: texts become small integer ids, each mentor's
 * tag lists become bitsets, and the per-pair loop is integer work with no strings, Sets or
 * allocation. The hard rules come first — a mentee meets only mentors of its form (blocked by
 * form), under «только своя организация» only mentors of its organization (blocked by form and
 * organization), never itself, never a pair the curator rejected — so pairs outside them are never scored
 * and the table holds only allowed pairs. The totals equal `scoreTotal` over CRITERIA exactly (a
 * property test compares them); the words of an explanation stay with the criteria, for shown pairs.
 */
export interface ScoringInput {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  config: MatchingConfig;
  preferences: Preferences;
  /** Rejected pairs as [mentor index, mentee index]. */
  excluded?: ReadonlyArray<readonly [number, number]>;
}

const COMPILED = [
  'weightDeficits',
  'weightSubject',
  'weightExperience',
  'weightOrganization',
  'weightCategory',
  'weightAge',
  'weightTime',
  'weightPreferences',
];

export function compileScores(input: ScoringInput): PairTable {
  const missing = CRITERIA.map((c) => c.weightKey).filter((key) => !COMPILED.includes(key));
  if (missing.length > 0) throw new Error(`no compiled form for the criteria ${missing.join(', ')}`);
  const { mentors, mentees, config } = input;
  const m = mentees.length;
  const n = mentors.length;
  const points = (key: string, fit: number) => criterionPoints(config.weights, CRITERIA, key, fit);
  const tags = new Vocabulary();
  const deficits = mentees.map((x) => tags.ids(x.deficits));
  const menteeSubjects = mentees.map((x) => tags.ids(x.subjects));
  const menteeTimes = mentees.map((x) => tags.ids(x.times));
  const menteeCategory = mentees.map((x) => (x.category === '' ? -1 : tags.id(x.category)));
  for (const x of mentors) for (const list of [x.competencies, x.subjects, x.times, x.wishedCategories]) tags.ids(list);
  const words = tags.words();
  const competencies = tags.bitsets(
    mentors.map((x) => x.competencies),
    words,
  );
  const mentorSubjects = tags.bitsets(
    mentors.map((x) => x.subjects),
    words,
  );
  const mentorTimes = tags.bitsets(
    mentors.map((x) => x.times),
    words,
  );
  const wishedCategories = tags.bitsets(
    mentors.map((x) => x.wishedCategories),
    words,
  );

  const subjectPoints = points('weightSubject', 1);
  const timePoints = points('weightTime', 1);
  const categoryPoints = points('weightCategory', 1);
  const agePoints = points('weightAge', 1);
  const experiencePoints = points('weightExperience', 1);
  const organizationFull = points('weightOrganization', 1);
  const deficitPoints = deficits.map((list) =>
    Int32Array.from({ length: list.length + 1 }, (_, c) =>
      list.length === 0 ? 0 : points('weightDeficits', c / list.length),
    ),
  );
  const people = new Map<string, number>();
  const personId = (key: string) => people.get(key) ?? people.set(key, people.size).size - 1;
  const organizations = new Vocabulary();
  const mentorPerson = mentors.map((x) => (x.personKey === '' ? -1 : personId(x.personKey)));
  const menteePerson = mentees.map((x) => (x.personKey === '' ? -2 : personId(x.personKey)));
  const organizationId = (text: string) => {
    const key = cachedOrganizationKey(text);
    return key === '' ? -1 : organizations.id(key);
  };
  const mentorOrganization = Int32Array.from(mentors, (x) => organizationId(x.organization));
  const menteeOrganization = mentees.map((x) => organizationId(x.organization));
  const rules = new Map<string, OrganizationRule>();
  const ruleOf = (form: string) => {
    const key = textKey(form);
    let rule = rules.get(key);
    if (rule === undefined) {
      rule = organizationRule(config, form);
      rules.set(key, rule);
    }
    return rule;
  };
  const mentorExperience = Float64Array.from(mentors, (x) => x.experienceYears ?? Number.NaN);
  const ageMin = Float64Array.from(mentors, (x) => x.wishedAge?.min ?? Number.NaN);
  const ageMax = Float64Array.from(mentors, (x) => x.wishedAge?.max ?? Number.NaN);
  const gap = config.minExperienceGap;
  const wishes = Uint8Array.from(mentors, (x) => (x.wishedCategories.length > 0 ? 1 : 0));
  const chosen = preferencePoints(input, points);
  const excludedOf = new Map<number, Set<number>>();
  for (const [j, i] of input.excluded ?? []) excludedOf.set(i, (excludedOf.get(i) ?? new Set()).add(j));

  const blocks = new CandidateBlocks(mentorsByForm(mentors), mentorOrganization);
  const candidatesOf = mentees.map((x, i) =>
    blocks.of(textKey(x.wantedForm), ruleOf(x.wantedForm) === 'own-only' ? menteeOrganization[i] : -1),
  );
  let upTo = 0;
  for (const candidates of candidatesOf) upTo += candidates.length;
  const builder = new PairTableBuilder(m, n, upTo);
  for (let i = 0; i < m; i++) {
    const candidates = candidatesOf[i];
    const organizationPoints = organizationTable(ruleOf(mentees[i].wantedForm), organizationFull);
    const rejected = excludedOf.get(i);
    const ownDeficits = deficits[i];
    const ownPoints = deficitPoints[i];
    const subjects = menteeSubjects[i];
    const times = menteeTimes[i];
    const category = menteeCategory[i];
    const person = menteePerson[i];
    const organization = menteeOrganization[i];
    const experience = mentees[i].experienceYears ?? 0;
    const age = mentees[i].age ?? Number.NaN;
    const ownChoices = chosen.get(i);
    for (let c = 0; c < candidates.length; c++) {
      const j = candidates[c];
      if (mentorPerson[j] === person || rejected?.has(j)) continue;
      const row = j * words;
      let covered = 0;
      for (let t = 0; t < ownDeficits.length; t++) covered += bit(competencies, row, ownDeficits[t]);
      let total = ownPoints[covered];
      if (anyBit(mentorSubjects, row, subjects)) total += subjectPoints;
      if (mentorExperience[j] - experience >= gap) total += experiencePoints;
      if (organization >= 0 && mentorOrganization[j] >= 0)
        total += organizationPoints[mentorOrganization[j] === organization ? 1 : 0];
      if (category >= 0 && wishes[j] === 1 && bit(wishedCategories, row, category) === 1) total += categoryPoints;
      if (age >= ageMin[j] && age <= ageMax[j]) total += agePoints;
      if (anyBit(mentorTimes, row, times)) total += timePoints;
      if (ownChoices !== undefined) total += ownChoices.get(j) ?? 0;
      builder.add(j, total);
    }
    builder.endRow();
  }
  return builder.table();
}

const EMPTY = new Int32Array(0);

function bit(bits: Uint32Array, row: number, id: number): number {
  return (bits[row + (id >>> 5)] >>> (id & 31)) & 1;
}

function anyBit(bits: Uint32Array, row: number, ids: Int32Array): boolean {
  for (let t = 0; t < ids.length; t++) if (bit(bits, row, ids[t]) === 1) return true;
  return false;
}

/** Points for [another organization, the same one], as the form's organization rule asks. */
function organizationTable(rule: OrganizationRule, full: number): readonly [number, number] {
  if (rule === 'own' || rule === 'own-only') return [0, full];
  if (rule === 'network') return [full, 0];
  return [0, 0];
}

/**
 * The mentors a mentee may meet: those of its form, and — under «только своя организация» — only
 * those of its organization or with none given (ascending, as the pair table wants them).
 */
class CandidateBlocks {
  private readonly byOrganization = new Map<string, Int32Array>();

  constructor(
    private readonly byForm: Map<string, Int32Array>,
    private readonly mentorOrganization: Int32Array,
  ) {}

  /** `organization` -1: no organization block. */
  of(form: string, organization: number): Int32Array {
    const inForm = this.byForm.get(form) ?? EMPTY;
    if (organization < 0) return inForm;
    const key = `${form}\u0001${organization}`;
    let block = this.byOrganization.get(key);
    if (block === undefined) {
      block = inForm.filter((j) => this.mentorOrganization[j] === organization || this.mentorOrganization[j] < 0);
      this.byOrganization.set(key, block);
    }
    return block;
  }
}

/** Mentor indices (ascending) by each form they work in. */
function mentorsByForm(mentors: readonly Mentor[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  mentors.forEach((mentor, j) => {
    for (const form of new Set(mentor.forms.map(textKey))) {
      const list = lists.get(form) ?? [];
      list.push(j);
      lists.set(form, list);
    }
  });
  return new Map([...lists].map(([form, list]) => [form, Int32Array.from(list)]));
}

/**
 * The preference criterion's points for the few pairs where one side chose the other (all other
 * pairs earn 0): computed by the criterion itself, since they are few.
 */
function preferencePoints(
  input: ScoringInput,
  points: (key: string, fit: number) => number,
): Map<number, Map<number, number>> {
  const result = new Map<number, Map<number, number>>();
  const { preferences, config, mentors, mentees } = input;
  if (preferences.isEmpty()) return result;
  const mentorIndex = new Map(mentors.map((x, j) => [x.id, j]));
  // A mentee who needs several forms is several rows with one id: a mentor's choice counts for each.
  const menteeIndex = new Map<string, number[]>();
  mentees.forEach((x, i) => menteeIndex.set(x.id, [...(menteeIndex.get(x.id) ?? []), i]));
  const pairs: Array<[number, number]> = [];
  mentees.forEach((x, i) => {
    for (const id of preferences.choices(x.id, config.preferencesLimit)) {
      const j = mentorIndex.get(id);
      if (j !== undefined) pairs.push([i, j]);
    }
  });
  mentors.forEach((x, j) => {
    for (const id of preferences.choices(x.id, config.preferencesLimit))
      for (const i of menteeIndex.get(id) ?? []) pairs.push([i, j]);
  });
  for (const [i, j] of pairs) {
    const context: PairContext = { mentor: mentors[j], mentee: mentees[i], config, preferences };
    const own = result.get(i) ?? new Map<number, number>();
    own.set(j, points('weightPreferences', preferencesCriterion.fit(context)));
    result.set(i, own);
  }
  return result;
}

/** Texts (compared as textKey: case and ё/е ignored) → dense ids; lists → ids and bitsets. */
class Vocabulary {
  private readonly byKey = new Map<string, number>();

  id(text: string): number {
    const key = textKey(text);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
    }
    return id;
  }

  ids(list: readonly string[]): Int32Array {
    return Int32Array.from(list, (text) => this.id(text));
  }

  /** 32-bit words per bitset row: known only once every text of the run has an id. */
  words(): number {
    return Math.max(1, Math.ceil(this.byKey.size / 32));
  }

  /** One row of `words` words per list (the lists' texts must already have ids). */
  bitsets(lists: ReadonlyArray<readonly string[]>, words: number): Uint32Array {
    const bits = new Uint32Array(Math.max(1, lists.length * words));
    lists.forEach((list, j) => {
      for (const text of list) {
        const id = this.id(text);
        bits[j * words + (id >>> 5)] |= 1 << (id & 31);
      }
    });
    return bits;
  }
}
