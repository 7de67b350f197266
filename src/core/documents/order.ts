import type { Mentee, Mentor } from '../bases/participant';
import { FORM_MANAGER_DEPUTY, FORM_TEACHER_TEACHER } from '../catalogues/defaults';
import { formatRuDate } from '../cell';
import { PAIRS_SHEET } from '../pairs/register-layout';
import { type PairTerm, pairTerm, periodYears, programPeriod, type ProgramPeriod } from '../program/period';
import { formKey } from '../roadmap/choose-template';
import type { RoadmapRow } from '../roadmap/roadmap-rows';
import type { Settings } from '../settings/settings';
import { personKey, textKey } from '../text/normalize';
import { documentName } from './file-name';
import { type DocumentInput, People, type PairRow } from './inputs';
import type { DocBlock, DocModel } from './model';
import {
  BLANK_DATE,
  dativeShortName,
  genderOfName,
  inOrganization,
  initialsFirst,
  longRuDate,
  surnameInitials,
} from './russian';
import { APPENDIX_ONE_TABLE } from './settings';

export const ORDER_TITLE = 'Об утверждении наставнических пар (групп)';
const SETTINGS_SHEET = 'Настройки';

/** A pair or a group as the order lists it (only members with consent). */
export interface OrderUnit {
  mentor: string;
  mentorPosition: string;
  mentees: Array<{ name: string; position: string }>;
  form: string;
  roleModel: string;
  start: Date | null;
  end: Date | null;
  /** «Пары» rows the unit stands on (for the link back). */
  rows: number[];
  /** The mentees' organization (whose pair it is); the mentor's when they differ (network). */
  organization: string;
  mentorOrganization: string;
  mentorPerson: Mentor;
  menteePeople: Mentee[];
}

export interface Exclusion {
  row: number;
  name: string;
  reason: string;
}

/** Something the curator should fix before the director signs (for «Проблемы»). */
export interface OrderProblem {
  sheet: string;
  row: number | null;
  value: string;
  message: string;
}

export interface OrderDocument {
  model: DocModel;
  units: OrderUnit[];
  excluded: Exclusion[];
  problems: OrderProblem[];
}

const LAW_BASIS = 'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»';
const TEACHER_BASIS =
  'Методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях (письмо Минпросвещения России от 21.12.2021 № АЗ-1128/08)';
const PUPIL_BASIS =
  'распоряжением Минпросвещения России от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»';

/** Active pairs and groups whose participants gave written consent; the rest is listed with the reason. */
export function orderUnits(input: Pick<DocumentInput, 'pairs' | 'mentors' | 'mentees'>): {
  units: OrderUnit[];
  excluded: Exclusion[];
} {
  const people = new People(input.mentors, input.mentees);
  const excluded: Exclusion[] = [];
  const byUnit = new Map<string, PairRow[]>();
  for (const pair of input.pairs) {
    if (pair.status !== 'активна') continue;
    const key = pair.groupId !== '' ? `g:${pair.groupId}` : `p:${pair.row}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), pair]);
  }
  const units: OrderUnit[] = [];
  for (const rows of byUnit.values()) {
    const first = rows[0];
    const mentor = people.mentor(first);
    const mentorName = mentor?.fio || first.mentorName;
    if (!mentor) {
      for (const row of rows)
        excluded.push({ row: row.row, name: mentorName, reason: 'наставника нет в базе наставников' });
      continue;
    }
    if (!mentor.hasConsent) {
      for (const row of rows)
        excluded.push({
          row: row.row,
          name: mentorName,
          reason: 'нет согласия наставника на обработку персональных данных',
        });
      continue;
    }
    const members: Mentee[] = [];
    const memberRows: number[] = [];
    for (const row of rows) {
      const mentee = people.mentee(row);
      if (!mentee)
        excluded.push({ row: row.row, name: row.menteeName, reason: 'наставляемого нет в базе наставляемых' });
      else if (!mentee.hasConsent) {
        const whose = mentee.isMinor ? 'законного представителя' : 'наставляемого';
        excluded.push({
          row: row.row,
          name: mentee.fio,
          reason: `нет согласия ${whose} на обработку персональных данных`,
        });
      } else {
        members.push(mentee);
        memberRows.push(row.row);
      }
    }
    if (members.length === 0) continue;
    units.push({
      mentor: mentorName,
      mentorPosition: positionOf(mentor),
      mentees: members.map((m) => ({ name: m.fio, position: positionOf(m) })),
      form: first.form,
      roleModel: first.roleModel,
      start: first.startDate,
      end: first.endDate,
      rows: memberRows,
      organization: members[0].organization || first.organization || mentor.organization,
      mentorOrganization: mentor.organization,
      mentorPerson: mentor,
      menteePeople: members,
    });
  }
  return { units, excluded };
}

/**
 * A position as an order prints it: remarks in brackets («(назначен в этом году)») dropped, a
 * class written out («7 «Г»» → «обучающийся 7 «Г» класса»).
 */
export function cleanPosition(position: string, fio: string): string {
  const text = position
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;.]+$/, '')
    .trim();
  const schoolClass = /^(\d{1,2})\s*[-–]?\s*[«"]?([А-ЯЁа-яё])[»"]?(?:\s*класс[а]?)?$/.exec(text);
  if (!schoolClass) return text;
  const who = genderOfName(fio) === 'f' ? 'обучающаяся' : 'обучающийся';
  return `${who} ${schoolClass[1]} «${schoolClass[2].toUpperCase()}» класса`;
}

/** Context every part of the order reads. */
interface OrderContext {
  settings: Settings;
  period: ProgramPeriod;
  organization: string;
  dateText: string;
  numberLine: string;
  perOrganization: boolean;
  network: boolean;
}

export function buildOrder(
  // the terms and the plans' deadline come from the programme's period of «Настройки»
  input: Pick<DocumentInput, 'pairs' | 'mentors' | 'mentees' | 'settings' | 'roadmap'>,
): OrderDocument {
  const { units, excluded } = orderUnits(input);
  const { settings } = input;
  const period = programPeriod(settings);
  const orderDate = settings.date('orderDate');
  const number = settings.text('orderNumber');
  const organizations = organizationsOf(units);
  const network = organizations.length > 1;
  const context: OrderContext = {
    settings,
    period,
    organization: settings.text('organizationName'),
    dateText: orderDate ? formatRuDate(orderDate) : '__________',
    numberLine: number !== '' ? `№ ${number}` : '№ ______',
    perOrganization: network && settings.text('orderAppendix') !== APPENDIX_ONE_TABLE,
    network,
  };
  const terms = units.map((unit) => pairTerm({ startDate: unit.start, endDate: unit.end }, period));
  const curator = settings.text('curatorName');
  const plansDue = deadlineOf(input.roadmap, 'индивидуальн') ?? defaultPlansDue(period);
  const blocks: DocBlock[] = [
    ...header(context, orderDate),
    { kind: 'paragraph', runs: [{ text: ORDER_TITLE, bold: true }], align: 'left' },
    { kind: 'paragraph', runs: [preamble(units, context)], align: 'justify', indentFirstLine: true },
    { kind: 'paragraph', runs: [{ text: 'ПРИКАЗЫВАЮ:', bold: true }] },
    ...points(context, organizations.length, curator, plansDue),
    {
      kind: 'signature',
      role: settings.text('directorTitle') || 'Директор',
      name: initialsFirst(settings.text('directorName')),
    },
  ];
  if (context.perOrganization) {
    if (curator !== '') blocks.push(...acquaintance([], curator));
    organizations.forEach((org, i) => {
      const own = units.map((unit, k) => ({ unit, term: terms[k] })).filter((u) => sameOrg(u.unit.organization, org));
      blocks.push(
        { kind: 'pageBreak' },
        appendixCaption(context, i + 1),
        appendixHeading(context, org),
        appendixTable(
          own.map((u) => u.unit),
          own.map((u) => u.term),
          false,
        ),
        ...acquaintance(
          own.map((u) => u.unit),
          i === 0 ? curator : '',
        ),
      );
    });
  } else {
    blocks.push(
      ...(network ? acquaintanceByOrganization(units, organizations, curator) : acquaintance(units, curator)),
    );
    blocks.push(
      { kind: 'pageBreak' },
      appendixCaption(context, 0),
      appendixHeading(context, ''),
      appendixTable(units, terms, network),
    );
  }
  if (units.length === 0)
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Нет пар с письменным согласием участников.', italic: true }] });
  const name = documentName('Приказ', 'Об утверждении наставнических пар', periodYears(period));
  return { model: { name, blocks }, units, excluded, problems: orderProblems(units, terms, settings) };
}

function header(context: OrderContext, orderDate: Date | null): DocBlock[] {
  const place = context.settings.text('orderPlace') || context.settings.text('municipality');
  const dateLine = orderDate ? longRuDate(orderDate) : BLANK_DATE;
  return [
    {
      kind: 'paragraph',
      runs: [{ text: context.organization || '____________________________________', bold: true }],
      align: 'center',
    },
    { kind: 'heading', level: 1, text: 'ПРИКАЗ', align: 'center' },
    { kind: 'paragraph', runs: [`${dateLine}          ${context.numberLine}`], align: 'center' },
    ...(place !== '' ? [{ kind: 'paragraph', runs: [place], align: 'center' } as DocBlock] : []),
  ];
}

function preamble(units: readonly OrderUnit[], context: OrderContext): string {
  const { settings } = context;
  const regulationNumber = settings.text('regulationNumber');
  const regulationDate = settings.date('regulationDate');
  const regulation = [
    'Положением о наставничестве',
    context.organization !== '' ? ` ${inOrganization(context.organization)}` : '',
    `, утверждённым приказом от ${regulationDate ? formatRuDate(regulationDate) : '__________'} № ${regulationNumber || '______'}`,
  ].join('');
  const minors = units.some((u) => u.menteePeople.some((m) => m.isMinor) || isPupil(u.mentorPerson));
  const consent = minors
    ? 'на основании письменных согласий совершеннолетних участников программы наставничества и родителей (законных представителей) несовершеннолетних участников'
    : 'на основании письменных согласий участников программы наставничества';
  return `В соответствии с ${LAW_BASIS}, ${basisOf(units)}, ${regulation}, ${consent} и в целях реализации программы наставничества ${periodPrepositional(context.period.label)}`;
}

function points(context: OrderContext, organizationCount: number, curator: string, plansDue: Date): DocBlock[] {
  const appendix =
    context.perOrganization && organizationCount > 1
      ? `согласно приложениям 1–${organizationCount} к настоящему приказу (по организациям)`
      : 'согласно приложению к настоящему приказу';
  const lines = [
    `Утвердить наставнические пары (группы) на ${periodAccusative(context.period)} ${appendix}.`,
    `Наставникам в срок до ${formatRuDate(plansDue)} совместно с наставляемыми разработать индивидуальные планы развития и обеспечить их выполнение.`,
    `${curator !== '' ? `Куратору программы наставничества ${dativeShortName(curator)}` : 'Куратору программы наставничества'} обеспечить организационное и методическое сопровождение работы наставнических пар (групп), мониторинг и учёт результатов.`,
  ];
  if (context.network)
    lines.push(
      'Руководителям образовательных организаций ознакомить участников с настоящим приказом под подпись и создать условия для работы наставнических пар (групп).',
    );
  lines.push('Контроль за исполнением настоящего приказа оставляю за собой.');
  // The last point stays on the page of the director's signature: a signature alone on a page is not signed.
  return lines.map((text, i) => ({ ...numbered(i + 1, text), keepWithNext: i === lines.length - 1 }));
}

function appendixCaption(context: OrderContext, index: number): DocBlock {
  const label = index > 0 ? `Приложение ${index}` : 'Приложение';
  return {
    kind: 'paragraph',
    runs: [`${label} к приказу от ${context.dateText} ${context.numberLine}`],
    align: 'right',
  };
}

function appendixHeading(context: OrderContext, organization: string): DocBlock {
  const where = organization !== '' ? ` ${inOrganization(organization)}` : '';
  return {
    kind: 'heading',
    level: 2,
    text: `Состав наставнических пар (групп)${where} на ${periodAccusative(context.period)}`,
    align: 'center',
  };
}

function appendixTable(units: readonly OrderUnit[], terms: readonly PairTerm[], organizationColumn: boolean): DocBlock {
  const header = ['№', 'Наставник, должность', 'Наставляемый(е), должность или класс', 'Форма, ролевая модель', 'Срок'];
  const rows = units.map((unit, i) => {
    const mentorLine = withPosition(unit.mentor, unit.mentorPosition);
    const network = !sameOrg(unit.mentorOrganization, unit.organization) && unit.mentorOrganization !== '';
    const row = [
      String(i + 1),
      network ? `${mentorLine} (${unit.mentorOrganization})` : mentorLine,
      unit.mentees.map((m) => withPosition(m.name, m.position)).join(';\n'),
      [unit.form, unit.roleModel].filter((t) => t !== '').join(':\n'),
      [`с ${formatRuDate(terms[i].start)}`, `по ${formatRuDate(terms[i].end)}`].join('\n'),
    ];
    return organizationColumn ? [row[0], unit.organization, ...row.slice(1)] : row;
  });
  return organizationColumn
    ? { kind: 'table', header: [header[0], 'Организация', ...header.slice(1)], rows, widths: [5, 14, 20, 22, 20, 19] }
    : { kind: 'table', header, rows, widths: [5, 24, 28, 24, 19] };
}

function numbered(n: number, text: string): DocBlock {
  return { kind: 'paragraph', runs: [`${n}. ${text}`], align: 'justify', indentFirstLine: true };
}

function withPosition(name: string, position: string): string {
  return position !== '' ? `${name}, ${position}` : name;
}

function basisOf(units: readonly OrderUnit[]): string {
  const teacherForms = new Set([formKey(FORM_TEACHER_TEACHER), formKey(FORM_MANAGER_DEPUTY)]);
  const teachers = units.some((u) => teacherForms.has(formKey(u.form)));
  const pupils = units.some((u) => !teacherForms.has(formKey(u.form)));
  if (teachers && pupils) return `${PUPIL_BASIS}, ${TEACHER_BASIS}`;
  return teachers ? TEACHER_BASIS : PUPIL_BASIS;
}

/** A pupil signs nothing: the legal representative consents, and pupils are not on the acquaintance sheet. */
function isPupil(person: Mentor | Mentee): boolean {
  if (person.role === 'mentee' && person.isMinor) return true;
  return textKey(person.category) === 'обучающийся';
}

/** Everyone who must sign that they read the order: the curator, adult mentors and adult mentees. */
function signers(units: readonly OrderUnit[], curator: string): string[] {
  const names = new Map<string, string>();
  if (curator !== '') names.set(personKey(curator), surnameInitials(curator));
  for (const unit of units)
    for (const person of [unit.mentorPerson, ...unit.menteePeople].flatMap(peopleOf))
      if (!isPupil(person) && !names.has(person.personKey)) names.set(person.personKey, surnameInitials(person.fio));
  return [...names.values()];
}

/** A team signs through its members (people of the bases), never as a name of its own. */
function peopleOf(person: Mentor | Mentee): Array<Mentor | Mentee> {
  return person.team ? person.team.members : [person];
}

/** A person's position as the appendix prints it; for a team, who is in it. */
function positionOf(person: Mentor | Mentee): string {
  if (!person.team) return cleanPosition(person.position, person.fio);
  const names = person.team.members.map((m) => surnameInitials(m.fio)).join(', ');
  return names === '' ? 'команда' : `команда: ${names}`;
}

function acquaintanceTable(names: readonly string[]): DocBlock {
  return {
    kind: 'table',
    header: ['№', 'Фамилия, инициалы', 'Подпись', 'Дата'],
    rows: names.map((name, i) => [String(i + 1), name, '', '']),
    widths: [8, 52, 20, 20],
  };
}

function acquaintance(units: readonly OrderUnit[], curator: string): DocBlock[] {
  return [{ kind: 'paragraph', runs: ['С приказом ознакомлены:'] }, acquaintanceTable(signers(units, curator))];
}

function acquaintanceByOrganization(
  units: readonly OrderUnit[],
  organizations: readonly string[],
  curator: string,
): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'paragraph', runs: ['С приказом ознакомлены:'] }];
  organizations.forEach((org, i) => {
    blocks.push(
      { kind: 'paragraph', runs: [{ text: org, bold: true }] },
      acquaintanceTable(
        signers(
          units.filter((u) => sameOrg(u.organization, org)),
          i === 0 ? curator : '',
        ),
      ),
    );
  });
  return blocks;
}

function organizationsOf(units: readonly OrderUnit[]): string[] {
  const seen = new Map<string, string>();
  for (const unit of units)
    if (!seen.has(orgKey(unit.organization))) seen.set(orgKey(unit.organization), unit.organization);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'ru', { numeric: true }));
}

/** Organization names compare without quotes and case («МАОУ «СОШ № 5»» = «МАОУ СОШ № 5»). */
function orgKey(name: string): string {
  return textKey(name.replace(/[«»"„“”]/g, ' '));
}

function sameOrg(a: string, b: string): boolean {
  return orgKey(a) === orgKey(b);
}

/** The term problems of each pair and a director in the appendix who is not the one signing. */
function orderProblems(units: readonly OrderUnit[], terms: readonly PairTerm[], settings: Settings): OrderProblem[] {
  const problems: OrderProblem[] = [];
  units.forEach((unit, i) => {
    for (const message of terms[i].problems)
      problems.push({
        sheet: PAIRS_SHEET,
        row: unit.rows[0],
        value: unit.mentor,
        message: `Срок в приказе: ${message}`,
      });
  });
  if (settings.text('regulationNumber') === '' || settings.date('regulationDate') === null)
    problems.push({
      sheet: SETTINGS_SHEET,
      row: null,
      value: '',
      message:
        'В приказе нет даты и номера приказа о Положении о наставничестве: впишите их в «Положение о наставничестве: номер приказа» и «… дата приказа» — иначе в приказе останутся пропуски',
    });
  const director = settings.text('directorName');
  const signingOrg = settings.text('organizationName');
  const seen = new Set<string>();
  for (const unit of units)
    for (const person of [unit.mentorPerson, ...unit.menteePeople]) {
      const position = textKey(cleanPosition(person.position, person.fio));
      if (position !== 'директор' || seen.has(person.personKey)) continue;
      if (!sameOrg(person.organization, signingOrg) && person.organization !== '') continue;
      seen.add(person.personKey);
      if (director !== '' && person.personKey === personKey(director)) continue;
      problems.push({
        sheet: person.role === 'mentor' ? 'База наставников' : 'База наставляемых',
        row: person.row,
        value: person.fio,
        message: `В приложении к приказу директором назван(а) ${person.fio}, а приказ подписывает ${director || '(«Директор (ФИО)» в «Настройках» не заполнено)'}: исправьте должность в базе или ФИО директора в «Настройках»`,
      });
    }
  return problems;
}

/** «2026/2027 учебный год» → «в 2026/2027 учебном году»; «2023–2025 годы» → «в 2023–2025 годах». */
function periodPrepositional(label: string): string {
  return `в ${label
    .replace(/учебный год$/, 'учебном году')
    .replace(/годы$/, 'годах')
    .replace(/ год$/, ' году')}`;
}

/** «на 2026/2027 учебный год», «на 2023–2025 годы», «на 2023 год». */
function periodAccusative(period: ProgramPeriod): string {
  return period.label;
}

/**
 * Without a roadmap event for the plans: the end of the programme's second month (31 October for a
 * programme from 1 September, 28 February for one from January), never after the programme's end.
 */
function defaultPlansDue(period: ProgramPeriod): Date {
  const due = new Date(period.start.getFullYear(), period.start.getMonth() + 2, 0);
  return due > period.end ? period.end : due;
}

/** The end of the first roadmap event whose name mentions the word (plans, exit survey…). */
export function deadlineOf(roadmap: readonly RoadmapRow[], word: string): Date | null {
  const row = roadmap.find((r) => textKey(r.event).includes(textKey(word)) && r.end !== null);
  return row?.end ?? null;
}

export function orderSettingsSummary(settings: Settings): string {
  const date = settings.date('orderDate');
  const number = settings.text('orderNumber');
  if (number === '' && !date) return '';
  return [number !== '' ? `№ ${number}` : '', date ? `от ${formatRuDate(date)}` : ''].filter((t) => t !== '').join(' ');
}
