import { formatRuDate } from '../cell';

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** «15» октября 2026 г. — the date line of an order. */
export function longRuDate(date: Date): string {
  return `«${date.getDate()}» ${MONTHS_GENITIVE[date.getMonth()]} ${date.getFullYear()} г.`;
}

/** An empty date line to fill in by hand. */
export const BLANK_DATE = '«___» ____________ 20___ г.';

export function academicYearText(year: number): string {
  return `${year}/${year + 1}`;
}

/** «с 01.10.2026 по 31.05.2027»; an open side stays blank. */
export function periodText(start: Date | null, end: Date | null): string {
  const from = start ? `с ${formatRuDate(start)}` : '';
  const to = end ? `по ${formatRuDate(end)}` : '';
  return [from, to].filter((part) => part !== '').join(' ');
}

/** 1 пара, 2 пары, 5 пар. */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function countText(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}

/** «Иванова Анна Петровна» → «А. П. Иванова» (the signature line order). */
export function initialsFirst(fio: string): string {
  const name = nameParts(fio);
  return name ? `${name.initials} ${name.surname}` : fio.trim();
}

/** «Иванова Анна Петровна» → «Иванова А. П.». */
export function surnameInitials(fio: string): string {
  const name = nameParts(fio);
  return name ? `${name.surname} ${name.initials}` : fio.trim();
}

/** Surname and initials of a two- or three-word ФИО; anything else is not shortened. */
function nameParts(fio: string): { surname: string; initials: string } | null {
  const parts = fio
    .trim()
    .split(/\s+/)
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return null;
  const [surname, ...rest] = parts;
  return { surname, initials: rest.map((p) => `${p[0].toUpperCase()}.`).join(' ') };
}

type Gender = 'm' | 'f' | null;

function genderOf(parts: string[]): Gender {
  const patronymic = parts[2]?.toLowerCase() ?? '';
  if (/(вич|ич)$/.test(patronymic)) return 'm';
  if (/(вна|чна|шна)$/.test(patronymic)) return 'f';
  const surname = parts[0]?.toLowerCase() ?? '';
  if (/(ова|ева|ёва|ина|ына|ская|цкая)$/.test(surname)) return 'f';
  if (/(ов|ев|ёв|ин|ын|ский|цкий)$/.test(surname)) return 'm';
  return null;
}

/**
 * The dative of a surname for «Куратору … Петровой А. С.»: the common Russian patterns
 * (‑ов/‑ин/‑ский and their feminine forms, consonant endings of men's surnames); a surname
 * that does not decline (‑ко, ‑их, ‑аго…) or an unknown pattern stays as written.
 */
export function surnameDative(surname: string, gender: Gender): string {
  const lower = surname.toLowerCase();
  const keep = (suffixLength: number, ending: string) => surname.slice(0, surname.length - suffixLength) + ending;
  if (gender === 'f') {
    if (/(ова|ева|ёва|ина|ына)$/.test(lower)) return keep(1, 'ой');
    if (/(ская|цкая)$/.test(lower)) return keep(2, 'ой');
    return surname;
  }
  if (gender === 'm') {
    if (/(ский|цкий|ый|ой)$/.test(lower)) return keep(2, 'ому');
    if (/(ко|их|ых|аго|яго|[еиоуыэю])$/.test(lower)) return surname;
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return `${surname}у`;
    if (/й$/.test(lower)) return keep(1, 'ю');
  }
  return surname;
}

/** «Петрова Анна Сергеевна» → «Петровой А. С.» (dative, initials). */
export function dativeShortName(fio: string): string {
  const parts = fio
    .trim()
    .split(/\s+/)
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return fio.trim();
  const [surname, ...rest] = parts;
  return `${surnameDative(surname, genderOf(parts))} ${rest.map((p) => `${p[0].toUpperCase()}.`).join(' ')}`;
}

/** «обучающийся» / «обучающаяся» by the patronymic or surname. */
export function genderOfName(fio: string): Gender {
  return genderOf(
    fio
      .trim()
      .split(/\s+/)
      .filter((p) => p !== ''),
  );
}

/** Prepositional forms of the head nouns of organization names (after «в»). */
const HEAD_NOUNS: Record<string, string> = {
  комитет: 'комитете',
  управление: 'управлении',
  департамент: 'департаменте',
  министерство: 'министерстве',
  отдел: 'отделе',
  администрация: 'администрации',
  учреждение: 'учреждении',
  организация: 'организации',
  школа: 'школе',
  гимназия: 'гимназии',
  лицей: 'лицее',
  колледж: 'колледже',
  техникум: 'техникуме',
  центр: 'центре',
  сад: 'саду',
  дом: 'доме',
  училище: 'училище',
  бюро: 'бюро',
};

function adjectivePrepositional(word: string): string | null {
  const lower = word.toLowerCase();
  const swap = (n: number, ending: string) => word.slice(0, word.length - n) + ending;
  if (/(ое|ый|ой)$/.test(lower)) return swap(2, 'ом');
  if (/[кгх]ий$/.test(lower)) return swap(2, 'ом');
  if (/(ее|ий)$/.test(lower)) return swap(2, 'ем');
  if (/ая$/.test(lower)) return swap(2, 'ой');
  if (/яя$/.test(lower)) return swap(2, 'ей');
  return null;
}

function matchCase(form: string, original: string): string {
  return original[0] === original[0].toUpperCase() ? form[0].toUpperCase() + form.slice(1) : form;
}

/**
 * «в МАОУ «СОШ № 5»», «в Комитете образования администрации города», «в Муниципальном
 * бюджетном общеобразовательном учреждении «Школа № 3»»: the leading adjectives and the head
 * noun are declined, the rest (genitive dependants, the quoted name) stays. A name that begins
 * with an abbreviation or a quote does not decline; an unknown head noun is phrased around.
 */
export function inOrganization(name: string): string {
  const text = name.trim();
  if (text === '') return '';
  const words = text.split(/\s+/);
  const first = words[0];
  if (/^[«"“]/.test(first) || (first.length > 1 && first === first.toUpperCase())) return `в ${text}`;
  const declined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const head = HEAD_NOUNS[word.toLowerCase().replace(/ё/g, 'е')];
    if (head) return `в ${[...declined, matchCase(head, word), ...words.slice(i + 1)].join(' ')}`;
    const adjective = adjectivePrepositional(word);
    if (!adjective) break;
    declined.push(adjective);
  }
  return `в организации «${text.replace(/^«(.*)»$/, '$1')}»`;
}
