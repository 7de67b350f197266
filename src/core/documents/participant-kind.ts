import type { Mentee } from '../bases/participant';
import { textKey } from '../text/normalize';

/** Who the plan is written for: it decides the plan's sections and which goals fit. */
export type ParticipantKind = 'pupil' | 'student' | 'teacher' | 'youngSpecialist' | 'manager';

/** Words of «Цели индивидуальных планов» (column «Участники») and of the base's «Категория». */
export const PARTICIPANT_KIND_LABELS: Record<ParticipantKind, string> = {
  pupil: 'обучающийся',
  student: 'студент',
  teacher: 'педагог',
  youngSpecialist: 'молодой специалист',
  manager: 'управленческий кадр',
};

/** Other spellings curators use in «Категория» and in the goals sheet. */
const ALIASES: Record<string, ParticipantKind> = {
  ученик: 'pupil',
  школьник: 'pupil',
  обучающиеся: 'pupil',
  учащийся: 'pupil',
  студенты: 'student',
  выпускник: 'student',
  учитель: 'teacher',
  педагоги: 'teacher',
  преподаватель: 'teacher',
  работодатель: 'teacher',
  руководитель: 'manager',
  заместитель: 'manager',
  управленец: 'manager',
};

/** A kind from its Russian word (the label or an alias); null when the word means none. */
export function kindFromWord(word: string): ParticipantKind | null {
  const key = textKey(word);
  for (const [kind, label] of Object.entries(PARTICIPANT_KIND_LABELS) as [ParticipantKind, string][])
    if (textKey(label) === key) return kind;
  return ALIASES[key] ?? null;
}

/** «Молодой специалист» thresholds from «Настройки» (domain §2: 0–3 years, under 35). */
export interface YoungSpecialistRule {
  maxExperience: number;
  maxAge: number;
}

/**
 * The mentee's kind: a newly appointed head or deputy (years in post, «Настройки») is a manager
 * whatever the teaching experience; then the category of the base; a teacher within the
 * young-specialist thresholds is a young specialist; an unknown category is read from the class
 * or the course.
 */
export function participantKind(mentee: Mentee, young: YoungSpecialistRule): ParticipantKind {
  if (mentee.newlyAppointed) return 'manager';
  const kind = kindFromWord(mentee.category) ?? kindFromPosition(mentee.position);
  if (kind !== 'teacher') return kind;
  const isYoung =
    mentee.experienceYears !== null &&
    mentee.experienceYears <= young.maxExperience &&
    (mentee.age === null || mentee.age <= young.maxAge);
  return isYoung ? 'youngSpecialist' : 'teacher';
}

/** «7 «Г»», «10 класс» → a pupil; «2 курс», «группа ТМ-21» → a student; anything else → a teacher. */
function kindFromPosition(position: string): ParticipantKind {
  const key = textKey(position);
  if (/^\d{1,2}\s*(«|"|[а-я](\s|»|$)|класс)/.test(key)) return 'pupil';
  if (key.includes('курс') || key.includes('групп')) return 'student';
  if (key.includes('директор') || key.includes('заместител')) return 'manager';
  return 'teacher';
}

/** Pupils and students are children or learners: a plan for them speaks of a request, not of deficits. */
export function isLearner(kind: ParticipantKind): boolean {
  return kind === 'pupil' || kind === 'student';
}
