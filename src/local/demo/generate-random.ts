/**
 * A small seeded PRNG (mulberry32) and the draws the demo generator needs. Pure: the same seed
 * gives the same workbook on every machine, in Node and in Apps Script alike.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let r = this.next() * total;
    for (const [value, weight] of items) {
      r -= weight;
      if (r < 0) return value;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** A value drawn around `mean` (sum of three uniforms: a cheap bell curve), clamped to [min, max]. */
  bell(mean: number, spread: number, min: number, max: number): number {
    const u = (this.next() + this.next() + this.next()) / 3 - 0.5;
    return Math.min(max, Math.max(min, mean + u * 2 * spread));
  }
}

/** Zipf-like weights for a list ordered from most to least common. */
export function byRank<T>(items: readonly T[], exponent = 0.8): Array<readonly [T, number]> {
  return items.map((item, i) => [item, 1 / (i + 1) ** exponent] as const);
}
