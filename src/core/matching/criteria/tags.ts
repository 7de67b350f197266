import { textKey } from '../../text/normalize';

/** The tags of `wanted` that `offered` has too (compared ignoring case and ё/е), in `wanted`'s order. */
export function commonTags(wanted: readonly string[], offered: readonly string[]): string[] {
  const keys = new Set(offered.map(textKey));
  return wanted.filter((tag) => keys.has(textKey(tag)));
}
