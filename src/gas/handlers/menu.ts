import { MENU } from '../../core/menu';
import type { Locale } from '../../core/ports';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { userLocale } from '../host-services';

/**
 * Builds Расширения → Наставник from MENU. Runs in AuthMode.NONE before the user authorizes
 * the add-on, so it touches nothing but the menu (and the locale, which needs no authorization).
 */
export function onOpen(_event?: unknown, services: AppsScriptServices = appsScriptGlobals()): void {
  const locale: Locale = userLocale(services.session);
  const menu = services.spreadsheetApp.getUi().createAddonMenu();
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(locale === 'en' ? entry.en : entry.ru, entry.functionName);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from the Marketplace: the menu appears without reloading. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}
