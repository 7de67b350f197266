export type Role = 'mentor' | 'mentee';

/** What both bases share, normalized. Every field is safe to use: bad values became null/[] and a problem. */
export interface ParticipantBase {
  /** Stable id from the «ID» column (assigned by the check when empty). */
  id: string;
  role: Role;
  /** 1-based row in its sheet. */
  row: number;
  fio: string;
  /** Name key that ignores case, ё/е, spaces and word order. */
  personKey: string;
  category: string;
  organization: string;
  position: string;
  subjects: string[];
  experienceYears: number | null;
  /** Full years in the present post: from «Дата назначения на должность», else «Стаж в должности». */
  yearsInPost?: number | null;
  /**
   * A manager (head, deputy: by «Категория» or «Должность») in post no longer than the setting
   * «Вновь назначенный руководитель» — one definition, read by kinds, role models and indicators.
   */
  newlyAppointed?: boolean;
  email: string;
  times: string[];
  status: string;
  consentDate: Date | null;
  /** Consent to personal-data processing is valid (for a minor: the representative's). */
  hasConsent: boolean;
  /** The row had an error: it stays in the base but no algorithm should use it. */
  hasErrors: boolean;
  /** A team's row (bases/teams.ts): its members, people of the bases. Absent for a person. */
  team?: { members: Participant[] };
}

export interface Mentor extends ParticipantBase {
  role: 'mentor';
  qualification: string;
  competencies: string[];
  achievements: string;
  interests: string[];
  wishedCategories: string[];
  wishedAge: { min: number; max: number } | null;
  forms: string[];
  /** Per-mentor limit from the base; null → the common setting. */
  loadLimit: number | null;
  caseLink: string;
}

export interface Mentee extends ParticipantBase {
  role: 'mentee';
  age: number | null;
  isMinor: boolean;
  deficits: string[];
  entryDate: Date | null;
  /** The first of `wantedForms` (or the one form a matching demand is about, see matching/plan.ts). */
  wantedForm: string;
  /**
   * Every form the mentee needs («Желаемая форма» is a list: «учитель – учитель; руководитель –
   * заместитель»): one mentor per form. Absent in records made before lists: read `neededForms`.
   */
  wantedForms?: string[];
  representative: string;
  representativeConsentDate: Date | null;
  results: string;
  endDate: Date | null;
}

export type Participant = Mentor | Mentee;

/** The forms a mentee needs, each once: one pair per form. */
export function neededForms(mentee: Pick<Mentee, 'wantedForm' | 'wantedForms'>): string[] {
  if (mentee.wantedForms !== undefined) return mentee.wantedForms;
  return mentee.wantedForm === '' ? [] : [mentee.wantedForm];
}
