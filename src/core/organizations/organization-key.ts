/**
 * One school, however people type it: «Зрыхская СОШ», «МКОУ Зрыхская СОШ», «МКОУ «Зрыхская СОШ»»
 * and «Муниципальное казённое общеобразовательное учреждение «Зрыхская средняя общеобразовательная
 * школа»» give one key. The legal form (МБОУ, МАОУ, МКОУ…) is dropped: within one municipality two
 * schools do not differ by it alone.
 */
import { textKey } from '../text/normalize';

// Cyrillic words have no \b in JavaScript regexes: phrases are bounded by the spaces around them.
const LONG_FORMS: ReadonlyArray<[RegExp, string]> = [
  [
    /(?<=\s)(?:муниципальное|государственное|частное|негосударственное|областное|краевое|городское)(?: (?:бюджетное|автономное|казенное|профессиональное))*(?: (?:общеобразовательное|дошкольное образовательное|образовательное|учреждение дополнительного образования))* учреждение(?: дополнительного образования)?(?=\s)/gu,
    ' ',
  ],
  [/(?<=\s)средняя общеобразовательная школа(?=\s)/gu, ' сош '],
  [/(?<=\s)основная общеобразовательная школа(?=\s)/gu, ' оош '],
  [/(?<=\s)начальная общеобразовательная школа(?=\s)/gu, ' нош '],
  [/(?<=\s)средняя школа(?=\s)/gu, ' сш '],
  [/(?<=\s)детский сад(?=\s)/gu, ' д/с '],
];

/** Abbreviated legal forms, as whole words. */
const LEGAL_FORMS = new Set(
  [
    'мбоу маоу мкоу моу мбоуш гбоу гаоу гкоу гоу чоу ноу аноо ано чу',
    'мбдоу мадоу мкдоу мдоу гбдоу чдоу',
    'мбу мау мку мбудо маудо мкудо мбоудо маоудо мкоудо мудо',
    'гбпоу гапоу гпоу огбпоу огапоу кгбпоу обпоу кгбоу огбоу огкоу',
  ]
    .join(' ')
    .split(' '),
);
/** «до» (дополнительного образования) after мбу/мау/мку is part of the legal form, not the name. */
const FORMS_WITH_DO = new Set(['мбу', 'мау', 'мку', 'моу', 'мбоу', 'маоу']);

export function organizationKey(value: string): string {
  let text = ` ${textKey(value.replace(/[«»"“”„'`]/g, ' '))} `;
  for (const [pattern, replacement] of LONG_FORMS) text = text.replace(pattern, replacement);
  text = text.replace(/\s*№\s*/g, ' № ').replace(/[.,()]/g, ' ');
  const words = text.split(/\s+/).filter((word) => word !== '');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (LEGAL_FORMS.has(word)) {
      if (FORMS_WITH_DO.has(word) && words[i + 1] === 'до') i++;
      continue;
    }
    kept.push(word);
  }
  return kept.join(' ');
}
