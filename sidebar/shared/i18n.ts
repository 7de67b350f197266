/**
 * Sidebar wording, Russian by default. The server tells the user's locale in its first reply
 * (Session.getActiveUserLocale()); until then the sidebar speaks Russian.
 */
import type { Locale } from '../../src/core/ports';

export type Dictionary<K extends string> = Record<'ru' | 'en', Record<K, string>>;

export interface Translator<K extends string> {
  (key: K, values?: Record<string, string | number>): string;
  locale(): Locale;
  setLocale(locale: Locale | string | undefined): void;
}

export function translator<K extends string>(dictionary: Dictionary<K>): Translator<K> {
  let current: Locale = 'ru';
  const t = ((key: K, values: Record<string, string | number> = {}) =>
    dictionary[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))) as Translator<K>;
  t.locale = () => current;
  t.setLocale = (locale) => {
    current = locale === 'en' ? 'en' : 'ru';
    document.documentElement.lang = current;
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
      const key = node.dataset.i18n as K;
      if (key in dictionary[current]) node.textContent = dictionary[current][key];
    }
  };
  return t;
}

/** Numbers as the locale writes them (1 234,5 in Russian). */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  return value.toLocaleString(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: digits });
}

/** ISO date-time → дд.мм.гггг чч:мм (or the English form). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return locale === 'en' ? `${day}, ${time}` : `${day} ${time}`;
}
