import { MENTEES_SHEET, MENTORS_SHEET } from '../bases/layouts';
import type { Mentee, Mentor, ParticipantBase } from '../bases/participant';
import { textKey } from '../text/normalize';
import { cachedKey, tagKeySet } from './criteria/tags';

/** Statuses with which a participant takes no new pair. */
const INACTIVE_STATUSES = ['выбыл', 'завершил', 'на паузе'];

export function isInactive(person: ParticipantBase): boolean {
  return INACTIVE_STATUSES.includes(textKey(person.status));
}

/** Why a participant cannot take part in matching at all, or null. */
export function exclusionReason(person: ParticipantBase): string | null {
  if (person.hasErrors) {
    const sheet = person.role === 'mentor' ? MENTORS_SHEET : MENTEES_SHEET;
    return `в строке ${person.row} листа «${sheet}» есть ошибки — исправьте их по листу «Проблемы»`;
  }
  if (!person.hasConsent) {
    const minor = person.role === 'mentee' && (person as Mentee).isMinor;
    return minor ? 'нет согласия законного представителя на обработку ПДн' : 'нет согласия на обработку ПДн';
  }
  if (isInactive(person)) return `статус «${person.status}»`;
  return null;
}

/** The form is one the mentor works in and the mentee needs. */
export function formFits(mentor: Mentor, mentee: Mentee): boolean {
  const wanted = cachedKey(mentee.wantedForm);
  return wanted !== '' && tagKeySet(mentor.forms).has(wanted);
}

/** The same person in both bases never mentors themself. */
export function samePerson(mentor: Mentor, mentee: Mentee): boolean {
  return mentor.personKey !== '' && mentor.personKey === mentee.personKey;
}
