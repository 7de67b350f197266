/** The add-on version from package.json, put in by scripts/build-sidebars.mjs. */
declare const __NASTAVNIK_VERSION__: string;
