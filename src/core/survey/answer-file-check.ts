/**
 * What an answers file is declared to be (template and wave) must exist: a typo in the template
 * or a wave the template does not have is an error naming the valid choices — never a quiet
 * «нет анкет с ответами» or the same answers loaded a second time under another wave.
 */
import type { SurveyTemplate } from './template';
import { findTemplate } from './templates-sheet';

export function templateChoices(templates: readonly SurveyTemplate[]): string {
  return templates.map((t) => `${t.code} (${t.waves.join(', ')})`).join('; ');
}

/** A Russian message when the template or the wave is not valid; null when both are. */
export function answerFileError(templates: readonly SurveyTemplate[], code: string, wave: string): string | null {
  const template = findTemplate(templates, code);
  if (!template)
    return `Неизвестный шаблон анкеты «${code}». Шаблоны и их волны (лист «Шаблоны анкет»): ${templateChoices(templates)}`;
  if (!(template.waves as readonly string[]).includes(wave))
    return `У анкеты «${template.code}» нет волны «${wave}»: её волны — ${template.waves.join(', ')}`;
  return null;
}
