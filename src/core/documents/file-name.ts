/**
 * The name a person would give a document's file: «Приказ об утверждении наставнических пар
 * 2026-2027». The kind first, the title in sentence case after it (no «Об» capitalised in the
 * middle), an academic year written with a hyphen, no quotes or characters a file system refuses.
 */
export function documentName(kind: string, title = '', ...qualifiers: string[]): string {
  const head = clean(kind);
  const rest = clean(title);
  const words = [head, rest === '' ? '' : lowerFirst(rest), ...qualifiers.map(clean)].filter((w) => w !== '');
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/** «2026/2027», «2026 2027», «2026–2027» → «2026-2027». */
export function yearsForName(text: string): string {
  return text.replace(/\b(\d{4})\s*(?:[/–—-]|\s)\s*(\d{4})\b/g, '$1-$2');
}

function clean(text: string): string {
  return yearsForName(text)
    .replace(/[«»"„“”]/g, '')
    .replace(/[\\/:*?<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-cases the first word unless it is an abbreviation (МАОУ, СОШ, ИПР). */
function lowerFirst(text: string): string {
  const [first] = text.split(' ');
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
