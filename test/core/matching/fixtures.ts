import type { Mentee, Mentor } from '../../../src/core/bases/participant';
import { type MatchingConfig, MODE_OPTIMAL } from '../../../src/core/matching/settings';

const base = {
  organization: 'Школа № 1',
  position: '',
  subjects: [] as string[],
  experienceYears: null,
  email: '',
  times: [] as string[],
  status: '',
  consentDate: null,
  hasConsent: true,
  hasErrors: false,
};

export function mentor(id: string, fields: Partial<Mentor> = {}): Mentor {
  return {
    ...base,
    id,
    role: 'mentor',
    row: 2,
    fio: `Наставник ${id}`,
    personKey: `наставник ${id.toLowerCase()}`,
    category: 'педагог',
    qualification: '',
    competencies: [],
    achievements: '',
    interests: [],
    wishedCategories: [],
    wishedAge: null,
    forms: ['учитель – учитель'],
    loadLimit: null,
    caseLink: '',
    ...fields,
  };
}

export function mentee(id: string, fields: Partial<Mentee> = {}): Mentee {
  return {
    ...base,
    id,
    role: 'mentee',
    row: 2,
    fio: `Наставляемый ${id}`,
    personKey: `наставляемый ${id.toLowerCase()}`,
    category: 'молодой специалист',
    age: 25,
    isMinor: false,
    deficits: [],
    entryDate: null,
    wantedForm: 'учитель – учитель',
    representative: '',
    representativeConsentDate: null,
    results: '',
    endDate: null,
    ...fields,
  };
}

export function config(fields: Partial<MatchingConfig> = {}): MatchingConfig {
  return {
    mode: MODE_OPTIMAL,
    weights: {
      weightDeficits: 35,
      weightSubject: 20,
      weightExperience: 10,
      weightOrganization: 5,
      weightCategory: 5,
      weightAge: 5,
      weightTime: 10,
      weightPreferences: 10,
    },
    minExperienceGap: 5,
    organizationPreference: 'своя организация',
    formOrganizationRules: new Map(),
    preferencesLimit: 3,
    groupSizeMin: 2,
    groupSizeMax: 4,
    defaultLoadLimit: 2,
    ...fields,
  };
}
