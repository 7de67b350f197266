import { textKey } from '../../text/normalize';

/**
 * Tag comparison ignoring case and ё/е. Scoring compares every mentor with every mentee, so the
 * keys of each participant's tag list are computed once and kept on the list itself, in a hidden
 * (non-enumerable, symbol-keyed) property: a property read is several times cheaper than a WeakMap.
 */
const KEYS = Symbol('tag keys');

interface Keyed {
  list: string[];
  set: Set<string>;
}

function keyed(tags: readonly string[]): Keyed {
  const holder = tags as unknown as { [KEYS]?: Keyed };
  let cached = holder[KEYS];
  if (cached === undefined || cached.list.length !== tags.length) {
    const list = tags.map(textKey);
    cached = { list, set: new Set(list) };
    if (Object.isExtensible(tags))
      Object.defineProperty(tags, KEYS, { value: cached, enumerable: false, writable: true });
  }
  return cached;
}

export function tagKeySet(tags: readonly string[]): Set<string> {
  return keyed(tags).set;
}

export function tagKeys(tags: readonly string[]): string[] {
  return keyed(tags).list;
}

/** How many tags of `wanted` `offered` has too. */
export function countCommon(wanted: readonly string[], offered: readonly string[]): number {
  if (wanted.length === 0 || offered.length === 0) return 0;
  const set = tagKeySet(offered);
  let count = 0;
  for (const key of tagKeys(wanted)) if (set.has(key)) count++;
  return count;
}

/** The tags of `wanted` that `offered` has too, in `wanted`'s order. */
export function commonTags(wanted: readonly string[], offered: readonly string[]): string[] {
  if (wanted.length === 0 || offered.length === 0) return [];
  const set = tagKeySet(offered);
  const keys = tagKeys(wanted);
  return wanted.filter((_, i) => set.has(keys[i]));
}

const textKeys = new Map<string, string>();

/** `textKey` remembered for texts seen before (organizations, forms: few distinct values). */
export function cachedKey(text: string): string {
  let key = textKeys.get(text);
  if (key === undefined) {
    key = textKey(text);
    if (textKeys.size < 10_000) textKeys.set(text, key);
  }
  return key;
}
