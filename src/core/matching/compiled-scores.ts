import type { Mentee, Mentor } from '../bases/participant';
import { cachedKey } from './criteria/tags';
import { fittedPairTable, type PairTable } from './assignment/pair-table';
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
  // One vocabulary per comparison, so that each usually fits one 32-bit word.
  const deficits = new TagMasks(
    mentees.map((x) => x.deficits),
    mentors.map((x) => x.competencies),
  );
  const subjects = new TagMasks(
    mentees.map((x) => x.subjects),
    mentors.map((x) => x.subjects),
  );
  const times = new TagMasks(
    mentees.map((x) => x.times),
    mentors.map((x) => x.times),
  );
  const categories = new TagMasks(
    mentees.map((x) => (x.category === '' ? [] : [x.category])),
    mentors.map((x) => x.wishedCategories),
  );

  const subjectPoints = points('weightSubject', 1);
  const timePoints = points('weightTime', 1);
  const categoryPoints = points('weightCategory', 1);
  const agePoints = points('weightAge', 1);
  const experiencePoints = points('weightExperience', 1);
  const organizationFull = points('weightOrganization', 1);
  const deficitPoints = deficitPointTables(mentees, points);
  const personId = denseIds();
  const organizationKeyId = denseIds();
  const organizationId = (text: string) => {
    const key = cachedOrganizationKey(text);
    return key === '' ? -1 : organizationKeyId(key);
  };
  const mentorPerson = Int32Array.from(mentors, (x) => (x.personKey === '' ? -1 : personId(x.personKey)));
  const menteePerson = Int32Array.from(mentees, (x) => (x.personKey === '' ? -2 : personId(x.personKey)));
  const mentorOrganization = Int32Array.from(mentors, (x) => organizationId(x.organization));
  const menteeOrganization = Int32Array.from(mentees, (x) => organizationId(x.organization));
  const rules = new Map<string, OrganizationRule>();
  const ruleOf = (form: string) => {
    const key = cachedKey(form);
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
  const chosen = preferencePoints(input, points);
  const excludedOf = new Map<number, Set<number>>();
  for (const [j, i] of input.excluded ?? []) excludedOf.set(i, (excludedOf.get(i) ?? new Set()).add(j));

  const blocks = new CandidateBlocks(mentorsByForm(mentors), mentorOrganization);
  const candidatesOf = mentees.map((x, i) =>
    blocks.of(cachedKey(x.wantedForm), ruleOf(x.wantedForm) === 'own-only' ? menteeOrganization[i] : -1),
  );
  let upTo = 0;
  for (const candidates of candidatesOf) upTo += candidates.length;
  const columns: MentorColumns = {
    person: mentorPerson,
    organization: mentorOrganization,
    experience: mentorExperience,
    ageMin,
    ageMax,
    deficits,
    subjects,
    times,
    categories,
  };
  const out: PairRows = {
    start: new Int32Array(m + 1),
    mentor: new Int32Array(Math.max(1, upTo)),
    score: new Uint8Array(Math.max(1, upTo)),
    size: 0,
  };
  const fixed = { subjectPoints, timePoints, categoryPoints, agePoints, experiencePoints, gap };
  for (let i = 0; i < m; i++) {
    const organizationPoints = organizationTable(ruleOf(mentees[i].wantedForm), organizationFull);
    const row: MenteeRow = {
      i,
      candidates: candidatesOf[i],
      person: menteePerson[i],
      organization: menteeOrganization[i],
      experience: mentees[i].experienceYears ?? 0,
      age: mentees[i].age ?? Number.NaN,
      deficitPoints: deficitPoints[i],
      sameOrganizationPoints: organizationPoints[1],
      otherOrganizationPoints: organizationPoints[0],
      rejected: excludedOf.get(i),
      choices: chosen.get(i),
    };
    scoreMentee(row, columns, fixed, out);
    out.start[i + 1] = out.size;
  }
  return fittedPairTable(m, n, out.start, out.mentor, out.score, out.size);
}

interface MentorColumns {
  person: Int32Array;
  organization: Int32Array;
  experience: Float64Array;
  ageMin: Float64Array;
  ageMax: Float64Array;
  deficits: TagMasks;
  subjects: TagMasks;
  times: TagMasks;
  categories: TagMasks;
}

interface MenteeRow {
  i: number;
  candidates: Int32Array;
  person: number;
  organization: number;
  experience: number;
  age: number;
  deficitPoints: Int32Array;
  sameOrganizationPoints: number;
  otherOrganizationPoints: number;
  rejected: Set<number> | undefined;
  choices: Map<number, number> | undefined;
}

interface FixedPoints {
  subjectPoints: number;
  timePoints: number;
  categoryPoints: number;
  agePoints: number;
  experiencePoints: number;
  gap: number;
}

interface PairRows {
  start: Int32Array;
  mentor: Int32Array;
  score: Uint8Array;
  size: number;
}

/** Scores mentee `row.i` against its candidate mentors, appending the allowed pairs to `out`. */
function scoreMentee(row: MenteeRow, columns: MentorColumns, fixed: FixedPoints, out: PairRows): void {
  const { i, candidates, person, organization, experience, age, deficitPoints, rejected, choices } = row;
  const { sameOrganizationPoints, otherOrganizationPoints } = row;
  const { subjectPoints, timePoints, categoryPoints, agePoints, experiencePoints, gap } = fixed;
  const { deficits, subjects, times, categories } = columns;
  const mentorPerson = columns.person;
  const mentorOrganization = columns.organization;
  const mentorExperience = columns.experience;
  const { ageMin, ageMax } = columns;
  const { bits: competencies, words: deficitWords } = deficits;
  const { bits: subjectBits, words: subjectWords } = subjects;
  const { bits: timeBits, words: timeWords } = times;
  const { bits: categoryBits, words: categoryWords } = categories;
  // Most lists touch one word of their vocabulary: that word and its mask, tested inline.
  const deficitsOneWord = deficits.oneWord(i);
  const deficitWord = deficits.firstWord(i);
  const deficitMask = deficits.firstMask(i);
  const subjectsOneWord = subjects.oneWord(i);
  const subjectWord = subjects.firstWord(i);
  const subjectMask = subjects.firstMask(i);
  const timesOneWord = times.oneWord(i);
  const timeWord = times.firstWord(i);
  const timeMask = times.firstMask(i);
  const categoryWord = categories.firstWord(i);
  const categoryMask = categories.firstMask(i);
  const outMentor = out.mentor;
  const outScore = out.score;
  let size = out.size;
  for (let c = 0; c < candidates.length; c++) {
    const j = candidates[c];
    if (mentorPerson[j] === person || (rejected !== undefined && rejected.has(j))) continue;
    const covered = deficitsOneWord
      ? bitCount(competencies[j * deficitWords + deficitWord] & deficitMask)
      : deficits.count(i, j);
    let total = deficitPoints[covered];
    if (subjectsOneWord ? (subjectBits[j * subjectWords + subjectWord] & subjectMask) !== 0 : subjects.meets(i, j))
      total += subjectPoints;
    if (mentorExperience[j] - experience >= gap) total += experiencePoints;
    const mentorOrganizationId = mentorOrganization[j];
    if (organization >= 0 && mentorOrganizationId >= 0)
      total += mentorOrganizationId === organization ? sameOrganizationPoints : otherOrganizationPoints;
    // A category is one tag: its single word always suffices.
    if ((categoryBits[j * categoryWords + categoryWord] & categoryMask) !== 0) total += categoryPoints;
    if (age >= ageMin[j] && age <= ageMax[j]) total += agePoints;
    if (timesOneWord ? (timeBits[j * timeWords + timeWord] & timeMask) !== 0 : times.meets(i, j)) total += timePoints;
    if (choices !== undefined) total += choices.get(j) ?? 0;
    outMentor[size] = j;
    outScore[size++] = total;
  }
  out.size = size;
}

const EMPTY = new Int32Array(0);

/** Each mentee's deficit points by how many of its deficits are covered: [0 covered, 1, …, all]. */
function deficitPointTables(mentees: readonly Mentee[], points: (key: string, fit: number) => number): Int32Array[] {
  const tables = new Map<number, Int32Array>();
  return mentees.map(({ deficits: { length } }) => {
    let table = tables.get(length);
    if (table === undefined) {
      table = Int32Array.from({ length: length + 1 }, (_, c) =>
        length === 0 ? 0 : points('weightDeficits', c / length),
      );
      tables.set(length, table);
    }
    return table;
  });
}

/** 0, 1, 2, … for each new key, the same id for a key seen before. */
function denseIds(): ((key: string) => number) & { count: () => number } {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  return Object.assign(idOf, { count: () => ids.size });
}

/** Set bits of a 32-bit word. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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
    for (const form of new Set(mentor.forms.map(cachedKey))) {
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

/**
 * One comparison of tag lists (texts compared as textKey: case and ё/е ignored): each mentor's
 * list as a bitset row of `words` 32-bit words, each mentee's as its non-zero words only (most
 * lists touch one word), so a test is a few ANDs. A mentee list naming one tag twice counts it
 * twice, as the criteria do: such rows (`hasRepeats`) keep their ids and are counted one by one.
 */
class TagMasks {
  readonly words: number;
  readonly bits: Uint32Array;
  /** Mentee i's non-zero words: word[w] and mask[w] for w in from[i] … from[i + 1] − 1. */
  readonly from: Int32Array;
  readonly word: Int32Array;
  readonly mask: Uint32Array;
  private readonly repeats = new Map<number, Int32Array>();

  constructor(menteeLists: ReadonlyArray<readonly string[]>, mentorLists: ReadonlyArray<readonly string[]>) {
    const keyId = denseIds();
    const idOf = (text: string) => keyId(cachedKey(text));
    const menteeIds = menteeLists.map((list) => Int32Array.from(list, idOf));
    const mentorIds = mentorLists.map((list) => Int32Array.from(list, idOf));
    this.words = Math.max(1, Math.ceil(keyId.count() / 32));
    this.bits = new Uint32Array(Math.max(1, mentorIds.length * this.words));
    mentorIds.forEach((list, j) => {
      for (const id of list) this.bits[j * this.words + (id >>> 5)] |= 1 << (id & 31);
    });
    this.from = new Int32Array(menteeIds.length + 1);
    const words: number[] = [];
    const masks: number[] = [];
    menteeIds.forEach((list, i) => {
      const own = new Map<number, number>();
      for (const id of list) own.set(id >>> 5, (own.get(id >>> 5) ?? 0) | (1 << (id & 31)));
      for (const [w, bits] of [...own].sort((a, b) => a[0] - b[0])) {
        words.push(w);
        masks.push(bits);
      }
      this.from[i + 1] = words.length;
      if (new Set(list).size < list.length) this.repeats.set(i, list);
    });
    this.word = Int32Array.from(words);
    this.mask = Uint32Array.from(masks);
  }

  /** Whether mentor j has any tag of mentee i. */
  meets(i: number, j: number): boolean {
    const row = j * this.words;
    for (let w = this.from[i]; w < this.from[i + 1]; w++)
      if ((this.bits[row + this.word[w]] & this.mask[w]) !== 0) return true;
    return false;
  }

  /** The list touches at most one word and names no tag twice: `firstWord`/`firstMask` say it all. */
  oneWord(i: number): boolean {
    return this.from[i + 1] - this.from[i] <= 1 && !this.repeats.has(i);
  }

  /** The first non-zero word of mentee i's list (0 for an empty list, whose mask is 0). */
  firstWord(i: number): number {
    return this.from[i + 1] > this.from[i] ? this.word[this.from[i]] : 0;
  }

  firstMask(i: number): number {
    return this.from[i + 1] > this.from[i] ? this.mask[this.from[i]] : 0;
  }

  /** How many of mentee i's tags, repeats included, mentor j has. */
  count(i: number, j: number): number {
    const row = j * this.words;
    const repeated = this.repeats.get(i);
    let count = 0;
    if (repeated !== undefined) for (const id of repeated) count += (this.bits[row + (id >>> 5)] >>> (id & 31)) & 1;
    else
      for (let w = this.from[i]; w < this.from[i + 1]; w++)
        count += bitCount(this.bits[row + this.word[w]] & this.mask[w]);
    return count;
  }
}
