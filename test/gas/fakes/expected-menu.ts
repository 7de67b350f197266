import { isSubMenu, MENU } from '../../../src/core/menu';
import type { FakeMenuEntry } from './services';

/** The menu MENU should produce in the fake Ui, in a locale. */
export function expectedMenu(locale: 'ru' | 'en'): FakeMenuEntry[] {
  return MENU.map((entry) => {
    if (entry === 'separator') return entry;
    if (isSubMenu(entry)) {
      return {
        caption: entry[locale],
        items: entry.items.map((item) => ({ caption: item[locale], functionName: item.functionName })),
      };
    }
    return { caption: entry[locale], functionName: entry.functionName };
  });
}
