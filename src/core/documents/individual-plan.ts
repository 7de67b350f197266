import type { Mentee, Mentor } from '../bases/participant';
import { formatRuDate } from '../cell';
import type { RoadmapRow } from '../roadmap/roadmap-rows';
import type { Settings } from '../settings/settings';
import { textKey } from '../text/normalize';
import { type DocumentInput, People } from './inputs';
import type { DocBlock, DocModel } from './model';
import { planForDeficit } from './plan-goals';
import { academicYearText, periodText, surnameInitials } from './russian';

/** One mentee's plan: the pair and the mentee as the plan needs them. */
export interface PlanSubject {
  mentee: Mentee;
  mentor: Mentor;
  form: string;
  roleModel: string;
  start: Date | null;
  end: Date | null;
}

/** Mentees of active pairs with consent (the order's participants), one plan each. */
export function planSubjects(input: Pick<DocumentInput, 'pairs' | 'mentors' | 'mentees'>): PlanSubject[] {
  const people = new People(input.mentors, input.mentees);
  const subjects = new Map<string, PlanSubject>();
  for (const pair of input.pairs) {
    if (pair.status !== 'активна') continue;
    const mentor = people.mentor(pair);
    const mentee = people.mentee(pair);
    if (!mentor || !mentee || !mentor.hasConsent || !mentee.hasConsent || subjects.has(mentee.id)) continue;
    subjects.set(mentee.id, {
      mentee,
      mentor,
      form: pair.form,
      roleModel: pair.roleModel,
      start: pair.startDate,
      end: pair.endDate,
    });
  }
  return [...subjects.values()];
}

interface Activity {
  what: string;
  start: Date;
  end: Date;
  result: string;
}

/** The plan's activities: the program's meetings at the roadmap's dates, a block of work per deficit between them. */
export function planActivities(subject: PlanSubject, roadmap: readonly RoadmapRow[], academicYear: number): Activity[] {
  const at = (word: string, fallback: [Date, Date]): [Date, Date] => {
    const row = roadmap.find((r) => textKey(r.event).includes(textKey(word)) && r.start && r.end);
    return row?.start && row.end ? [row.start, row.end] : fallback;
  };
  const y = academicYear;
  const start = subject.start ?? new Date(y, 9, 1);
  const end = subject.end ?? new Date(y + 1, 4, 31);
  const planning = at('индивидуальн', [start, new Date(start.getFullYear(), start.getMonth(), start.getDate() + 21)]);
  const entry = at('входное', [new Date(y, 10, 1), new Date(y, 10, 30)]);
  const interim = at('промежуточн', [new Date(y + 1, 0, 15), new Date(y + 1, 0, 31)]);
  const exit = at('выходное', [new Date(y + 1, 3, 10), new Date(y + 1, 3, 30)]);
  const deficits = subject.mentee.deficits.length > 0 ? subject.mentee.deficits : ['адаптация в коллективе'];
  const workFrom = planning[1];
  const workTo = exit[0];
  const span = Math.max(1, workTo.getTime() - workFrom.getTime());
  const work: Activity[] = deficits.map((deficit, i) => {
    const plan = planForDeficit(deficit);
    const from = new Date(workFrom.getTime() + (span * i) / deficits.length);
    const to = new Date(workFrom.getTime() + (span * (i + 1)) / deficits.length);
    return { what: plan.activity, start: dayOf(from), end: dayOf(to), result: plan.result };
  });
  return [
    {
      what: 'Входная встреча наставника и наставляемого, согласование целей и индивидуального плана',
      start: planning[0],
      end: planning[1],
      result: 'Индивидуальный план согласован и подписан',
    },
    {
      what: 'Входное анкетирование: ожидания от работы в паре',
      start: entry[0],
      end: entry[1],
      result: 'Анкета заполнена',
    },
    ...work,
    {
      what: 'Промежуточная встреча: обратная связь, корректировка плана',
      start: interim[0],
      end: interim[1],
      result: 'План при необходимости скорректирован',
    },
    {
      what: 'Выходное анкетирование и итоговая встреча: результаты работы в паре',
      start: exit[0],
      end: new Date(Math.max(end.getTime(), exit[1].getTime())),
      result: 'Результаты подведены, отзыв наставника',
    },
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
}

function dayOf(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function planBlocks(
  subject: PlanSubject,
  roadmap: readonly RoadmapRow[],
  settings: Settings,
  academicYear: number,
): DocBlock[] {
  const { mentee, mentor } = subject;
  const deficits = mentee.deficits;
  const organization = mentee.organization || settings.text('organizationName');
  const activities = planActivities(subject, roadmap, academicYear);
  const line = (label: string, value: string): DocBlock => ({
    kind: 'paragraph',
    runs: [{ text: `${label}: `, bold: true }, value || '—'],
  });
  return [
    ...(organization !== '' ? [{ kind: 'paragraph', runs: [organization], align: 'center' } as DocBlock] : []),
    { kind: 'heading', level: 1, text: 'Индивидуальный план развития наставляемого', align: 'center' },
    { kind: 'paragraph', runs: [`на ${academicYearText(academicYear)} учебный год`], align: 'center' },
    line('Наставляемый', [mentee.fio, mentee.position].filter((t) => t !== '').join(', ')),
    line('Наставник', [mentor.fio, mentor.position].filter((t) => t !== '').join(', ')),
    line('Форма наставничества', [subject.form, subject.roleModel].filter((t) => t !== '').join(' / ')),
    line('Срок реализации плана', periodText(activities[0].start, activities[activities.length - 1].end)),
    { kind: 'heading', level: 2, text: '1. Профессиональные дефициты и запрос наставляемого' },
    deficits.length > 0
      ? { kind: 'list', ordered: false, items: deficits.map((d) => [d]) }
      : {
          kind: 'paragraph',
          runs: [{ text: 'В базе наставляемых дефициты не указаны — уточните их на входной встрече.', italic: true }],
        },
    { kind: 'heading', level: 2, text: '2. Цели работы в паре' },
    {
      kind: 'list',
      ordered: true,
      items: (deficits.length > 0 ? deficits : ['адаптация в коллективе']).map((d) => [planForDeficit(d).goal]),
    },
    { kind: 'heading', level: 2, text: '3. План мероприятий' },
    {
      kind: 'table',
      header: ['№', 'Мероприятие', 'Сроки', 'Ожидаемый результат', 'Отметка о выполнении'],
      rows: activities.map((a, i) => [
        String(i + 1),
        a.what,
        `${formatRuDate(a.start)} – ${formatRuDate(a.end)}`,
        a.result,
        '',
      ]),
      widths: [6, 38, 18, 24, 14],
    },
    { kind: 'heading', level: 2, text: '4. Ожидаемые результаты' },
    {
      kind: 'list',
      ordered: false,
      items: [
        ...(deficits.length > 0 ? deficits : ['адаптация в коллективе']).map((d) => [planForDeficit(d).result]),
        ['Наставляемый самостоятельно применяет освоенное в работе'],
      ],
    },
    { kind: 'signature', role: 'Наставник', name: surnameInitials(mentor.fio) },
    { kind: 'signature', role: 'Наставляемый', name: surnameInitials(mentee.fio) },
    ...(mentee.isMinor && mentee.representative !== ''
      ? [
          {
            kind: 'signature',
            role: 'Законный представитель',
            name: surnameInitials(mentee.representative),
          } as DocBlock,
        ]
      : []),
    { kind: 'signature', role: 'Куратор программы', name: surnameInitials(settings.text('curatorName')) },
  ];
}

/** Mentees per document in the «один документ» layout: a longer one risks Apps Script's 6-minute limit. */
export const PLANS_PER_DOCUMENT = 100;

/** One document with a page per mentee; `part` numbers the documents when the plans need several. */
export function buildPlansDocument(
  subjects: readonly PlanSubject[],
  roadmap: readonly RoadmapRow[],
  settings: Settings,
  academicYear: number,
  part?: { index: number; count: number },
): DocModel {
  const blocks: DocBlock[] = [];
  subjects.forEach((subject, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...planBlocks(subject, roadmap, settings, academicYear));
  });
  const suffix = part && part.count > 1 ? ` (часть ${part.index} из ${part.count})` : '';
  return { name: `Индивидуальные планы развития ${academicYearText(academicYear)}${suffix}`, blocks };
}

export function buildPlanDocument(
  subject: PlanSubject,
  roadmap: readonly RoadmapRow[],
  settings: Settings,
  academicYear: number,
): DocModel {
  return {
    name: `Индивидуальный план развития — ${surnameInitials(subject.mentee.fio)} — ${academicYearText(academicYear)}`,
    blocks: planBlocks(subject, roadmap, settings, academicYear),
  };
}
