import { isSubMenu, MENU } from '../../core/menu';
import type { Locale } from '../../core/ports';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { userLocale } from '../host-services';

/**
 * Builds Расширения → Наставник from MENU. Runs in AuthMode.NONE before the user authorizes
 * the add-on, so it touches nothing but the menu (and the locale, which needs no authorization).
 */
export function onOpen(_event?: unknown, services: AppsScriptServices = appsScriptGlobals()): void {
  const locale: Locale = userLocale(services.session);
  const ui = services.spreadsheetApp.getUi();
  const caption = (entry: { ru: string; en: string }) => (locale === 'en' ? entry.en : entry.ru);
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else if (isSubMenu(entry)) {
      const submenu = ui.createMenu(caption(entry));
      for (const item of entry.items) submenu.addItem(caption(item), item.functionName);
      menu.addSubMenu(submenu);
    } else menu.addItem(caption(entry), entry.functionName);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from the Marketplace: the menu appears without reloading. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}
