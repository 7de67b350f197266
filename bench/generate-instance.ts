/**
 * Writes a matching instance in the JSON format, reproducibly (seeded).
 *   npm run bench:gen -- <uniform|contended|family> <mentees> <mentors> <capacity> [seed] [out.json]
 * uniform:   independent scores 0..100, 10 % forbidden pairs.
 * contended: a few popular mentors (Zipf-like appeal), skewed subject demand (half of the mentees
 *            want 2 of 12 subjects), forms that forbid ~40 % of the pairs — many mentees compete
 *            for the same mentors, which is what makes exact matching hard.
 * The families a real programme produces (FAMILIES below) — places = mentees, places < mentees,
 * one dominant subject, superstar mentors, random forbidden pairs, blocks by organization, and
 * «unseen contended» (shared subject + a per-mentor quality everyone wants + noise, 20 % forbidden
 * at random; the curator sized capacities so that everyone fits) — take their capacity from the
 * family itself; `capacity` then only sets the base.
 */
import { writeFileSync } from 'node:fs';
import type { InstanceFile } from './instance';

export function generateInstance(kind: string, m: number, n: number, capacity: number, seed = 1): InstanceFile {
  const random = mulberry32(seed);
  const score = new Array<number>(m * n);
  const cap = new Array<number>(n).fill(capacity);
  if (kind === 'uniform') {
    for (let k = 0; k < m * n; k++) score[k] = random() < 0.1 ? -1 : Math.floor(random() * 101);
    return { M: m, N: n, cap, score };
  }
  const family = FAMILIES[kind];
  if (family) return family(m, n, capacity, random);
  if (kind !== 'contended')
    throw new Error(`unknown kind ${kind}: uniform, contended or ${Object.keys(FAMILIES).join(', ')}`);
  const subjects = 12;
  const forms = 4;
  const appeal = Array.from({ length: n }, (_, j) => 40 / (1 + ((j * 7919) % n) / (n / 20)));
  const mentorSubject = Array.from({ length: n }, () => Math.floor(random() * subjects));
  // Form 0 is the one most mentees want (60 %); 65 % of mentors work in it, each other form ~35 %.
  const mentorForms = Array.from({ length: n }, () => {
    let mask = random() < 0.65 ? 1 : 0;
    for (let f = 1; f < forms; f++) if (random() < 0.35) mask |= 1 << f;
    return mask === 0 ? 1 << (1 + Math.floor(random() * (forms - 1))) : mask;
  });
  for (let i = 0; i < m; i++) {
    const subject = random() < 0.5 ? Math.floor(random() * 2) : Math.floor(random() * subjects);
    const form = random() < 0.6 ? 0 : Math.floor(random() * forms);
    for (let j = 0; j < n; j++) {
      if ((mentorForms[j] & (1 << form)) === 0) {
        score[i * n + j] = -1;
        continue;
      }
      const subjectFit = mentorSubject[j] === subject ? 35 : 0;
      const value = appeal[j] + subjectFit + random() * 25;
      score[i * n + j] = Math.min(100, Math.round(value));
    }
  }
  return { M: m, N: n, cap, score };
}

type Family = (m: number, n: number, capacity: number, random: () => number) => InstanceFile;

/** Capacities that sum to exactly `places` (as even as possible). */
function spread(n: number, places: number): number[] {
  return Array.from({ length: n }, (_, j) => Math.floor(places / n) + (j < places % n ? 1 : 0));
}

/** Scores from a per-mentee subject, a per-mentor quality and noise; `forbid` decides the rest. */
function mixed(
  m: number,
  n: number,
  random: () => number,
  options: {
    subjects: number;
    dominant: number;
    quality: (j: number) => number;
    forbid: (i: number, j: number) => boolean;
  },
): number[] {
  const mentorSubject = Array.from({ length: n }, () => Math.floor(random() * options.subjects));
  const score = new Array<number>(m * n);
  for (let i = 0; i < m; i++) {
    const subject = random() < options.dominant ? 0 : Math.floor(random() * options.subjects);
    for (let j = 0; j < n; j++) {
      if (options.forbid(i, j)) {
        score[i * n + j] = -1;
        continue;
      }
      const value = (mentorSubject[j] === subject ? 30 : 0) + options.quality(j) + random() * 30;
      score[i * n + j] = Math.min(100, Math.round(value));
    }
  }
  return score;
}

/**
 * Mentors with a per-mentor quality everyone wants (drawn first, uniformly up to `spread`), a
 * shared subject and noise, a share of pairs forbidden at random; capacities from `places`.
 */
function wantedMentors(spec: {
  spread: number;
  subjects: number;
  dominant: number;
  forbidden: number;
  places: (m: number, n: number, capacity: number) => number[];
}): Family {
  return (m, n, capacity, random) => {
    const quality = Array.from({ length: n }, () => random() * spec.spread);
    const score = mixed(m, n, random, {
      subjects: spec.subjects,
      dominant: spec.dominant,
      quality: (j) => quality[j],
      forbid: () => random() < spec.forbidden,
    });
    return { M: m, N: n, cap: spec.places(m, n, capacity), score };
  };
}

const placesEqualMentees = (m: number, n: number) => spread(n, m);
const fullCapacity = (_m: number, n: number, capacity: number) => new Array<number>(n).fill(capacity);

export const FAMILIES: Record<string, Family> = {
  /** The unseen family: capacity 4, places = mentees, 20 % forbidden at random. */
  'unseen-contended': wantedMentors({
    spread: 40,
    subjects: 10,
    dominant: 0.3,
    forbidden: 0.2,
    places: placesEqualMentees,
  }),
  'places-equal-mentees': wantedMentors({
    spread: 25,
    subjects: 12,
    dominant: 0.2,
    forbidden: 0.1,
    places: placesEqualMentees,
  }),
  'places-below-mentees': wantedMentors({
    spread: 25,
    subjects: 12,
    dominant: 0.2,
    forbidden: 0.1,
    places: (m, n) => spread(n, Math.floor(m * 0.8)),
  }),
  'dominant-subject': (m, n, capacity, random) => {
    const score = mixed(m, n, random, {
      subjects: 12,
      dominant: 0.85,
      quality: () => 10,
      forbid: () => random() < 0.1,
    });
    return { M: m, N: n, cap: new Array<number>(n).fill(capacity), score };
  },
  superstars: (m, n, capacity, random) => {
    const stars = Math.max(1, Math.round(n / 50));
    const score = mixed(m, n, random, {
      subjects: 12,
      dominant: 0.2,
      quality: (j) => (j % Math.ceil(n / stars) === 0 ? 55 : 5),
      forbid: () => random() < 0.1,
    });
    return { M: m, N: n, cap: new Array<number>(n).fill(capacity), score };
  },
  'random-forbidden': wantedMentors({ spread: 30, subjects: 12, dominant: 0.3, forbidden: 0.2, places: fullCapacity }),
  'organization-blocks': (m, n, capacity, random) => {
    const organizations = 20;
    const menteeOrganization = Array.from({ length: m }, () => Math.floor(random() * organizations));
    const mentorOrganization = Array.from({ length: n }, () => Math.floor(random() * organizations));
    const quality = Array.from({ length: n }, () => random() * 30);
    const score = mixed(m, n, random, {
      subjects: 12,
      dominant: 0.3,
      quality: (j) => quality[j],
      forbid: (i, j) => menteeOrganization[i] !== mentorOrganization[j],
    });
    return { M: m, N: n, cap: new Array<number>(n).fill(capacity), score };
  },
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind = 'contended', m = '2000', n = '500', capacity = '4', seed = '1', out] = process.argv.slice(2);
  const instance = generateInstance(kind, Number(m), Number(n), Number(capacity), Number(seed));
  const path = out ?? `bench/instances/${kind}-${m}x${n}-cap${capacity}-s${seed}.json`;
  writeFileSync(path, JSON.stringify(instance));
  console.log(path);
}
