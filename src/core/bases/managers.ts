import { textKey } from '../text/normalize';

/**
 * Managers (руководитель, заместитель) in the bases: by «Категория» («управленческий кадр») or by
 * «Должность» (директор, заместитель, заведующий, начальник, руководитель — but a «классный
 * руководитель» is a teacher). Whether one is *newly appointed* is years in post against the
 * setting «Вновь назначенный руководитель», never the teaching experience: a deputy appointed
 * last year after 20 years of teaching is a newly appointed manager, not a young specialist.
 */
const MANAGER_CATEGORIES = ['управленческий кадр', 'руководитель', 'заместитель', 'управленец'].map(textKey);
const MANAGER_POSITION = /(директор|заместител|заведующ|начальник|руководител)/;
const NOT_MANAGER_POSITION = /(классн\S*\s+руководител|руководител\S*\s+(кружка|секции|студии|объединения))/;

export function isManager(category: string, position: string): boolean {
  if (MANAGER_CATEGORIES.includes(textKey(category))) return true;
  const key = textKey(position);
  return MANAGER_POSITION.test(key) && !NOT_MANAGER_POSITION.test(key);
}

/** Full years from `from` to `today` (0 for a date in the future). */
export function fullYears(from: Date, today: Date): number {
  let years = today.getFullYear() - from.getFullYear();
  const before =
    today.getMonth() < from.getMonth() || (today.getMonth() === from.getMonth() && today.getDate() < from.getDate());
  if (before) years -= 1;
  return Math.max(0, years);
}

/** Years in post: the appointment date wins (it stays current by itself), else the typed number. */
export function yearsInPost(appointment: Date | null, typed: number | null, today: Date): number | null {
  if (appointment !== null) return fullYears(appointment, today);
  return typed;
}

export function isNewlyAppointed(
  person: { category: string; position: string; yearsInPost?: number | null },
  maxYearsInPost: number,
): boolean {
  const years = person.yearsInPost ?? null;
  return years !== null && years <= maxYearsInPost && isManager(person.category, person.position);
}
