import type { Mentee, Mentor } from '../bases/participant';
import { textKey } from '../text/normalize';
import { denseScores, type PairTable, pairScore, pairTableRows } from './assignment/pair-table';
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
  /** Pairs the curator fixed (decision «закрепить» or «принять» not yet approved). */
  pins: ReadonlyArray<{ mentorId: string; menteeId: string }>;
  /** Pairs the curator rejected: never proposed. */
  exclusions: ReadonlyArray<{ mentorId: string; menteeId: string }>;
}

export interface Proposal {
  mentor: Mentor;
  mentee: Mentee;
  score: PairScore;
  pinned: boolean;
  /** Group label in the group mode, else ''. */
  group: string;
}

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

/** Forms pairs (or groups) by the configured mode; pure and deterministic (ties by ids). */
export function planPairs(input: MatchingInput): MatchingPlan {
  const { config, preferences } = input;
  const mentors = [...input.mentors].sort(byId);
  const mentees = [...input.mentees].sort(byId);
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const active = input.register.filter((pair) => pair.active);
  const load = new Map<string, number>();
  for (const pair of active) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  const pairedForms = new Set(active.map((pair) => `${pair.menteeId}\u0001${textKey(pair.form)}`));
  const excluded = new Set(input.exclusions.map((e) => pairKey(e.mentorId, e.menteeId)));
  const context = (mentor: Mentor, mentee: Mentee): PairContext => ({ mentor, mentee, config, preferences });

  const proposals: Proposal[] = [];
  const pinProblems: string[] = [];
  const pinnedMentees = new Set<string>();
  for (const pin of input.pins) {
    const mentor = mentorById.get(pin.mentorId);
    const mentee = menteeById.get(pin.menteeId);
    if (!mentor || !mentee) {
      pinProblems.push(
        `закреплённая пара ${pin.mentorId} — ${pin.menteeId}: ${!mentor ? 'наставник' : 'наставляемый'} с таким ID не найден в базе`,
      );
      continue;
    }
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
    if (pinnedMentees.has(mentee.id)) continue;
    pinnedMentees.add(mentee.id);
    load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
    proposals.push({ mentor, mentee, score: scorePair(context(mentor, mentee)), pinned: true, group: '' });
  }

  const unmatched: UnmatchedMentee[] = [];
  const pool: Mentee[] = [];
  for (const mentee of mentees) {
    if (pinnedMentees.has(mentee.id) || pairedForms.has(`${mentee.id}\u0001${textKey(mentee.wantedForm)}`)) continue;
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
  const menteeIndex = new Map(pool.map((mentee, i) => [mentee.id, i]));
  const excludedPairs = input.exclusions.flatMap((e): Array<[number, number]> => {
    const j = mentorIndex.get(e.mentorId);
    const i = menteeIndex.get(e.menteeId);
    return j === undefined || i === undefined ? [] : [[j, i]];
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
      score: denseScores(score),
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

  const taken = new Array<number>(n).fill(0);
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    taken[j]++;
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
    unmatched.push(explainUnmatched(pool[i], i, { mentors, ready, capacity, taken, score, excluded, grouped, config }));
  });
  unmatched.sort((a, b) => byId(a.mentee, b.mentee));
  return { proposals, unmatched, notes, pinProblems };
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
  const menteeIndex = new Map(pool.map((mentee, i) => [mentee.id, i]));
  const mentorRanks = ready.map((mentor) => {
    const ranks = new Map<number, number>();
    preferences.choices(mentor.id, k).forEach((id, r) => {
      const i = menteeIndex.get(id);
      if (i !== undefined) ranks.set(i, r);
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
}

const NEAR_MISSES = 3;

/** The concrete reason a ready mentee got no pair, and the best candidates that were not possible. */
function explainUnmatched(mentee: Mentee, i: number, pools: Pools): UnmatchedMentee {
  const { mentors, ready, capacity, taken, score, excluded, grouped, config } = pools;
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
  const open = readyInForm.filter(({ mentor }) => !excluded.has(pairKey(mentor.id, mentee.id)));
  if (open.length === 0)
    return {
      mentee,
      reason: `все наставники формы «${form}» отклонены куратором для этого наставляемого`,
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
