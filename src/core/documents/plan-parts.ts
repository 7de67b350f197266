import { textKey } from '../text/normalize';
import type { PlanSubject } from './individual-plan';

/** One document of the «один документ» layout: the plans of one organization (or a part of them). */
export interface PlansPart {
  subjects: PlanSubject[];
  /** Set when the programme has several organizations: it names the file. */
  organization?: string;
  /** Set when one organization's plans need several documents. */
  part?: { index: number; count: number };
  /** What tells this document apart in «Документы» (empty for a single document). */
  key: string;
}

/**
 * The plans grouped per organization (the mentee's), in order of first appearance, so that each
 * school takes its own file; an organization with more than `perDocument` plans gets several
 * parts, and a part never mixes organizations.
 */
export function plansParts(subjects: readonly PlanSubject[], perDocument: number): PlansPart[] {
  const groups = new Map<string, { name: string; subjects: PlanSubject[] }>();
  for (const subject of subjects) {
    const name = subject.mentee.organization.trim();
    const key = textKey(name);
    const group = groups.get(key) ?? { name, subjects: [] };
    group.subjects.push(subject);
    groups.set(key, group);
  }
  const named = groups.size > 1;
  const parts: PlansPart[] = [];
  for (const group of groups.values()) {
    const count = Math.ceil(group.subjects.length / perDocument);
    for (let i = 0; i < count; i++) {
      const organization = named ? group.name || 'организация не указана' : undefined;
      const part = count > 1 ? { index: i + 1, count } : undefined;
      parts.push({
        subjects: group.subjects.slice(i * perDocument, (i + 1) * perDocument),
        organization,
        part,
        key: [organization ?? '', part ? `часть ${part.index}` : ''].filter((t) => t !== '').join(', '),
      });
    }
  }
  return parts;
}
