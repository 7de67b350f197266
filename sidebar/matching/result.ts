/** The matching's result inside the sidebar: the main figures, the outcome's lines, the draft sheet. */
import type { Outcome } from '../../src/core/outcome';
import { el, replaceChildren } from '../shared/dom';
import { formatNumber } from '../shared/i18n';

export interface ResultText {
  title: string;
  openDraft: string;
  /** Labels of the outcome figures the sidebar shows as large numbers, by figure key. */
  figures: Record<string, string>;
  locale: 'ru' | 'en';
}

/** Renders an outcome; `onOpenDraft` opens the draft sheet. */
export function renderResult(
  region: HTMLElement,
  outcome: Outcome,
  text: ResultText,
  onOpenDraft: (() => void) | null,
): void {
  const figures = Object.entries(text.figures)
    .filter(([key]) => outcome.figures?.[key] !== undefined)
    .map(([key, label]) => {
      const value = outcome.figures?.[key] as number | string;
      const shown = typeof value === 'number' ? formatNumber(value, text.locale, 1) : value;
      return el(
        'div',
        { class: 'figure', 'data-figure': key },
        el('span', { class: 'value' }, shown),
        el('span', { class: 'label' }, label),
      );
    });
  const open = onOpenDraft ? el('button', { type: 'button', id: 'open-draft' }, text.openDraft) : null;
  if (open && onOpenDraft) open.addEventListener('click', onOpenDraft);
  region.hidden = false;
  replaceChildren(
    region,
    el('h2', {}, outcome.title || text.title),
    figures.length > 0 ? el('div', { class: 'figures' }, ...figures) : null,
    outcome.lines.length > 0 ? el('ul', { class: 'items' }, ...outcome.lines.map((line) => el('li', {}, line))) : null,
    open ? el('div', { class: 'actions' }, open) : null,
  );
}
