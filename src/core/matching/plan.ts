import { type Mentee, type Mentor, neededForms } from '../bases/participant';
import { textKey } from '../text/normalize';
import { type PairTable, PairTableBuilder, pairScore, pairTableRows } from './assignment/pair-table';
import { solvePairs } from './assignment/solve-assignment';
import { compileScores } from './compiled-scores';
import type { PairContext } from './criteria/criterion';
import { pairKey } from './draft-sheet';
import { exclusionReason, formFits, samePerson } from './eligibility';
import { formGroups } from './modes/groups';
import { organizationAllows } from './organization-rule';
import { blockingPairs, deferredAcceptance, type StableProblem } from './modes/stable';
import type { Preferences } from './preferences';
import type { RegisterPair } from './register';
import { type PairScore, scorePair } from './score';
import { type MatchingConfig, MODE_GROUPS, MODE_STABLE } from './settings';
import { ORGANIZATION_RULE_OWN_ONLY } from '../catalogues/defaults';

export interface MatchingInput {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  config: MatchingConfig;
  preferences: Preferences;
  /** The register «Пары»: active pairs hold load and forms. */
  register: readonly RegisterPair[];
  /**
   * Pairs the curator fixed (decision «закрепить» or «принять» not yet approved). `form`: the
   * draft's «Форма»; a mentee who needs several forms keeps the pin for that one.
   */
  pins: ReadonlyArray<{ mentorId: string; menteeId: string; form?: string }>;
  /** Pairs the curator rejected: never proposed. */
  exclusions: ReadonlyArray<{ mentorId: string; menteeId: string }>;
}

/**
 * `mentee` is the demand: the person with `wantedForm` set to the one form this pair is for (a
 * mentee who needs two forms gets two proposals, two different mentors).
 */
export interface Proposal {
  mentor: Mentor;
  mentee: Mentee;
  score: PairScore;
  pinned: boolean;
  /** Group label in the group mode, else ''. */
  group: string;
}

/** A demand left without a pair: `mentee.wantedForm` is the form that is missing. */
export interface UnmatchedMentee {
  mentee: Mentee;
  reason: string;
  /** The best candidates that were not possible, as a curator reads them. */
  nearMiss: string;
}

export interface MatchingPlan {
  proposals: Proposal[];
  unmatched: UnmatchedMentee[];
  /** Statements about the run (mode, stability check, fallbacks) for the outcome. */
  notes: string[];
  /** Pins that could not be kept (unknown IDs), in words. */
  pinProblems: string[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One needed form of a mentee, the unit matching works on: the mentee with `wantedForm` set to
 * that form. A mentee who needs one form is its own single demand (exactly as before lists).
 */
export function demandsOf(mentee: Mentee): Mentee[] {
  const forms = neededForms(mentee);
  if (forms.length <= 1) return [mentee];
  return forms.map((form) => ({ ...mentee, wantedForm: form, wantedForms: [form] }));
}

const demandKey = (menteeId: string, form: string) => `${menteeId}\u0001${textKey(form)}`;

/**
 * Forms pairs (or groups) by the configured mode; pure and deterministic (ties by ids). Each
 * mentee takes part once per needed form (`demandsOf`): one pair per (mentee, form), never the
 * same mentor twice for one person, each mentor within its limit over all its pairs.
 */
export function planPairs(input: MatchingInput): MatchingPlan {
  const { config, preferences } = input;
  const mentors = [...input.mentors].sort(byId);
  const mentees = [...input.mentees].sort(byId);
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const active = input.register.filter((pair) => pair.active);
  const load = new Map<string, number>();
  for (const pair of active) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  const pairedForms = new Set(active.map((pair) => demandKey(pair.menteeId, pair.form)));
  /** Mentee id → the mentors the person already has (active pairs, pins, this run): never a second time. */
  const mentorsOf = new Map<string, Set<string>>();
  const addMentor = (menteeId: string, mentorId: string) =>
    mentorsOf.set(menteeId, (mentorsOf.get(menteeId) ?? new Set()).add(mentorId));
  for (const pair of active) addMentor(pair.menteeId, pair.mentorId);
  const excluded = new Set(input.exclusions.map((e) => pairKey(e.mentorId, e.menteeId)));
  const context = (mentor: Mentor, mentee: Mentee): PairContext => ({ mentor, mentee, config, preferences });

  const proposals: Proposal[] = [];
  const pinProblems: string[] = [];
  const pinnedDemands = new Set<string>();
  const pinnedPeople = new Set<string>();
  for (const pin of input.pins) {
    const mentor = mentorById.get(pin.mentorId);
    const person = menteeById.get(pin.menteeId);
    if (!mentor || !person) {
      pinProblems.push(
        `закреплённая пара ${pin.mentorId} — ${pin.menteeId}: ${!mentor ? 'наставник' : 'наставляемый'} с таким ID не найден в базе`,
      );
      continue;
    }
    const mentee = pinnedDemand(
      person,
      mentor,
      pin.form ?? '',
      (key) => pinnedDemands.has(key) || pairedForms.has(key),
    );
    const withoutConsent = [mentor, mentee].find((person) => !person.hasConsent);
    if (withoutConsent) {
      // The draft is the first gate of consent: a pinned or accepted pair of a person without it is not kept.
      pinProblems.push(
        `закреплённая пара ${pin.mentorId} — ${pin.menteeId}: ${exclusionReason(withoutConsent)} (${withoutConsent.fio}) — пара не сохранена`,
      );
      continue;
    }
    if (!organizationAllows(mentor, mentee, config)) {
      pinProblems.push(
        `закреплённая пара ${pin.mentorId} — ${pin.menteeId}: для формы «${mentee.wantedForm}» в «Справочниках» задано «${ORGANIZATION_RULE_OWN_ONLY}», а наставник из «${mentor.organization}», наставляемый из «${mentee.organization}» — пара не сохранена, наставляемый подобран заново`,
      );
      continue;
    }
    const key = demandKey(mentee.id, mentee.wantedForm);
    // A repeated pin (the same form again, or the same mentor for another form) is the same pair.
    if (pinnedDemands.has(key) || pinnedPeople.has(pairKey(mentor.id, mentee.id))) continue;
    pinnedDemands.add(key);
    pinnedPeople.add(pairKey(mentor.id, mentee.id));
    addMentor(mentee.id, mentor.id);
    load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
    proposals.push({ mentor, mentee, score: scorePair(context(mentor, mentee)), pinned: true, group: '' });
  }

  const unmatched: UnmatchedMentee[] = [];
  const pool: Mentee[] = [];
  for (const mentee of mentees.flatMap(demandsOf)) {
    const key = demandKey(mentee.id, mentee.wantedForm);
    if (pinnedDemands.has(key) || pairedForms.has(key)) continue;
    const reason = exclusionReason(mentee);
    if (reason) unmatched.push({ mentee, reason, nearMiss: '' });
    else pool.push(mentee);
  }
  const ready = mentors.filter((mentor) => exclusionReason(mentor) === null);
  const limitOf = (mentor: Mentor) => mentor.loadLimit ?? config.defaultLoadLimit;
  const capacity = ready.map((mentor) => Math.max(0, limitOf(mentor) - (load.get(mentor.id) ?? 0)));
  const m = pool.length;
  const n = ready.length;
  const mentorIndex = new Map(ready.map((mentor, j) => [mentor.id, j]));
  const menteeIndex = demandIndex(pool);
  const excludedPairs = input.exclusions.flatMap((e): Array<[number, number]> => {
    const j = mentorIndex.get(e.mentorId);
    return j === undefined ? [] : (menteeIndex.get(e.menteeId) ?? []).map((i): [number, number] => [j, i]);
  });
  // A mentor the person already has (another form's pair or pin) is not a candidate for the person's other forms.
  pool.forEach((mentee, i) => {
    for (const id of mentorsOf.get(mentee.id) ?? []) {
      const j = mentorIndex.get(id);
      if (j !== undefined) excludedPairs.push([j, i]);
    }
  });
  const score = compileScores({ mentors: ready, mentees: pool, config, preferences, excluded: excludedPairs });

  const notes: string[] = [];
  const groupOf = new Array<string>(n).fill('');
  let mentorOf: Int32Array;
  if (config.mode === MODE_STABLE) {
    mentorOf = stableWithFallback(pool, ready, capacity, score, input, notes);
  } else if (config.mode === MODE_GROUPS) {
    const result = formGroups({
      mentees: m,
      mentors: n,
      capacity,
      score,
      menteeKey: pool.map((mentee) => groupKey(mentee.wantedForm, mentee.subjects[0] ?? '')),
      mentorKeys: ready.map((mentor) =>
        mentor.forms.flatMap((form) => ['', ...mentor.subjects].map((subject) => groupKey(form, subject))),
      ),
      min: config.groupSizeMin,
      max: config.groupSizeMax,
    });
    mentorOf = result.mentorOf;
    const shown = displayNames([
      ...pool.flatMap((x) => [x.wantedForm, ...x.subjects]),
      ...ready.flatMap((x) => [...x.forms, ...x.subjects]),
    ]);
    result.keyOf.forEach((key, j) => {
      const parts = key.split('\u0001').filter((part) => part !== '');
      groupOf[j] =
        key === '' ? '' : `группа ${ready[j].id}: ${parts.map((part) => shown.get(part) ?? part).join(', ')}`;
    });
    const groups = new Set([...result.mentorOf].filter((j) => j >= 0)).size;
    const dissolved = result.dissolved.size > 0 ? `; не набрали минимум и не созданы: ${result.dissolved.size}` : '';
    notes.push(`Групп: ${groups} (по ${config.groupSizeMin}–${config.groupSizeMax} человек)${dissolved}.`);
  } else {
    mentorOf = solvePairs(score, capacity).mentorOf;
  }
  oneMentorPerPerson(pool, mentorOf, score, capacity, config.mode !== MODE_GROUPS);

  const taken = new Array<number>(n).fill(0);
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    taken[j]++;
    addMentor(pool[i].id, ready[j].id);
    proposals.push({
      mentor: ready[j],
      mentee: pool[i],
      score: scorePair(context(ready[j], pool[i])),
      pinned: false,
      group: groupOf[j],
    });
  });
  const grouped = config.mode === MODE_GROUPS;
  mentorOf.forEach((j, i) => {
    if (j >= 0) return;
    unmatched.push(
      explainUnmatched(pool[i], i, { mentors, ready, capacity, taken, score, excluded, grouped, config, mentorsOf }),
    );
  });
  unmatched.sort((a, b) => byId(a.mentee, b.mentee));
  return { proposals, unmatched, notes, pinProblems };
}

/** Mentee id → its demands' indices in the pool (one per needed form). */
function demandIndex(pool: readonly Mentee[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  pool.forEach((mentee, i) => index.set(mentee.id, [...(index.get(mentee.id) ?? []), i]));
  return index;
}

/**
 * The demand a pin stands for: the draft's form when the person needs it; else the first needed
 * form the mentor works in and not taken yet (by another pin or an active pair); else the first
 * not taken. A one-form mentee's pin is its one demand, whatever the row says (as before lists).
 */
function pinnedDemand(person: Mentee, mentor: Mentor, form: string, taken: (key: string) => boolean): Mentee {
  const demands = demandsOf(person);
  if (demands.length === 1) return demands[0];
  const free = demands.filter((d) => !taken(demandKey(d.id, d.wantedForm)));
  return (
    demands.find((d) => form !== '' && textKey(d.wantedForm) === textKey(form)) ??
    free.find((d) => formFits(mentor, d)) ??
    free[0] ??
    demands[0]
  );
}

/**
 * Two demands of one person never share a mentor. Pairs with mentors the person already had are
 * blocked before solving; two demands of the same run can still land on one mentor who works in
 * both forms: the later one gives the place back and, with that mentor barred for it, the
 * unmatched demands are solved again over the places left (each round bars a pair for good, so
 * it ends). The group mode cannot produce it (a mentor leads one group of one form); there the
 * later demand just stays unmatched.
 */
function oneMentorPerPerson(
  pool: readonly Mentee[],
  mentorOf: Int32Array,
  score: PairTable,
  capacity: readonly number[],
  solveAgain: boolean,
): void {
  const barred = new Map<number, Set<number>>();
  for (;;) {
    const mentorsOf = new Map<string, Set<number>>();
    let repeated = 0;
    mentorOf.forEach((j, i) => {
      if (j < 0) return;
      const own = mentorsOf.get(pool[i].id) ?? new Set<number>();
      mentorsOf.set(pool[i].id, own);
      if (!own.has(j)) {
        own.add(j);
        return;
      }
      barred.set(i, (barred.get(i) ?? new Set()).add(j));
      mentorOf[i] = -1;
      repeated++;
    });
    if (repeated === 0 || !solveAgain) return;
    const left = capacity.slice();
    for (const j of mentorOf) if (j >= 0) left[j]--;
    const rest = [...mentorOf.keys()].filter((i) => mentorOf[i] < 0);
    const table = tableWithout(
      score,
      rest,
      (i, j) => barred.get(i)?.has(j) === true || mentorsOf.get(pool[i].id)?.has(j) === true,
    );
    const again = solvePairs(table, left).mentorOf;
    rest.forEach((i, r) => {
      mentorOf[i] = again[r];
    });
  }
}

/** The rows `rows` of `table` without the pairs `drop` names. */
function tableWithout(table: PairTable, rows: readonly number[], drop: (i: number, j: number) => boolean): PairTable {
  const builder = new PairTableBuilder(rows.length, table.mentors, table.start[table.mentees]);
  for (const i of rows) {
    for (let e = table.start[i]; e < table.start[i + 1]; e++)
      if (!drop(i, table.mentor[e])) builder.add(table.mentor[e], table.score[e]);
    builder.endRow();
  }
  return builder.table();
}

/** Key → the spelling people gave it (first seen), so that labels read as the sheets do. */
function displayNames(values: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const value of values) if (!names.has(textKey(value))) names.set(textKey(value), value);
  return names;
}

function groupKey(form: string, subject: string): string {
  return `${textKey(form)}\u0001${textKey(subject)}`;
}

function stableWithFallback(
  pool: Mentee[],
  ready: Mentor[],
  capacity: number[],
  score: PairTable,
  input: MatchingInput,
  notes: string[],
): Int32Array {
  const { preferences, config } = input;
  const m = pool.length;
  const n = ready.length;
  const k = config.preferencesLimit;
  const mentorIndex = new Map(ready.map((mentor, j) => [mentor.id, j]));
  const menteeIndex = demandIndex(pool);
  const mentorRanks = ready.map((mentor) => {
    const ranks = new Map<number, number>();
    preferences.choices(mentor.id, k).forEach((id, r) => {
      for (const i of menteeIndex.get(id) ?? []) ranks.set(i, r);
    });
    return ranks;
  });
  const problem: StableProblem = {
    mentees: m,
    mentors: n,
    capacity,
    menteeChoices: pool.map((mentee, i) =>
      preferences
        .choices(mentee.id, k)
        .map((id) => mentorIndex.get(id))
        .filter((j): j is number => j !== undefined && pairScore(score, i, j) >= 0),
    ),
    mentorRank: (j, i) => mentorRanks[j].get(i) ?? Number.POSITIVE_INFINITY,
  };
  const mentorOf = deferredAcceptance(problem);
  const blocking = blockingPairs(problem, mentorOf).length;
  const stableCount = mentorOf.filter((j) => j >= 0).length;
  notes.push(
    blocking === 0
      ? `По взаимному выбору: ${stableCount} пар; проверено — блокирующих пар нет (никакие двое не предпочли бы друг друга своим парам).`
      : `Внимание: найдено блокирующих пар: ${blocking}.`,
  );
  // The rest: the optimal mode over the places left.
  const left = capacity.slice();
  for (const j of mentorOf) if (j >= 0) left[j]--;
  const rest = [...mentorOf.keys()].filter((i) => mentorOf[i] < 0);
  if (rest.length > 0) {
    const fallback = solvePairs(pairTableRows(score, rest), left).mentorOf;
    rest.forEach((i, r) => {
      mentorOf[i] = fallback[r];
    });
    const added = fallback.filter((j) => j >= 0).length;
    notes.push(`Без взаимного выбора осталось ${rest.length}; из них подобрано в оптимальном режиме: ${added}.`);
  }
  return mentorOf;
}

interface Pools {
  mentors: Mentor[];
  ready: Mentor[];
  capacity: number[];
  taken: number[];
  score: PairTable;
  excluded: Set<string>;
  grouped: boolean;
  config: MatchingConfig;
  /** Mentee id → mentor ids the person has (register, pins, this run). */
  mentorsOf: ReadonlyMap<string, ReadonlySet<string>>;
}

const NEAR_MISSES = 3;

/** The concrete reason a ready mentee got no pair, and the best candidates that were not possible. */
function explainUnmatched(mentee: Mentee, i: number, pools: Pools): UnmatchedMentee {
  const { mentors, ready, capacity, taken, score, excluded, grouped, config, mentorsOf } = pools;
  const form = mentee.wantedForm;
  const inForm = mentors.filter((mentor) => formFits(mentor, mentee) && !samePerson(mentor, mentee));
  if (inForm.length === 0) return { mentee, reason: `ни один наставник не работает в форме «${form}»`, nearMiss: '' };
  const readyInForm = ready
    .map((mentor, j) => ({ mentor, j }))
    .filter(({ mentor }) => formFits(mentor, mentee) && !samePerson(mentor, mentee));
  if (readyInForm.length === 0) {
    const why = [...new Set(inForm.map((mentor) => exclusionReason(mentor) ?? ''))].filter((r) => r !== '').join('; ');
    return { mentee, reason: `наставники формы «${form}» не могут взять пару: ${why}`, nearMiss: '' };
  }
  const notRejected = readyInForm.filter(({ mentor }) => !excluded.has(pairKey(mentor.id, mentee.id)));
  if (notRejected.length === 0)
    return {
      mentee,
      reason: `все наставники формы «${form}» отклонены куратором для этого наставляемого`,
      nearMiss: '',
    };
  const own = mentorsOf.get(mentee.id);
  const open = notRejected.filter(({ mentor }) => own?.has(mentor.id) !== true);
  if (open.length === 0)
    return {
      mentee,
      reason: `наставники формы «${form}» (${notRejected.map(({ mentor }) => mentor.fio).join(', ')}) уже ведут этого наставляемого в другой форме: по второй форме нужен другой наставник`,
      nearMiss: '',
    };
  const inOrganization = open.filter(({ mentor }) => organizationAllows(mentor, mentee, config));
  if (inOrganization.length === 0) return closedByOrganization(mentee, open);
  const candidates = inOrganization
    .map(({ mentor, j }) => ({ mentor, j, score: pairScore(score, i, j) }))
    .sort((a, b) => b.score - a.score || (a.mentor.id < b.mentor.id ? -1 : 1))
    .slice(0, NEAR_MISSES);
  const nearMiss = candidates
    .map(({ mentor, j, score: s }) => `${mentor.fio} (${mentor.id}), балл ${s}, занято ${taken[j]} из ${capacity[j]}`)
    .join('; ');
  const ownOnly = inOrganization.length < open.length;
  const reason = grouped
    ? `в группы формы «${form}» не нашлось места: группы заполнены или не набрали минимум участников`
    : ownOnly
      ? `все подходящие наставники формы «${form}» своей организации (${inOrganization.length}) заняты: лимит наставляемых исчерпан`
      : `все подходящие наставники формы «${form}» (${open.length}) заняты: лимит наставляемых исчерпан`;
  if (ownOnly && !grouped)
    return {
      mentee,
      reason: `${noFreeMentorAtHome(mentee)}: все подходящие наставники формы своей организации (${inOrganization.length}) заняты, лимит наставляемых исчерпан; ${NETWORK_HINT}`,
      nearMiss,
    };
  return { mentee, reason: ownOnly ? `${reason}; ${NETWORK_HINT}` : reason, nearMiss };
}

const NETWORK_HINT =
  'сетевых разрешить? — в «Справочниках» → «Форма: организация наставника» выберите для формы «своя предпочтительна» или «сетевое»';

/** «в своей школе нет свободного наставника по предмету «математика» (форма «учитель – ученик»)». */
function noFreeMentorAtHome(mentee: Mentee): string {
  const home = /школ|СОШ|ООШ|НОШ|гимнази|лице[йя]|кадетск/i.test(mentee.organization)
    ? 'в своей школе'
    : 'в своей организации';
  const subjects = mentee.subjects.filter((subject) => subject.trim() !== '');
  const subject =
    subjects.length === 0
      ? ''
      : subjects.length === 1
        ? ` по предмету «${subjects[0]}»`
        : ` по предметам ${subjects.map((x) => `«${x}»`).join(', ')}`;
  return `${home} нет свободного наставника${subject} (форма «${mentee.wantedForm}»)`;
}

/** Mentors of the form exist, but only in other organizations, and the form keeps to its own. */
function closedByOrganization(mentee: Mentee, open: ReadonlyArray<{ mentor: Mentor }>): UnmatchedMentee {
  const elsewhere = open
    .slice(0, NEAR_MISSES)
    .map(({ mentor }) => `${mentor.fio} (${mentor.id}), ${mentor.organization}`)
    .join('; ');
  return {
    mentee,
    reason: `${noFreeMentorAtHome(mentee)}; ${NETWORK_HINT}`,
    nearMiss: `в других организациях: ${elsewhere}`,
  };
}
