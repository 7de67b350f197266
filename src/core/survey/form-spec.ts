/**
 * A template in a wave → the form to create: wording of the wave, scales with their labels,
 * required flags, choice lists filled from «Справочники» or from the bases.
 */
import type { Catalogues } from '../catalogues/catalogues';
import type { FormItemSpec, FormSpec } from './forms-port';
import { choiceLabel, type Roster } from './roster';
import { activeItems, itemTitle, type SurveyItem, type SurveyTemplate, type TemplateWave } from './template';
import { SCALE_LABELS } from './templates';

export const WAVE_TITLES: Record<TemplateWave, string> = {
  вход: 'входная анкета',
  выход: 'итоговая анкета',
  разовая: '',
};

export function formTitle(template: SurveyTemplate, wave: TemplateWave, year?: number): string {
  const waveTitle = WAVE_TITLES[wave] ? ` — ${WAVE_TITLES[wave]}` : '';
  const yearTitle = year ? ` (${year}/${year + 1} уч. г.)` : '';
  return `${template.title}${waveTitle}${yearTitle}`;
}

export function buildFormSpec(
  template: SurveyTemplate,
  wave: TemplateWave,
  catalogues: Catalogues,
  roster: Roster,
  options: { collectEmail: boolean; year?: number },
): FormSpec {
  return {
    title: formTitle(template, wave, options.year),
    description: template.description,
    collectEmail: options.collectEmail,
    allowEdits: true,
    items: activeItems(template).flatMap((item) => {
      const spec = itemSpec(item, wave, catalogues, roster);
      return spec ? [spec] : [];
    }),
  };
}

function itemSpec(item: SurveyItem, wave: TemplateWave, catalogues: Catalogues, roster: Roster): FormItemSpec | null {
  const base = { code: item.code, title: itemTitle(item, wave), help: item.help, required: item.required === true };
  switch (item.kind) {
    case 'scale10':
    case 'agree5': {
      const labels = SCALE_LABELS[item.kind];
      return {
        ...base,
        kind: 'scale',
        low: labels.low,
        high: labels.high,
        lowLabel: labels.lowLabel,
        highLabel: labels.highLabel,
      };
    }
    case 'yesno':
      return { ...base, kind: 'choice', choices: ['да', 'нет'] };
    case 'open':
      return { ...base, kind: 'paragraph' };
    case 'text':
    case 'email':
      return { ...base, kind: 'text' };
    case 'choice':
    case 'checkbox':
    case 'rank': {
      const choices = choicesOf(item, catalogues, roster);
      if (choices.length === 0) return item.kind === 'rank' ? null : { ...base, kind: 'text' };
      const kind = item.kind === 'checkbox' ? 'checkbox' : item.kind === 'rank' ? 'list' : 'choice';
      return { ...base, kind, choices };
    }
  }
}

/** The choices of an item: its own list, a catalogue, or the people of a base (sorted by name). */
export function choicesOf(item: SurveyItem, catalogues: Catalogues, roster: Roster): string[] {
  if (item.choices && item.choices.length > 0) return item.choices;
  const from = item.choicesFrom ?? '';
  if (from.startsWith('catalogue:')) return catalogues.values(from.slice('catalogue:'.length));
  if (from === 'mentors' || from === 'mentees') {
    const role = from === 'mentors' ? 'mentor' : 'mentee';
    const labels = roster.people.filter((p) => p.role === role && p.fio !== '').map(choiceLabel);
    return [...new Set(labels)].sort((a, b) => a.localeCompare(b, 'ru'));
  }
  return [];
}
