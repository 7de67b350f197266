/**
 * Builds DOM nodes without ever parsing HTML: every string becomes a text node or an attribute
 * value, so data from the sheets (a participant named `<img src=x onerror=…>`) shows as text.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attributes {
  class?: string;
  id?: string;
  title?: string;
  type?: string;
  role?: string;
  [attribute: string]: string | number | boolean | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function replaceChildren(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, ...children);
}

/** Only web links are made clickable; anything else (javascript:, data:) stays plain text. */
export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function link(url: string, text: string): HTMLElement {
  const href = safeUrl(url);
  if (!href) return el('span', { class: 'muted' }, text);
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}
