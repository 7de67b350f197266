/**
 * English wording of the matching settings for English-speaking users. The «Настройки» sheet and
 * the values written to it stay Russian (they are the data); only what the sidebar shows changes.
 * Settings without an entry keep the sheet's Russian label.
 */
import type { SettingField } from '../../src/core/usecases/matching-settings';

const FIELDS: Record<string, { label: string; description: string }> = {
  mentorLoadLimit: { label: 'Mentees per mentor', description: 'Can be overridden in a mentor’s row of the base' },
  matchingMode: {
    label: 'Matching mode',
    description:
      'optimal — as many pairs as possible with the highest total score; mutual choice — from the «Предпочтения» sheet after a meeting; groups — a mentor leads a group',
  },
  weightDeficits: {
    label: 'Weight: competencies cover deficits',
    description: 'Share of the mentee’s deficits found in the mentor’s competencies',
  },
  weightSubject: { label: 'Weight: same subject', description: 'Mentor and mentee teach the same subject' },
  weightExperience: {
    label: 'Weight: experience gap',
    description: 'The mentor has at least the minimum gap of experience more',
  },
  minExperienceGap: {
    label: 'Minimum experience gap (years)',
    description: 'By how many years the mentor’s experience must exceed the mentee’s',
  },
  weightOrganization: {
    label: 'Weight: organization',
    description: 'Organization match, as set in «preferred organization»',
  },
  organizationPreference: {
    label: 'Preferred organization of the mentor',
    description: 'same — the same organization; other — network mentoring',
  },
  weightCategory: { label: 'Weight: mentee category', description: 'The mentee’s category is one the mentor wishes' },
  weightAge: { label: 'Weight: mentee age', description: 'The mentee’s age is in the mentor’s wished range' },
  weightTime: { label: 'Weight: convenient time', description: 'They share a convenient meeting time' },
  weightPreferences: {
    label: 'Weight: mutual choice',
    description: 'They chose each other on the «Предпочтения» sheet',
  },
  preferencesLimit: {
    label: 'How many people one may choose (K)',
    description: 'The first K choices of each participant count',
  },
  groupSizeMin: { label: 'Group: at least (people)', description: 'In the groups mode no smaller group is formed' },
  groupSizeMax: { label: 'Group: at most (people)', description: 'In the groups mode, the largest group' },
};

const CHOICES: Record<string, string> = {
  оптимальный: 'optimal',
  'по взаимному выбору': 'mutual choice',
  группы: 'groups',
  'своя организация': 'same organization',
  'другая организация (сетевое)': 'another organization (network)',
  'не важно': 'does not matter',
};

export function inEnglish(field: SettingField): SettingField {
  const words = FIELDS[field.key];
  return words ? { ...field, ...words } : field;
}

/** What a choice is called on screen (its value stays the sheet's). */
export function choiceText(choice: string, english: boolean): string {
  return english ? (CHOICES[choice] ?? choice) : choice;
}
