import { FORM_MANAGER_DEPUTY, FORM_TEACHER_TEACHER } from '../catalogues/defaults';
import { formatRuDate } from '../cell';
import { formKey } from '../roadmap/choose-template';
import type { RoadmapRow } from '../roadmap/roadmap-rows';
import type { Settings } from '../settings/settings';
import { textKey } from '../text/normalize';
import { type DocumentInput, People, type PairRow } from './inputs';
import type { DocBlock, DocModel } from './model';
import {
  academicYearText,
  BLANK_DATE,
  dativeShortName,
  initialsFirst,
  longRuDate,
  periodText,
  surnameInitials,
} from './russian';

export const ORDER_TITLE = 'Об утверждении наставнических пар (групп)';

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
}

export interface Exclusion {
  row: number;
  name: string;
  reason: string;
}

export interface OrderDocument {
  model: DocModel;
  units: OrderUnit[];
  excluded: Exclusion[];
}

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
    const members: OrderUnit['mentees'] = [];
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
        members.push({ name: mentee.fio, position: mentee.position });
        memberRows.push(row.row);
      }
    }
    if (members.length === 0) continue;
    units.push({
      mentor: mentorName,
      mentorPosition: mentor.position,
      mentees: members,
      form: first.form,
      roleModel: first.roleModel,
      start: first.startDate,
      end: first.endDate,
      rows: memberRows,
    });
  }
  return { units, excluded };
}

export interface OrderOptions {
  now: Date;
  academicYear: number;
}

export function buildOrder(
  input: Pick<DocumentInput, 'pairs' | 'mentors' | 'mentees' | 'settings' | 'roadmap'>,
  options: OrderOptions,
): OrderDocument {
  const { units, excluded } = orderUnits(input);
  const { settings } = input;
  const year = academicYearText(options.academicYear);
  const defaultEnd = new Date(options.academicYear + 1, 4, 31);
  const orderDate = settings.date('orderDate');
  const number = settings.text('orderNumber');
  const dateLine = orderDate ? longRuDate(orderDate) : BLANK_DATE;
  const numberLine = number !== '' ? `№ ${number}` : '№ ______';
  const organization = settings.text('organizationName') || '____________________________________';
  const curator = settings.text('curatorName');
  const plansDue = deadlineOf(input.roadmap, 'индивидуальн') ?? new Date(options.academicYear, 9, 31);
  const blocks: DocBlock[] = [
    { kind: 'paragraph', runs: [{ text: organization, bold: true }], align: 'center' },
    ...(settings.text('municipality') !== ''
      ? [{ kind: 'paragraph', runs: [settings.text('municipality')], align: 'center' } as DocBlock]
      : []),
    { kind: 'heading', level: 1, text: 'ПРИКАЗ', align: 'center' },
    { kind: 'paragraph', runs: [`${dateLine}          ${numberLine}`], align: 'center' },
    { kind: 'paragraph', runs: [{ text: ORDER_TITLE, bold: true }], align: 'left' },
    {
      kind: 'paragraph',
      runs: [
        `В соответствии с ${basisOf(units)}, Положением о наставничестве${settings.text('organizationName') !== '' ? ` ${settings.text('organizationName')}` : ''}, на основании письменных согласий участников программы наставничества и в целях реализации программы наставничества в ${year} учебном году`,
      ],
      align: 'justify',
      indentFirstLine: true,
    },
    { kind: 'paragraph', runs: [{ text: 'ПРИКАЗЫВАЮ:', bold: true }] },
    numbered(
      1,
      `Утвердить наставнические пары (группы) на ${year} учебный год согласно приложению к настоящему приказу.`,
    ),
    numbered(
      2,
      `Наставникам в срок до ${formatRuDate(plansDue)} совместно с наставляемыми разработать индивидуальные планы развития и обеспечить их выполнение.`,
    ),
    numbered(
      3,
      `${curator !== '' ? `Куратору программы наставничества ${dativeShortName(curator)}` : 'Куратору программы наставничества'} обеспечить организационное и методическое сопровождение работы наставнических пар (групп), мониторинг и учёт результатов.`,
    ),
    numbered(4, 'Контроль за исполнением настоящего приказа оставляю за собой.'),
    {
      kind: 'signature',
      role: settings.text('directorTitle') || 'Директор',
      name: initialsFirst(settings.text('directorName')),
    },
    { kind: 'paragraph', runs: ['С приказом ознакомлены:'] },
    {
      kind: 'table',
      header: ['№', 'ФИО', 'Подпись', 'Дата'],
      rows: acquainted(units, curator).map((name, i) => [String(i + 1), name, '', '']),
      widths: [8, 52, 20, 20],
    },
    { kind: 'pageBreak' },
    {
      kind: 'paragraph',
      runs: [`Приложение к приказу от ${orderDate ? formatRuDate(orderDate) : '__________'} ${numberLine}`],
      align: 'right',
    },
    { kind: 'heading', level: 2, text: `Состав наставнических пар (групп) на ${year} учебный год`, align: 'center' },
    {
      kind: 'table',
      header: ['№', 'Наставник, должность', 'Наставляемый(е)', 'Форма / ролевая модель', 'Срок'],
      rows: units.map((unit, i) => [
        String(i + 1),
        withPosition(unit.mentor, unit.mentorPosition),
        unit.mentees.map((m) => withPosition(m.name, m.position)).join('; '),
        [unit.form, unit.roleModel].filter((t) => t !== '').join(' / '),
        periodText(unit.start ?? orderDate ?? null, unit.end ?? defaultEnd),
      ]),
      widths: [6, 26, 30, 22, 16],
    },
  ];
  if (units.length === 0)
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Нет пар с письменным согласием участников.', italic: true }] });
  return { model: { name: `Приказ ${ORDER_TITLE} ${year}`, blocks }, units, excluded };
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

function acquainted(units: readonly OrderUnit[], curator: string): string[] {
  const names = new Map<string, string>();
  if (curator !== '') names.set(textKey(curator), surnameInitials(curator));
  for (const unit of units)
    if (!names.has(textKey(unit.mentor))) names.set(textKey(unit.mentor), surnameInitials(unit.mentor));
  return [...names.values()];
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
