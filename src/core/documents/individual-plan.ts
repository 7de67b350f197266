import type { Mentee, Mentor } from '../bases/participant';
import { pairTerm, periodYears, programPeriod } from '../program/period';
import type { RoadmapRow } from '../roadmap/roadmap-rows';
import type { Settings } from '../settings/settings';
import { type DocumentInput, People } from './inputs';
import type { DocBlock, DocModel } from './model';
import { isLearner, type ParticipantKind, participantKind } from './participant-kind';
import { PlanGoalCatalogue } from './plan-catalogue';
import { planRowDates, planSchedule } from './plan-schedule';
import { BLANK_DATE, periodText, surnameInitials } from './russian';
import { textKey } from '../text/normalize';

/** One active pair of the mentee, as the plan names it. */
export interface PlanPair {
  mentor: Mentor;
  form: string;
  roleModel: string;
  /** The register's «Дата начала» / «Дата окончания»; the term itself is pairTerm's. */
  start: Date | null;
  end: Date | null;
}

/**
 * One mentee's plan: the mentee and every active pair (a young specialist with a subject mentor
 * and an administrative one has one plan naming both: it is the mentee's development plan, agreed
 * and signed by each mentor, and kept in «Документы» under the mentee).
 */
export interface PlanSubject {
  mentee: Mentee;
  /** In the register's order; never empty. */
  pairs: PlanPair[];
}

/** Mentees of active pairs with consent (the order's participants), one plan each. */
export function planSubjects(input: Pick<DocumentInput, 'pairs' | 'mentors' | 'mentees'>): PlanSubject[] {
  const people = new People(input.mentors, input.mentees);
  const subjects = new Map<string, PlanSubject>();
  for (const pair of input.pairs) {
    if (pair.status !== 'активна') continue;
    const mentor = people.mentor(pair);
    const mentee = people.mentee(pair);
    if (!mentor || !mentee || !mentor.hasConsent || !mentee.hasConsent) continue;
    const subject = subjects.get(mentee.id) ?? { mentee, pairs: [] };
    subjects.set(mentee.id, subject);
    if (subject.pairs.some((known) => known.mentor.id === mentor.id && textKey(known.form) === textKey(pair.form)))
      continue;
    subject.pairs.push({
      mentor,
      form: pair.form,
      roleModel: pair.roleModel,
      start: pair.startDate,
      end: pair.endDate,
    });
  }
  return [...subjects.values()];
}

/** What differs between the plan of a pupil, a student, a teacher and a manager. */
interface PlanProfile {
  title: string;
  person: string;
  requestHeading: string;
  /** The request to work on when the base has none. */
  defaultRequest: string;
  noRequest: string;
}

const TEACHER_PROFILE: PlanProfile = {
  title: 'Индивидуальный план развития педагога',
  person: 'Наставляемый',
  requestHeading: '1. Профессиональные дефициты и запрос наставляемого',
  defaultRequest: 'адаптация в коллективе',
  noRequest:
    'В базе наставляемых дефициты не указаны: план начинается с адаптации, дефициты уточняются на входной встрече.',
};

export const PLAN_PROFILES: Record<ParticipantKind, PlanProfile> = {
  pupil: {
    title: 'Индивидуальный план наставничества обучающегося',
    person: 'Обучающийся',
    requestHeading: '1. Запрос обучающегося',
    defaultRequest: 'адаптация в коллективе',
    noRequest: 'Запрос в базе не указан: план начинается с адаптации, запрос уточняется на входной встрече.',
  },
  student: {
    title: 'Индивидуальный план наставничества студента',
    person: 'Студент',
    requestHeading: '1. Запрос студента',
    defaultRequest: 'адаптация в коллективе',
    noRequest: 'Запрос в базе не указан: план начинается с адаптации, запрос уточняется на входной встрече.',
  },
  teacher: TEACHER_PROFILE,
  youngSpecialist: { ...TEACHER_PROFILE, title: 'Индивидуальный план развития молодого специалиста' },
  manager: {
    title: 'Индивидуальный план развития управленческих кадров',
    person: 'Наставляемый',
    requestHeading: '1. Управленческие задачи и дефициты',
    defaultRequest: 'управленческие навыки',
    noRequest: 'В базе наставляемых дефициты не указаны: они уточняются на входной встрече.',
  },
};

/** What every plan of a run shares. */
export interface PlanContext {
  roadmap: readonly RoadmapRow[];
  settings: Settings;
  academicYear: number;
  goals: PlanGoalCatalogue;
}

export function planKind(subject: PlanSubject, settings: Settings): ParticipantKind {
  const rule = {
    maxExperience: settings.number('youngSpecialistMaxExperience'),
    maxAge: settings.number('youngSpecialistMaxAge'),
  };
  // a team's plan is for what its members are when they are all of one kind (a management team)
  const members = (subject.mentee.team?.members ?? []).filter((m): m is Mentee => m.role === 'mentee');
  if (members.length > 0) {
    const kinds = new Set(members.map((member) => participantKind(member, rule)));
    if (kinds.size === 1) return [...kinds][0];
  }
  return participantKind(subject.mentee, rule);
}

/**
 * One plan, written for the kind of participant: a pupil's request or a teacher's deficits,
 * a goal per request with a measurable result and a date inside the pair's term, and the
 * signatures kept on the page of the plan's last row (keepWithNext).
 */
export function planBlocks(subject: PlanSubject, context: PlanContext): DocBlock[] {
  const { mentee, pairs } = subject;
  const { settings } = context;
  const kind = planKind(subject, settings);
  const profile = PLAN_PROFILES[kind];
  const period = programPeriod(settings);
  const term = planTerm(pairs, period);
  const requests = mentee.deficits.length > 0 ? mentee.deficits : [profile.defaultRequest];
  const goals = requests.map((request) => context.goals.goalFor(kind, request));
  const rows = planSchedule(term, goals, context.roadmap);
  const organization = mentee.organization || settings.text('organizationName');
  const line = (label: string, value: string): DocBlock => ({
    kind: 'paragraph',
    runs: [{ text: `${label}: `, bold: true }, value || '—'],
  });
  // a team signs through its members (people of the bases), as in the order
  const signatures: Array<{ role: string; name: string }> = [
    ...pairs.flatMap((pair) =>
      signersOf(pair.mentor).map((person) => ({ role: 'Наставник', name: surnameInitials(person.fio) })),
    ),
    ...signersOf(mentee).map((person) => ({
      role: isLearner(kind) ? profile.person : 'Наставляемый',
      name: surnameInitials(person.fio),
    })),
    ...(mentee.isMinor && mentee.representative !== ''
      ? [{ role: 'Законный представитель', name: surnameInitials(mentee.representative) }]
      : []),
    { role: 'Куратор программы', name: surnameInitials(settings.text('curatorName')) },
  ];
  return [
    ...(organization !== '' ? [{ kind: 'paragraph', runs: [organization], align: 'center' } as DocBlock] : []),
    { kind: 'heading', level: 1, text: profile.title, align: 'center' },
    { kind: 'paragraph', runs: [`на ${period.label}`], align: 'center' },
    line(
      profile.person,
      [mentee.fio, mentee.team ? teamText(mentee) : positionText(mentee.position, kind)]
        .filter((t) => t !== '')
        .join(', '),
    ),
    ...mentorLines(pairs, line),
    line('Срок реализации плана', periodText(term.start, term.end)),
    { kind: 'heading', level: 2, text: profile.requestHeading },
    mentee.deficits.length > 0
      ? { kind: 'paragraph', runs: [mentee.deficits.join('; ')] }
      : { kind: 'paragraph', runs: [{ text: profile.noRequest, italic: true }] },
    { kind: 'heading', level: 2, text: '2. Цели, шаги и результаты' },
    {
      kind: 'table',
      header: ['№', 'Цель и шаги / встреча', 'Срок', 'Измеримый результат', 'Отметка'],
      rows: rows.map((row, i) => [String(i + 1), row.what, planRowDates(row), row.result, '']),
      widths: [4, 37, 17, 33, 9],
      keepWithNext: true,
    },
    { kind: 'paragraph', runs: [`План согласован: ${BLANK_DATE}`], keepWithNext: true },
    ...signatures.map((s, i): DocBlock => ({ kind: 'signature', ...s, keepWithNext: i < signatures.length - 1 })),
  ];
}

const formText = (pair: PlanPair) => [pair.form, pair.roleModel].filter((t) => t !== '').join(' / ');
const mentorText = (pair: PlanPair) =>
  [pair.mentor.fio, pair.mentor.team ? teamText(pair.mentor) : pair.mentor.position].filter((t) => t !== '').join(', ');

type Signer = { fio: string; team?: { members: Array<{ fio: string }> } };

/** Who signs for a participant: a team's members, else the person. */
function signersOf(participant: Signer): Array<{ fio: string }> {
  return participant.team && participant.team.members.length > 0 ? participant.team.members : [participant];
}

/** «команда: Ершова М. Ю., Жданов П. С.» — who is in a team. */
function teamText(participant: Signer): string {
  const names = (participant.team?.members ?? []).map((m) => surnameInitials(m.fio)).join(', ');
  return names === '' ? 'команда' : `команда: ${names}`;
}

/** One pair: «Наставник» and «Форма наставничества» as ever; several: each mentor with the form of the pair. */
function mentorLines(pairs: readonly PlanPair[], line: (label: string, value: string) => DocBlock): DocBlock[] {
  if (pairs.length === 1)
    return [line('Наставник', mentorText(pairs[0])), line('Форма наставничества', formText(pairs[0]))];
  return [
    { kind: 'paragraph', runs: [{ text: 'Наставники:', bold: true }] },
    ...pairs.map(
      (pair): DocBlock => ({
        kind: 'paragraph',
        runs: [`— ${mentorText(pair)} (${formText(pair) || 'форма не указана'})`],
      }),
    ),
  ];
}

/** The plan runs from the first pair's start to the last pair's end (each term is pairTerm's). */
function planTerm(pairs: readonly PlanPair[], period: ReturnType<typeof programPeriod>): { start: Date; end: Date } {
  const terms = pairs.map((pair) => pairTerm({ startDate: pair.start, endDate: pair.end }, period));
  const start = new Date(Math.min(...terms.map((t) => t.start.getTime())));
  const end = new Date(Math.max(...terms.map((t) => t.end.getTime())));
  return { start, end };
}

/** A pupil's «7 «Г»» reads as «7 «Г» класс»; other positions stay as typed. */
function positionText(position: string, kind: ParticipantKind): string {
  if (kind === 'pupil' && /^\d{1,2}\s*«[^»]*»$/.test(position.trim())) return `${position.trim()} класс`;
  return position;
}

/** Mentees per document in the «один документ» layout: a longer one risks Apps Script's 6-minute limit. */
export const PLANS_PER_DOCUMENT = 100;

export interface PlansDocumentOptions {
  /** Numbers the documents when the plans (of one organization) need several. */
  part?: { index: number; count: number };
  /** The organization whose plans these are, in a programme of several organizations. */
  organization?: string;
  goals?: PlanGoalCatalogue;
}

/** One document with a page per mentee. */
export function buildPlansDocument(
  subjects: readonly PlanSubject[],
  roadmap: readonly RoadmapRow[],
  settings: Settings,
  academicYear: number,
  options: PlansDocumentOptions = {},
): DocModel {
  const context: PlanContext = { roadmap, settings, academicYear, goals: options.goals ?? new PlanGoalCatalogue() };
  const blocks: DocBlock[] = [];
  subjects.forEach((subject, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...planBlocks(subject, context));
  });
  const { part, organization } = options;
  const suffix = part && part.count > 1 ? ` (часть ${part.index} из ${part.count})` : '';
  const of = organization ? ` — ${organization} —` : '';
  return {
    name: `Индивидуальные планы развития${of} ${periodYears(programPeriod(settings))}${suffix}`,
    blocks,
    compact: true,
  };
}

export function buildPlanDocument(
  subject: PlanSubject,
  roadmap: readonly RoadmapRow[],
  settings: Settings,
  academicYear: number,
  goals: PlanGoalCatalogue = new PlanGoalCatalogue(),
): DocModel {
  return {
    name: `Индивидуальный план развития — ${surnameInitials(subject.mentee.fio)} — ${periodYears(programPeriod(settings))}`,
    blocks: planBlocks(subject, { roadmap, settings, academicYear, goals }),
    compact: true,
  };
}
