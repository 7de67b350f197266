/**
 * Resolving what people type to one organization of «Организации»: by full or short name, by any
 * listed spelling, then by the loose key (legal form, quotes, long forms ignored). An unknown
 * spelling gets the closest known name as a suggestion, never a silent guess.
 */
import { organizationKey } from './organization-key';
import type { Organization } from './organization';

export type Resolution =
  | { found: true; organization: Organization }
  | { found: false; suggestion: Organization | null };

export class OrganizationDirectory {
  private readonly byKey = new Map<string, Organization | null>();

  constructor(readonly organizations: readonly Organization[]) {
    for (const organization of organizations) {
      for (const spelling of [organization.name, organization.short, ...organization.aliases]) {
        const key = organizationKey(spelling);
        if (key === '') continue;
        const known = this.byKey.get(key);
        // Two organizations sharing a loose spelling: that spelling identifies neither.
        this.byKey.set(key, known === undefined || known === organization ? organization : null);
      }
    }
  }

  get isEmpty(): boolean {
    return this.organizations.length === 0;
  }

  resolve(text: string): Resolution {
    const key = organizationKey(text);
    const found = key === '' ? undefined : this.byKey.get(key);
    if (found) return { found: true, organization: found };
    return { found: false, suggestion: key === '' ? null : this.closest(key) };
  }

  /** The key comparisons use: the organization's own name when known, the loose key otherwise. */
  keyOf(text: string): string {
    const resolution = this.resolve(text);
    return resolution.found ? organizationKey(resolution.organization.name) : organizationKey(text);
  }

  private closest(key: string): Organization | null {
    let best: Organization | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const [known, organization] of this.byKey) {
      if (!organization) continue;
      const distance = editDistance(key, known);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = organization;
      }
    }
    return bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : null;
  }
}

export const NO_DIRECTORY = new OrganizationDirectory([]);

/** Levenshtein distance: how many letters to change to turn one text into the other. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
