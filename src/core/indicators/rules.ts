/**
 * Indicator rules: a count or a share over the bases, written in Russian words a curator types
 * (README, «Свои показатели из баз»). The built-in counts and shares of the
 * catalogue are rules too (catalogue.ts `rule`), so a curator's rule and a built-in one with the
 * same words give the same figure — one mechanism, one definition of every condition.
 *
 *   База:                   Наставляемые | Наставники | Участники | Пары | Организации | Команды
 *   Считать в числителе:    условия через «;» — «категория = молодой специалист; есть пара»
 *   Считать в знаменателе:  пусто (число, не доля) | условия | «все» | «Настройки: педагоги» | число
 *
 * The numerator counts the denominator's rows that also meet its own conditions.
 */
import { type Mentee, type Mentor, neededForms, type ParticipantBase } from '../bases/participant';
import { isManager } from '../bases/managers';
import { editDistance } from '../organizations/directory';
import { MENTEES_SHEET, MENTORS_SHEET } from '../bases/layouts';
import { PAIRS_SHEET } from '../pairs/register-layout';
import { textKey } from '../text/normalize';
import type { Denominator } from './denominators';
import type { Measurement, MetricInput } from './metrics';
import { type PairUnit, unitTeamIds } from './program-data';
import { counted, isPupil, isTeacher, type Scope, type ScopeContext } from './scope';
import type { ScopeOrganization } from './denominators';
import { formatNumber, plural, sheetRows } from './source-text';

export type RuleBase = 'mentees' | 'mentors' | 'participants' | 'pairs' | 'organizations' | 'teams';

type Person = Mentor | Mentee;
type Item =
  | { base: 'person'; person: Person }
  | { base: 'pair'; unit: PairUnit }
  | { base: 'organization'; organization: ScopeOrganization };

/** What a condition may look at in one scope: prepared once per evaluation. */
interface Facts {
  base: RuleBase;
  scope: Scope;
  context: ScopeContext;
  pairedMentees: Set<string>;
  pairedMentors: Set<string>;
  /** Ids (both roles) in a pair or group whose status is «активна». */
  active: Set<string>;
  menteesById: Map<string, Person>;
  mentorsOfYoung: Set<string>;
  organizationsByKey: Map<string, ScopeOrganization>;
  /** Organization keys with counted participants / with live pairs, in this scope. */
  withParticipants: Set<string>;
  withPairs: Set<string>;
  withMentors: Set<string>;
  withMentees: Set<string>;
}

export interface Condition {
  text: string;
  holds(item: Item, facts: Facts): boolean;
}

export type RuleDenominator =
  | { kind: 'none' }
  | { kind: 'rows'; conditions: Condition[] }
  | { kind: 'total'; total: 'teachers' | 'pupils' }
  | { kind: 'number'; value: number };

export interface IndicatorRule {
  base: RuleBase;
  numerator: Condition[];
  denominator: RuleDenominator;
}

/**
 * How the source reads: `{n}`, `{d}`, `{строки}` (numerator rows), `{строки знаменателя}`,
 * `{строки пар}`, and a number with its word: `{n|группа|группы|групп}`, `{наставляемых|…|…|…}`
 * (the mentees of the counted pairs and groups).
 */
export interface RuleWording {
  template: string;
  /** Said after «нет данных: » when the denominator is 0. */
  empty: string;
}

/** The rule as the curator typed it (cells of «Правила показателей» or of the catalogue). */
export interface RuleText {
  base: string;
  numerator: string;
  denominator: string;
}

export type RuleColumn = 'base' | 'numerator' | 'denominator';

export type ParsedRule = { ok: true; rule: IndicatorRule } | { ok: false; column: RuleColumn; message: string };

const BASES: Record<RuleBase, { label: string; names: string[] }> = {
  mentees: { label: 'Наставляемые', names: ['наставляемые', 'база наставляемых', 'наставляемый'] },
  mentors: { label: 'Наставники', names: ['наставники', 'база наставников', 'наставник'] },
  participants: {
    label: 'Участники',
    names: ['участники', 'наставники и наставляемые', 'обе базы', 'все участники'],
  },
  pairs: { label: 'Пары', names: ['пары', 'пары и группы', 'пары и группы («пары»)'] },
  organizations: { label: 'Организации', names: ['организации', 'оо', 'образовательные организации', 'школы'] },
  // the team rows of both bases (bases/teams.ts): a team is counted as one, its members are people
  teams: { label: 'Команды', names: ['команды', 'команда', 'команды наставников и наставляемых'] },
};

export function baseLabel(base: RuleBase): string {
  return BASES[base].label;
}

const PEOPLE: RuleBase[] = ['mentees', 'mentors', 'participants'];
/** What a person's row and a team's row share: a pair, an organization, forms, a status. */
const ROWS: RuleBase[] = [...PEOPLE, 'teams'];
const person = (item: Item): Person | null => (item.base === 'person' ? item.person : null);

/** A named yes/no property: «есть пара», «молодой специалист», «группа». */
interface Flag {
  names: string[];
  bases: RuleBase[];
  holds(item: Item, facts: Facts): boolean;
}

/**
 * In an active or completed pair or group: a mentee among its mentees, a mentor as its mentor;
 * over «Участники» one set of both roles' ids, exactly as the involvement figures count people.
 */
function isPaired(p: Person, facts: Facts): boolean {
  if (facts.base === 'participants' || facts.base === 'teams')
    return facts.pairedMentors.has(p.id) || facts.pairedMentees.has(p.id);
  return p.role === 'mentor' ? facts.pairedMentors.has(p.id) : facts.pairedMentees.has(p.id);
}
const orgKey = (item: Item) => (item.base === 'organization' ? item.organization.key : '');

const FLAGS: Flag[] = [
  {
    names: ['есть пара', 'в паре', 'есть наставник', 'с наставником', 'в паре или группе'],
    bases: ROWS,
    holds: (item, facts) => isPaired(person(item) as Person, facts),
  },
  {
    // only pairs and groups going on now (status «активна»), not the completed ones
    names: ['есть активная пара', 'в активной паре', 'сейчас в паре'],
    bases: ROWS,
    holds: (item, facts) => facts.active.has((person(item) as Person).id),
  },
  {
    names: ['нет пары', 'без пары', 'без наставника', 'нет наставника'],
    bases: ROWS,
    holds: (item, facts) => !isPaired(person(item) as Person, facts),
  },
  {
    names: ['молодой специалист', 'молодые специалисты'],
    bases: ['mentees', 'participants'],
    holds: (item, facts) => {
      const p = person(item) as Person;
      return p.role === 'mentee' && facts.context.isYoungSpecialist(p);
    },
  },
  {
    names: [
      'вновь назначенный руководитель',
      'вновь назначенный',
      'вновь назначенный заместитель',
      'вновь назначенные руководители',
      'вновь назначенный руководитель или заместитель',
    ],
    bases: PEOPLE,
    holds: (item) => (person(item) as Person).newlyAppointed === true,
  },
  {
    names: ['руководитель', 'руководитель или заместитель', 'управленческий кадр', 'управленец'],
    bases: PEOPLE,
    holds: (item) => {
      const p = person(item) as Person;
      return isManager(p.category, p.position);
    },
  },
  {
    names: ['наставник молодого специалиста', 'в паре с молодым специалистом'],
    bases: ['mentors', 'participants'],
    holds: (item, facts) => {
      const p = person(item) as Person;
      return p.role === 'mentor' && facts.mentorsOfYoung.has(p.id);
    },
  },
  {
    names: ['наставник'],
    bases: ['participants', 'teams'],
    holds: (item) => (person(item) as Person).role === 'mentor',
  },
  {
    names: ['наставляемый'],
    bases: ['participants', 'teams'],
    holds: (item) => (person(item) as Person).role === 'mentee',
  },
  {
    names: ['несовершеннолетний'],
    bases: ['mentees', 'participants'],
    holds: (item) => {
      const p = person(item) as Person;
      return p.role === 'mentee' && p.isMinor;
    },
  },
  {
    // the categories counted as teachers / pupils (catalogue.ts), one definition with П-01, П-13
    names: ['педагогический работник', 'педагогические работники', 'педагог любой категории'],
    bases: PEOPLE,
    holds: (item) => isTeacher((person(item) as Person).category),
  },
  {
    names: ['обучающийся или студент', 'обучающиеся и студенты', 'обучающийся любой категории'],
    bases: PEOPLE,
    holds: (item) => isPupil((person(item) as Person).category),
  },
  { names: ['группа'], bases: ['pairs'], holds: (item) => item.base === 'pair' && item.unit.isGroup },
  {
    names: ['индивидуальная пара', 'пара'],
    bases: ['pairs'],
    holds: (item) => item.base === 'pair' && !item.unit.isGroup,
  },
  {
    names: ['есть участники', 'участвует', 'участвуют'],
    bases: ['organizations'],
    holds: (item, facts) => facts.withParticipants.has(orgKey(item)),
  },
  {
    names: ['есть пары', 'есть пара'],
    bases: ['organizations'],
    holds: (item, facts) => facts.withPairs.has(orgKey(item)),
  },
  {
    names: ['есть наставники'],
    bases: ['organizations'],
    holds: (item, facts) => facts.withMentors.has(orgKey(item)),
  },
  {
    names: ['есть наставляемые'],
    bases: ['organizations'],
    holds: (item, facts) => facts.withMentees.has(orgKey(item)),
  },
];

/** A field compared with «=», «≠», «<», «≤», «>», «≥»: its text values or its number. */
interface Field {
  names: string[];
  bases: RuleBase[];
  /** Text values (several for tags: a mentor's forms, subjects) — or a number for numeric fields. */
  text?(item: Item, facts: Facts): string[];
  number?(item: Item): number | null;
  /** How two texts are compared: a key, organizations through «Организации», posts by words. */
  compare?: 'organization' | 'contains';
}

/** A pair's organization: its «Организация» in «Пары», else its mentees' (a group may span several). */
function pairOrganizations(unit: PairUnit, facts: Facts): string[] {
  if (unit.organization !== '') return [unit.organization];
  return unit.menteeIds.flatMap((id) => {
    const mentee = facts.menteesById.get(id);
    return mentee ? [mentee.organization] : [];
  });
}

const orgOfPerson = (p: Person, facts: Facts) =>
  facts.organizationsByKey.get(facts.context.organizationOf(p.organization));

const FIELDS: Field[] = [
  { names: ['категория'], bases: PEOPLE, text: (item) => [(person(item) as Person).category] },
  {
    names: ['организация', 'оо'],
    bases: [...ROWS, 'pairs', 'organizations'],
    compare: 'organization',
    text: (item, facts) =>
      item.base === 'person'
        ? [item.person.organization]
        : item.base === 'pair'
          ? pairOrganizations(item.unit, facts)
          : [item.organization.name],
  },
  {
    names: ['тип организации', 'тип оо', 'тип'],
    bases: [...ROWS, 'pairs', 'organizations'],
    text: (item, facts) => {
      if (item.base === 'organization') return [item.organization.record?.type ?? ''];
      if (item.base === 'person') return [orgOfPerson(item.person, facts)?.record?.type ?? ''];
      return pairOrganizations(item.unit, facts).map(
        (name) => facts.organizationsByKey.get(facts.context.organizationOf(name))?.record?.type ?? '',
      );
    },
  },
  {
    names: ['должность'],
    bases: PEOPLE,
    compare: 'contains',
    text: (item) => [(person(item) as Person).position],
  },
  {
    names: ['форма', 'форма наставничества', 'формы'],
    bases: [...ROWS, 'pairs'],
    text: (item) => {
      if (item.base === 'pair') return [item.unit.form];
      const p = item.base === 'person' ? item.person : null;
      if (p === null) return [];
      return p.role === 'mentor' ? p.forms : neededForms(p);
    },
  },
  {
    names: ['ролевая модель', 'модель'],
    bases: ['pairs'],
    text: (item) => [item.base === 'pair' ? item.unit.roleModel : ''],
  },
  {
    names: ['статус'],
    bases: [...ROWS, 'pairs'],
    text: (item) => [item.base === 'pair' ? item.unit.status : item.base === 'person' ? item.person.status : ''],
  },
  {
    names: ['предмет', 'предметы', 'направление'],
    bases: PEOPLE,
    text: (item) => (person(item) as Person).subjects,
  },
  { names: ['стаж', 'педагогический стаж'], bases: PEOPLE, number: (item) => (person(item) as Person).experienceYears },
  {
    names: ['стаж в должности', 'лет в должности'],
    bases: PEOPLE,
    number: (item) => (person(item) as Person).yearsInPost ?? null,
  },
  {
    names: ['возраст'],
    bases: ['mentees', 'participants'],
    number: (item) => {
      const p = person(item) as Person;
      return p.role === 'mentee' ? p.age : null;
    },
  },
  {
    // «Вид наставничества» of «Пары» (program/kinds.ts counts the same column).
    names: ['вид', 'вид наставничества'],
    bases: ['pairs'],
    text: (item) => [item.base === 'pair' ? (item.unit.kind ?? '') : ''],
  },
];

const OPERATOR = /^(.+?)\s*(≠|!=|<>|≤|<=|≥|>=|=|<|>|:)\s*(.*)$/;
type Operator = '=' | '≠' | '<' | '≤' | '>' | '≥';
const OPERATORS: Record<string, Operator> = {
  '=': '=',
  ':': '=',
  '≠': '≠',
  '!=': '≠',
  '<>': '≠',
  '<': '<',
  '<=': '≤',
  '≤': '≤',
  '>': '>',
  '>=': '≥',
  '≥': '≥',
};

const ALL_WORDS = [
  'все',
  'всех',
  'все строки',
  'все участники',
  'все наставляемые',
  'все наставники',
  'все пары',
  'все организации',
];

function findBase(text: string): RuleBase | null {
  const key = textKey(text).replace(/[«»"]/g, '');
  for (const [base, spec] of Object.entries(BASES) as [RuleBase, { names: string[] }][])
    if (spec.names.some((name) => textKey(name) === key)) return base;
  return null;
}

const nameKey = (text: string) => textKey(text).replace(/[«»"]/g, '').replace(/\s+/g, ' ').trim();

function flagsOf(base: RuleBase): Flag[] {
  return FLAGS.filter((flag) => flag.bases.includes(base));
}

function fieldsOf(base: RuleBase): Field[] {
  return FIELDS.filter((field) => field.bases.includes(base));
}

/** The words a curator may write (the first name of each field and flag), for the guide and its test. */
export function ruleVocabulary(): { fields: string[]; flags: string[] } {
  return { fields: FIELDS.map((f) => f.names[0]), flags: FLAGS.map((f) => f.names[0]) };
}

/** «похоже на «категория»» for a typo of a field or flag of the base; '' when nothing is close. */
function closest(typed: string, base: RuleBase): string {
  const names = [...fieldsOf(base), ...flagsOf(base)].flatMap((entry) => entry.names.map((name) => ({ name, entry })));
  let best: { name: string; distance: number } | null = null;
  for (const { name, entry } of names) {
    const distance = editDistance(nameKey(typed), nameKey(name));
    if (best === null || distance < best.distance) best = { name: entry.names[0], distance };
  }
  return best !== null && best.distance <= Math.max(1, Math.floor(nameKey(typed).length / 4))
    ? `похоже на «${best.name}»; `
    : '';
}

/** What may be written for this base, for the problem message. */
function vocabulary(base: RuleBase): string {
  const fields = fieldsOf(base).map((f) => `«${f.names[0]}»`);
  const flags = flagsOf(base).map((f) => `«${f.names[0]}»`);
  return `поля: ${fields.join(', ')}; признаки: ${flags.join(', ')}`;
}

function parseCondition(raw: string, base: RuleBase): Condition | string {
  const text = raw.trim();
  const key = nameKey(text);
  const negated = /^(не|нет)\s+/.test(key) && !flagsOf(base).some((f) => f.names.some((n) => nameKey(n) === key));
  const flagKey = negated ? key.replace(/^(не|нет)\s+/, '') : key;
  const flag = flagsOf(base).find((f) => f.names.some((name) => nameKey(name) === flagKey));
  if (flag) return { text, holds: negated ? (item, facts) => !flag.holds(item, facts) : flag.holds };
  const match = OPERATOR.exec(text);
  if (!match)
    return `не понято условие «${text}» (${closest(text, base)}для базы «${baseLabel(base)}» — ${vocabulary(base)})`;
  const fieldName = nameKey(match[1]);
  const field = fieldsOf(base).find((f) => f.names.some((name) => nameKey(name) === fieldName));
  if (!field) {
    const elsewhere = FIELDS.some((f) => f.names.some((name) => nameKey(name) === fieldName));
    return elsewhere
      ? `в условии «${text}»: у базы «${baseLabel(base)}» нет поля «${match[1].trim()}» (${vocabulary(base)})`
      : `в условии «${text}»: неизвестное поле «${match[1].trim()}» (${closest(match[1], base)}${vocabulary(base)})`;
  }
  const operator = OPERATORS[match[2]];
  const values = match[3]
    .split(/[,;]/)
    .map((v) => v.trim().replace(/^[«"]|[»"]$/g, ''))
    .filter((v) => v !== '');
  if (values.length === 0) return `в условии «${text}» нет значения после «${match[2]}»`;
  if (field.number) {
    const numbers = values.map((v) => Number(v.replace(',', '.')));
    if (numbers.some((n) => !Number.isFinite(n)))
      return `в условии «${text}»: «${field.names[0]}» сравнивается с числом (например, «${field.names[0]} ≤ 3»)`;
    const number = field.number;
    return { text, holds: (item) => compareNumber(number(item), operator, numbers) };
  }
  if (operator !== '=' && operator !== '≠')
    return `в условии «${text}»: «${field.names[0]}» — текст, с ним пишут «=» или «≠» (значения через запятую)`;
  const textOf = field.text as NonNullable<Field['text']>;
  const compare = field.compare;
  return {
    text,
    holds: (item, facts) => {
      const have = textOf(item, facts);
      const any = values.some((value) => have.some((own) => sameText(own, value, compare, facts)));
      return operator === '=' ? any : !any;
    },
  };
}

function sameText(own: string, value: string, compare: Field['compare'], facts: Facts): boolean {
  if (own === '') return false;
  if (compare === 'organization') {
    const key = facts.context.organizationOf(own);
    return key !== '' && key === facts.context.organizationOf(value);
  }
  if (compare === 'contains') return textKey(own).includes(textKey(value));
  return textKey(own) === textKey(value);
}

function compareNumber(value: number | null, operator: Operator, numbers: number[]): boolean {
  if (value === null) return false;
  switch (operator) {
    case '=':
      return numbers.includes(value);
    case '≠':
      return !numbers.includes(value);
    case '<':
      return value < numbers[0];
    case '≤':
      return value <= numbers[0];
    case '>':
      return value > numbers[0];
    case '≥':
      return value >= numbers[0];
  }
}

function parseConditions(text: string, base: RuleBase): Condition[] | string {
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const conditions: Condition[] = [];
  for (const part of parts) {
    if (ALL_WORDS.includes(nameKey(part))) continue;
    const parsed = parseCondition(part.replace(/^и\s+/i, ''), base);
    if (typeof parsed === 'string') return parsed;
    conditions.push(parsed);
  }
  return conditions;
}

/** «Настройки: педагоги», «педагоги из «Настроек»», «всего педагогов»: a headcount, not conditions. */
function isHeadcount(key: string): boolean {
  return /^всего\s/.test(key) || (/настро/.test(key) && !/[=<>≠≤≥]/.test(key));
}

function parseDenominator(text: string, base: RuleBase): RuleDenominator | string {
  const key = nameKey(text);
  if (key === '') return { kind: 'none' };
  if (/^\d+([.,]\d+)?$/.test(key)) {
    const value = Number(key.replace(',', '.'));
    return value > 0 ? { kind: 'number', value } : 'знаменатель — число больше 0';
  }
  if (isHeadcount(key)) {
    if (/педагог/.test(key)) return { kind: 'total', total: 'teachers' };
    if (/обуча|учащ|студент/.test(key)) return { kind: 'total', total: 'pupils' };
    return `не понят знаменатель «${text}»: из «Настроек» и «Организаций» берутся «Настройки: педагоги» или «Настройки: обучающиеся»`;
  }
  const conditions = parseConditions(text, base);
  return typeof conditions === 'string' ? conditions : { kind: 'rows', conditions };
}

/** Reads a rule; an unreadable cell is named with what could be written there. */
export function parseRule(text: RuleText): ParsedRule {
  if (text.base.trim() === '')
    return {
      ok: false,
      column: 'base',
      message: 'не указана база: Наставляемые, Наставники, Участники, Пары, Организации или Команды',
    };
  const base = findBase(text.base);
  if (base === null)
    return {
      ok: false,
      column: 'base',
      message: `неизвестная база «${text.base.trim()}»: пишите Наставляемые, Наставники, Участники, Пары, Организации или Команды`,
    };
  const numerator = parseConditions(text.numerator, base);
  if (typeof numerator === 'string') return { ok: false, column: 'numerator', message: numerator };
  const denominator = parseDenominator(text.denominator, base);
  if (typeof denominator === 'string') return { ok: false, column: 'denominator', message: denominator };
  return { ok: true, rule: { base, numerator, denominator } };
}

/** The rule in words, for «Как считается»: «Наставляемые: есть пара — среди «молодой специалист», %». */
export function ruleFormula(text: RuleText): string {
  const numerator = text.numerator.trim() === '' ? 'все' : text.numerator.trim();
  const counted = `${text.base.trim()}: ${numerator}`;
  const denominator = text.denominator.trim();
  if (denominator === '') return `число строк — ${counted}`;
  const key = nameKey(denominator);
  if (/^\d/.test(key) || isHeadcount(key)) return `${counted} / ${denominator} × 100`;
  return `${counted} — доля среди «${denominator}», %`;
}

/** Whether the rule's figure is a share (%) or a count (people, pairs, organizations). */
export function ruleUnit(rule: IndicatorRule): '%' | 'чел.' | 'ед.' {
  if (rule.denominator.kind !== 'none') return '%';
  return PEOPLE.includes(rule.base) ? 'чел.' : 'ед.';
}

const live = (units: readonly PairUnit[]) => units.filter((u) => u.status !== 'расторгнута');
/**
 * The mentors of a pair or group as people — the one place rules ask it. Mentor teams (a unit
 * with several mentors) need only this line: `u.mentorIds ?? [u.mentorId]`.
 */
const mentorsOf = (u: PairUnit): string[] => u.mentorIds ?? [u.mentorId];

type ScopeFacts = Omit<Facts, 'base'> & { mentors: Person[]; mentees: Person[] };

/** Facts of a scope, prepared once for all the rules computed over it (a view computes ten). */
const FACTS = new WeakMap<Scope, ScopeFacts>();

function factsOf(base: RuleBase, scope: Scope, context: ScopeContext): Facts & ScopeFacts {
  let facts = FACTS.get(scope);
  if (facts === undefined || facts.context !== context) {
    facts = scopeFacts(scope, context);
    FACTS.set(scope, facts);
  }
  return { ...facts, base };
}

function scopeFacts(scope: Scope, context: ScopeContext): ScopeFacts {
  // whether a person is in a pair: over every pair they are in, wherever it is counted (scope.ts)
  const units = live(scope.personUnits ?? scope.units);
  // a team's row is «в паре» when its unit names it (its members are in the unit as people)
  const pairedMentees = new Set(units.flatMap((u) => [...u.menteeIds, ...(u.menteeTeamIds ?? [])]));
  const pairedMentors = new Set(units.flatMap((u) => [...mentorsOf(u), ...(u.mentorTeamIds ?? [])]));
  // a young specialist is one wherever they work: a mentor may mentor one at another school
  const young = new Set(
    counted(context.data.mentees)
      .filter(context.isYoungSpecialist)
      .map((m) => m.id),
  );
  const mentorsOfYoung = new Set(units.filter((u) => u.menteeIds.some((id) => young.has(id))).flatMap(mentorsOf));
  const keyOf = (p: ParticipantBase) => context.organizationOf(p.organization);
  const mentors = counted(scope.mentors);
  const mentees = counted(scope.mentees);
  const withMentors = new Set(mentors.map(keyOf));
  const withMentees = new Set(mentees.map(keyOf));
  const withPairs = new Set(mentees.filter((m) => pairedMentees.has(m.id)).map(keyOf));
  const now = (scope.personUnits ?? scope.units).filter((u) => u.status === 'активна');
  return {
    scope,
    mentors,
    mentees,
    context,
    pairedMentees,
    pairedMentors,
    active: new Set(now.flatMap((u) => [...mentorsOf(u), ...u.menteeIds, ...unitTeamIds(u)])),
    menteesById: new Map(scope.mentees.map((m) => [m.id, m])),
    mentorsOfYoung,
    organizationsByKey: new Map(context.organizations.map((org) => [org.key, org])),
    withParticipants: new Set([...withMentors, ...withMentees]),
    withPairs,
    withMentors,
    withMentees,
  };
}

function itemsOf(base: RuleBase, scope: Scope, facts: Facts & ScopeFacts): Item[] {
  const people = (list: readonly Person[]): Item[] => list.map((p) => ({ base: 'person', person: p }));
  switch (base) {
    case 'mentees':
      return people(facts.mentees);
    case 'mentors':
      return people(facts.mentors);
    case 'participants':
      return people([...facts.mentors, ...facts.mentees]);
    case 'teams':
      return people(counted(scope.teams));
    case 'pairs':
      return scope.units.map((unit) => ({ base: 'pair', unit }));
    case 'organizations': {
      // the whole programme: every organization it knows; a part: the organizations of its people
      const orgs =
        scope.kind === 'all'
          ? facts.context.organizations
          : facts.context.organizations.filter((org) => facts.withParticipants.has(org.key));
      return orgs.map((organization) => ({ base: 'organization', organization }));
    }
  }
}

function rowsText(base: RuleBase, items: readonly Item[]): string {
  if (base === 'pairs')
    return sheetRows(
      PAIRS_SHEET,
      items.flatMap((i) => (i.base === 'pair' ? i.unit.rows : [])),
    );
  if (base === 'organizations') {
    const names = items.flatMap((i) => (i.base === 'organization' ? [i.organization.short] : []));
    return names.length === 0 ? 'нет организаций' : names.join(', ');
  }
  const rows = (role: Person['role']) =>
    items.flatMap((i) => (i.base === 'person' && i.person.role === role ? [i.person.row] : []));
  if (base === 'mentors') return sheetRows(MENTORS_SHEET, rows('mentor'));
  if (base === 'mentees') return sheetRows(MENTEES_SHEET, rows('mentee'));
  if (base === 'teams') {
    // a team is a row of either base: name only the bases that hold the counted teams
    const parts = [
      ...(rows('mentor').length > 0 ? [sheetRows(MENTORS_SHEET, rows('mentor'))] : []),
      ...(rows('mentee').length > 0 ? [sheetRows(MENTEES_SHEET, rows('mentee'))] : []),
    ];
    return parts.length === 0 ? 'нет команд' : parts.join('; ');
  }
  return `${sheetRows(MENTORS_SHEET, rows('mentor'))}; ${sheetRows(MENTEES_SHEET, rows('mentee'))}`;
}

function menteesIn(items: readonly Item[]): number {
  return items.reduce((total, item) => total + (item.base === 'pair' ? item.unit.menteeIds.length : 0), 0);
}

export const DEFAULT_WORDING: RuleWording = {
  template: '{n} из {d} ({строки})',
  empty: 'в знаменателе правила нет ни одной строки',
};
const DEFAULT_COUNT_TEMPLATE = '{n}: {строки}';

/** The figure of a rule over a scope, with its trace and additive sums (like every metric). */
export function evaluateRule(
  rule: IndicatorRule,
  input: MetricInput,
  wording: RuleWording = DEFAULT_WORDING,
): Measurement {
  const { scope, context } = input;
  const facts = factsOf(rule.base, scope, context);
  const all = itemsOf(rule.base, scope, facts);
  const meets = (conditions: readonly Condition[]) => (item: Item) => conditions.every((c) => c.holds(item, facts));
  const denominatorItems = rule.denominator.kind === 'rows' ? all.filter(meets(rule.denominator.conditions)) : all;
  const numeratorItems = denominatorItems.filter(meets(rule.numerator));
  const n = numeratorItems.length;
  const isPeople = PEOPLE.includes(rule.base);
  // split/join, not replaceAll: the bundle targets ES2020
  const put = (text: string, name: string, value: () => string) =>
    text.includes(name) ? text.split(name).join(value()) : text;
  const fill = (template: string, d: number | null) => {
    let text = put(template, '{n}', () => String(n));
    text = put(text, '{d}', () => (d === null ? '' : formatNumber(d)));
    text = put(text, '{строки знаменателя}', () => rowsText(rule.base, denominatorItems));
    text = put(text, '{строки пар}', () =>
      sheetRows(
        PAIRS_SHEET,
        live(scope.units).flatMap((u) => u.rows),
      ),
    );
    text = put(text, '{строки}', () => rowsText(rule.base, numeratorItems));
    // «{n|группа|группы|групп}», «{наставляемых|наставляемый|наставляемых|наставляемых}»: a number with its word
    return text.replace(/\{(n|наставляемых)\|([^|}]+)\|([^|}]+)\|([^|}]+)\}/g, (_, what, one, few, many) =>
      plural(what === 'n' ? n : menteesIn(numeratorItems), one, few, many),
    );
  };
  const denominator = rule.denominator;
  if (denominator.kind === 'none') {
    const template = wording === DEFAULT_WORDING ? DEFAULT_COUNT_TEMPLATE : wording.template;
    return {
      value: n,
      source: fill(template, null),
      missing: [],
      people: isPeople ? n : null,
      additive: { numerator: n, denominator: null, scale: 1 },
    };
  }
  if (denominator.kind === 'total') {
    const total: Denominator = denominator.total === 'teachers' ? scope.teachersTotal : scope.pupilsTotal;
    return shareOf(n, fill(wording.template, total.value), total);
  }
  const d = denominator.kind === 'number' ? denominator.value : denominatorItems.length;
  const additive = { numerator: n, denominator: d, scale: 100 };
  // people = the share's base, as every built-in share has it (a share of fewer than 3 is masked)
  if (d === 0) return { value: null, source: `нет данных: ${wording.empty}`, missing: [], people: 0, additive };
  return { value: (n / d) * 100, source: fill(wording.template, d), missing: [], people: d, additive };
}

/** A share over a figure from «Настройки» / «Организации» (as the built-in shares over all teachers). */
function shareOf(numerator: number, numeratorSource: string, denominator: Denominator): Measurement {
  if (denominator.value === null)
    return {
      value: null,
      source: `${numeratorSource}; ${denominator.source}`,
      missing: denominator.missing,
      people: null,
    };
  const additive = { numerator, denominator: denominator.value, scale: 100 };
  if (denominator.value === 0)
    return {
      value: null,
      source: `${numeratorSource}; знаменатель равен 0 (${denominator.source})`,
      missing: [],
      people: 0,
      additive,
    };
  return {
    value: (numerator / denominator.value) * 100,
    source: `${numeratorSource}; ${denominator.source}`,
    missing: [],
    people: denominator.value,
    additive,
  };
}
