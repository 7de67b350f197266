/**
 * A questionnaire on paper: the same template and wave as the Google Form, as a document model
 * (rendered to DOCX offline). Answers written on paper are typed into a table with the same
 * question titles and imported like a form export.
 */
import type { Catalogues } from '../catalogues/catalogues';
import type { DocBlock, DocModel } from '../documents/model';
import { choicesOf, formTitle } from './form-spec';
import type { Roster } from './roster';
import { activeItems, itemTitle, type SurveyTemplate, type TemplateWave } from './template';
import { SCALE_LABELS } from './templates';

const BOX = '☐';
/** Longer lists (all the mentors of a network) are not printed: the respondent writes the name. */
const MAX_PRINTED_CHOICES = 40;
const LINE = '________________________________________________________________';

export function printableQuestionnaire(
  template: SurveyTemplate,
  wave: TemplateWave,
  catalogues: Catalogues,
  roster: Roster,
  options: { organization?: string; year?: number } = {},
): DocModel {
  const title = formTitle(template, wave, options.year);
  const blocks: DocBlock[] = [];
  if (options.organization) blocks.push({ kind: 'paragraph', runs: [options.organization], align: 'center' });
  blocks.push({ kind: 'heading', level: 1, text: title, align: 'center' });
  blocks.push({ kind: 'paragraph', runs: [{ text: template.description, italic: true }] });
  const hasScale = template.items.some((item) => item.kind === 'scale10' && !item.disabled);
  if (hasScale) {
    const s = SCALE_LABELS.scale10;
    blocks.push({
      kind: 'paragraph',
      runs: [`Шкала: ${s.low} – ${s.lowLabel}, ${s.high} – ${s.highLabel}. Обведите одно число.`],
    });
  }
  activeItems(template).forEach((item, i) => {
    const number = `${i + 1}. `;
    const required = item.required ? ' *' : '';
    blocks.push({ kind: 'paragraph', runs: [{ text: `${number}${itemTitle(item, wave)}${required}`, bold: true }] });
    if (item.help) blocks.push({ kind: 'paragraph', runs: [{ text: item.help, italic: true }] });
    if (item.kind === 'scale10' || item.kind === 'agree5') {
      const s = SCALE_LABELS[item.kind];
      const numbers = Array.from({ length: s.high - s.low + 1 }, (_, k) => String(s.low + k));
      blocks.push({ kind: 'table', header: numbers, rows: [numbers.map(() => BOX)] });
      blocks.push({
        kind: 'paragraph',
        runs: [{ text: `${s.low} – ${s.lowLabel}; ${s.high} – ${s.highLabel}`, italic: true }],
      });
    } else if (item.kind === 'yesno') {
      blocks.push({ kind: 'paragraph', runs: [`${BOX} да      ${BOX} нет`] });
    } else if (item.kind === 'choice' || item.kind === 'checkbox' || item.kind === 'rank') {
      const choices = choicesOf(item, catalogues, roster);
      if (choices.length === 0 || choices.length > MAX_PRINTED_CHOICES)
        blocks.push({ kind: 'paragraph', runs: [LINE] });
      else {
        const hint = item.kind === 'checkbox' ? 'можно отметить несколько' : 'отметьте один вариант';
        blocks.push({ kind: 'paragraph', runs: [{ text: `(${hint})`, italic: true }] });
        blocks.push({ kind: 'list', ordered: false, items: choices.map((choice) => [`${BOX} ${choice}`]) });
      }
    } else if (item.kind === 'open') {
      blocks.push(
        { kind: 'paragraph', runs: [LINE] },
        { kind: 'paragraph', runs: [LINE] },
        { kind: 'paragraph', runs: [LINE] },
      );
    } else {
      blocks.push({ kind: 'paragraph', runs: [LINE] });
    }
  });
  blocks.push({ kind: 'paragraph', runs: ['Дата заполнения: «____» ______________ 20___ г.'] });
  blocks.push({ kind: 'paragraph', runs: [{ text: 'Спасибо за ответы!', italic: true }], align: 'center' });
  return { name: fileSafe(`${template.code}-${wave}`), blocks };
}

function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '-');
}
