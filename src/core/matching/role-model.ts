import type { Mentee, Mentor } from '../bases/participant';
import type { Catalogues, RoleModelEntry } from '../catalogues/catalogues';
import { splitTags, textKey } from '../text/normalize';

/**
 * The role model (variant of the form) that fits a pair, chosen from the catalogue's clues
 * («Справочники» → «Ролевая модель: признаки»): the model with the most clues found in the
 * mentee's request, category, subjects and position and in the mentor's profile wins; a model
 * whose condition («стаж до 3», «возраст от 14») the mentee does not meet is never chosen; a
 * tie goes to the model listed first. Data, not code: the curator's own models and clues are
 * read the same way.
 */
export interface RoleModelChoice {
  model: string;
  /** Why, in the curator's words, for the draft's «Почему эта модель». */
  reason: string;
}

type Clue =
  | { kind: 'mentee' | 'mentor'; text: string; stems: string[] }
  | {
      kind: 'condition';
      text: string;
      field: 'experience' | 'age' | 'yearsInPost';
      bound: 'max' | 'min';
      value: number;
    };

const CONDITION = /^(стаж в должности|стаж|возраст)\s+(до|от)\s+(\d+(?:[.,]\d+)?)/;
const FIELDS = { стаж: 'experience', возраст: 'age', 'стаж в должности': 'yearsInPost' } as const;
/** Added to a newly appointed manager's profile, so that the clue «назначен» finds them. */
const NEWLY_APPOINTED = 'вновь назначенный руководитель';
const MENTOR_PREFIX = /^наставник\s*:\s*/;

/** Clues read once per catalogue text: a draft of 5 000 pairs asks the same few texts again and again. */
const CLUES = new Map<string, Clue[]>();

export function parseClues(text: string): Clue[] {
  let clues = CLUES.get(text);
  if (clues === undefined) {
    clues = readClues(text);
    if (CLUES.size > 1000) CLUES.clear();
    CLUES.set(text, clues);
  }
  return clues;
}

function readClues(text: string): Clue[] {
  return splitTags(text.replace(/\n/g, ';')).flatMap((raw): Clue[] => {
    const key = textKey(raw);
    const condition = CONDITION.exec(key);
    if (condition)
      return [
        {
          kind: 'condition',
          text: raw,
          field: FIELDS[condition[1] as keyof typeof FIELDS],
          bound: condition[2] === 'до' ? 'max' : 'min',
          value: Number(condition[3].replace(',', '.')),
        },
      ];
    const forMentor = MENTOR_PREFIX.test(key);
    const phrase = key.replace(MENTOR_PREFIX, '').trim();
    if (phrase === '') return [];
    const text = forMentor ? raw.replace(/^[^:]*:\s*/, '') : raw;
    return [{ kind: forMentor ? 'mentor' : 'mentee', text, stems: stemsOf(phrase) }];
  });
}

/** Each word shortened to a stem so that «адаптация» finds «адаптации», «одарённый» — «одарёнными». */
function stemsOf(phrase: string): string[] {
  return phrase
    .split(/[\s/()«»"',.]+/)
    .filter((word) => word.length > 0)
    .map((word) => (word.length > 5 ? word.slice(0, Math.max(5, word.length - 3)) : word));
}

function profileText(parts: ReadonlyArray<string | readonly string[]>): string {
  return textKey(parts.flatMap((part) => (typeof part === 'string' ? [part] : [...part])).join(' | '));
}

function menteeText(mentee: Mentee): string {
  return profileText([
    mentee.category,
    mentee.deficits,
    mentee.subjects,
    mentee.position,
    mentee.results,
    mentee.newlyAppointed ? NEWLY_APPOINTED : '',
  ]);
}

function mentorText(mentor: Mentor): string {
  return profileText([
    mentor.category,
    mentor.competencies,
    mentor.subjects,
    mentor.position,
    mentor.achievements,
    mentor.qualification,
    mentor.interests,
  ]);
}

interface Fit {
  entry: RoleModelEntry;
  ruledOut: string | null;
  hits: string[];
}

function fitOf(entry: RoleModelEntry, mentee: Mentee, menteeProfile: string, mentorProfile: string): Fit {
  const hits: string[] = [];
  let ruledOut: string | null = null;
  for (const clue of parseClues(entry.clues)) {
    if (clue.kind === 'condition') {
      const value =
        clue.field === 'experience'
          ? mentee.experienceYears
          : clue.field === 'age'
            ? mentee.age
            : (mentee.yearsInPost ?? null);
      if (value === null) continue;
      const holds = clue.bound === 'max' ? value <= clue.value : value >= clue.value;
      const label = { experience: 'стаж', age: 'возраст', yearsInPost: 'стаж в должности' }[clue.field];
      const what = `${label} ${formatYears(value)}`;
      if (holds) hits.push(`${what} (${textKey(clue.text)})`);
      else ruledOut ??= `${what}, а модель — для «${textKey(clue.text)}»`;
      continue;
    }
    const profile = clue.kind === 'mentor' ? mentorProfile : menteeProfile;
    if (clue.stems.every((stem) => profile.includes(stem)))
      hits.push(clue.kind === 'mentor' ? `у наставника «${clue.text}»` : `«${clue.text}»`);
  }
  return { entry, ruledOut, hits };
}

function formatYears(value: number): string {
  return String(value).replace('.', ',');
}

export function chooseRoleModel(
  catalogues: Catalogues,
  form: string,
  mentee: Mentee,
  mentor?: Mentor,
): RoleModelChoice {
  const entries = catalogues.roleModels(form);
  if (entries.length === 0) return { model: '', reason: `для формы «${form}» в «Справочниках» нет ролевых моделей` };
  const menteeProfile = menteeText(mentee);
  const mentorProfile = mentor ? mentorText(mentor) : '';
  const fits = entries.map((entry) => fitOf(entry, mentee, menteeProfile, mentorProfile));
  const open = fits.filter((fit) => fit.ruledOut === null);
  const best = open.reduce<Fit | null>(
    (top, fit) => (top === null || fit.hits.length > top.hits.length ? fit : top),
    null,
  );
  if (best && best.hits.length > 0) return { model: best.entry.model, reason: best.hits.join('; ') };
  if (best)
    return {
      model: best.entry.model,
      reason: 'признаков ни одной модели в анкете нет — взята первая подходящая модель формы; проверьте',
    };
  return {
    model: fits[0].entry.model,
    reason: `ни одна модель формы не подходит по условиям (${fits[0].ruledOut}); проверьте`,
  };
}
