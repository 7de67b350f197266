/** Trims, turns non-breaking and repeated spaces into one space. */
export function cleanText(value: string): string {
  return value
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A comparison key: case-insensitive, ё = е, spaces folded, any dash (-, –, —, −) the same. */
export function textKey(value: string): string {
  return cleanText(value.replace(/\s*[-‐‑‒–—―−]\s*/g, '-'))
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/** Key of a person's name that ignores case, ё/е, extra spaces and word order. */
export function personKey(fio: string): string {
  return textKey(fio.replace(/[.,]/g, ' '))
    .split(' ')
    .filter((part) => part.length > 0)
    .sort()
    .join(' ');
}

/** Key of a column header: «Ф.И.О.» → «фио», «Эл. почта» → «эл почта», «E-mail» → «email». */
export function headerKey(header: string): string {
  return textKey(header)
    .replace(/[«»"'()[\]:*]/g, ' ')
    .replace(/(\p{L})[.\-‐–](?=\p{L}|$|\s)/gu, '$1')
    .replace(/[.\-–—/\\,;]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Splits a tag list written with `;`, `,` or line breaks; drops empties and case-insensitive repeats. */
export function splitTags(value: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value.split(/[;,\n\r]+/)) {
    const tag = cleanText(raw);
    const key = textKey(tag);
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
