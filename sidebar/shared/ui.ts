/**
 * Feedback every sidebar shares: a status area for progress, results and errors, and buttons that
 * stay usable for the rest of the sidebar while one long call runs (the spreadsheet never blocks:
 * google.script.run is asynchronous).
 */
import { el, replaceChildren } from './dom';
import { ServerError } from './server';

export type MessageKind = 'info' | 'success' | 'error' | 'progress';

/** Shows one message in a region announced to screen readers. */
export function showMessage(
  region: HTMLElement,
  kind: MessageKind,
  title: string,
  lines: readonly string[] = [],
): void {
  region.hidden = false;
  region.className = `message message-${kind}`;
  region.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  replaceChildren(
    region,
    kind === 'progress'
      ? el('div', { class: 'progress', 'aria-hidden': 'true' }, el('div', { class: 'progress-bar' }))
      : null,
    el('strong', { class: 'message-title' }, title),
    lines.length > 0 ? el('ul', { class: 'message-lines' }, ...lines.map((line) => el('li', {}, line))) : null,
  );
}

export function hideMessage(region: HTMLElement): void {
  region.hidden = true;
  replaceChildren(region);
}

/** The text to show for any failure: server messages as they are, anything else generic. */
export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ServerError) return error.message;
  return fallback;
}

/**
 * Runs a call with its button disabled and a progress message; shows the error if it fails.
 * Returns the value, or undefined when it failed (the message is already shown).
 */
export async function withProgress<T>(
  region: HTMLElement,
  buttons: readonly HTMLButtonElement[],
  progressText: string,
  work: () => Promise<T>,
  failureTitle: string,
  fallback: string,
): Promise<T | undefined> {
  for (const button of buttons) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  showMessage(region, 'progress', progressText);
  try {
    const value = await work();
    hideMessage(region);
    return value;
  } catch (error) {
    showMessage(region, 'error', failureTitle, [errorText(error, fallback)]);
    return undefined;
  } finally {
    for (const button of buttons) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
}

export function button(
  label: string,
  attributes: Record<string, string> = {},
  onClick?: (event: MouseEvent) => void,
): HTMLButtonElement {
  const node = el('button', { type: 'button', ...attributes }, label);
  if (onClick) node.addEventListener('click', onClick);
  return node;
}
