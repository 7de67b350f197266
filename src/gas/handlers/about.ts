import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';

/** Расширения → Наставник → О программе: the dialog built from sidebar sources into dist/about.html. */
export function menuAbout(): void {
  showAbout(appsScriptGlobals());
}

export function showAbout(services: AppsScriptServices): void {
  const html = services.htmlService.createHtmlOutputFromFile('about').setWidth(520).setHeight(560);
  services.spreadsheetApp.getUi().showModalDialog(html, 'О программе «Наставник»');
}
