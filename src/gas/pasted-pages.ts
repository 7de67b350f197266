import type { HtmlOutputApi } from './apps-script-api';

/**
 * The pasted install (`npm run release` → release/Code.gs) carries every page as a string in
 * the global `NASTAVNIK_PAGES`, so that a curator pastes one script file and the manifest and
 * nothing else. Without that global (clasp push of dist/), pages come from the project's HTML
 * files as usual.
 */
export const PASTED_PAGES_GLOBAL = 'NASTAVNIK_PAGES';

interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  createHtmlOutput(html: string): HtmlOutputApi;
}

export function pagesFrom(
  htmlService: HtmlServiceApi,
  scope: object = globalThis,
): { createHtmlOutputFromFile(filename: string): HtmlOutputApi } {
  return {
    createHtmlOutputFromFile(filename: string): HtmlOutputApi {
      const pages = (scope as Record<string, unknown>)[PASTED_PAGES_GLOBAL] as Record<string, string> | undefined;
      const page = pages?.[filename];
      return typeof page === 'string'
        ? htmlService.createHtmlOutput(page)
        : htmlService.createHtmlOutputFromFile(filename);
    },
  };
}
