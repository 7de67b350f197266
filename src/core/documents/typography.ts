import type { DocBlock, DocModel, Inline } from './model';

/**
 * Russian typography for every document: non-breaking spaces where a line must not break
 * (after initials, «№ 5», «2026 г.», «с … по», short prepositions before a word), «ёлочки»
 * for straight quotes, a dash between words. Applied once, where documents are created.
 */
const NBSP = '\u00a0';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // straight quotes → «ёлочки» (opening after a start, space or bracket; closing elsewhere)
  [/(^|[\s([])"/g, '$1«'],
  [/"/g, '»'],
  // a hyphen or en dash standing alone between words → an em dash bound to the word before it
  [/(\S) [-–—] (?=\S)/g, `$1${NBSP}— `],
  // «№ 5», «§ 3»
  [/([№§]) ?(?=[\dA-Za-zА-Яа-яЁё_])/g, `$1${NBSP}`],
  // initials: «А. П. Иванова», «Иванова А. П.»
  [/(^|[\s(«])([А-ЯЁA-Z]\.) (?=[А-ЯЁA-Z][.а-яёa-z])/g, `$1$2${NBSP}`],
  [/([А-ЯЁ][а-яё]+) (?=[А-ЯЁ]\.)/g, `$1${NBSP}`],
  // «2026 г.», «20___ г.», «2020–2024 гг.», «25 лет»
  [/([\d_]) (?=(г|гг|лет|год|года)\.?(?![а-яё]))/g, `$1${NBSP}`],
  // a number and its unit or a month: «15 %», «5 октября»
  [
    /(\d»?) (?=%|чел\.|ед\.|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/g,
    `$1${NBSP}`,
  ],
  // one- and two-letter prepositions and conjunctions stay with the next word
  [/(^|[\s(«])([вксоуиаВКСОУИА]|во|на|по|от|до|за|из|об|не|но|Во|На|По|От|До|За|Из|Об|Не|Но) (?=\S)/g, `$1$2${NBSP}`],
];

export function typeset(text: string): string {
  let result = text;
  // Twice: a rule's match may consume the space another one needs («в № 5»).
  for (let pass = 0; pass < 2; pass++)
    for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}

function inline(run: Inline): Inline {
  return typeof run === 'string' ? typeset(run) : { ...run, text: typeset(run.text) };
}

function block(b: DocBlock): DocBlock {
  switch (b.kind) {
    case 'heading':
      return { ...b, text: typeset(b.text) };
    case 'paragraph':
      return { ...b, runs: b.runs.map(inline) };
    case 'list':
      return { ...b, items: b.items.map((item) => item.map(inline)) };
    case 'table':
      return { ...b, header: b.header.map(typeset), rows: b.rows.map((row) => row.map(typeset)) };
    case 'signature':
      return { ...b, role: typeset(b.role), name: typeset(b.name) };
    case 'chart':
      return {
        ...b,
        chart: { ...b.chart, title: typeset(b.chart.title), categories: b.chart.categories.map(typeset) },
      };
    case 'pageBreak':
      return b;
  }
}

/** The model with Russian typography in every text; the name (a file name) is left as it is. */
export function typesetModel(model: DocModel): DocModel {
  return { ...model, blocks: model.blocks.map(block) };
}
