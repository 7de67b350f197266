// Bundles every sidebar/dialog under sidebar/<name>/ (main.ts + style.css + index.html) into ONE
// self-contained dist/<name>.html: HtmlService serves single files, and a sidebar must not load
// anything from a CDN. Run by `npm run build` after rollup.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIDEBAR_DIR = join(ROOT, 'sidebar');
const DIST_DIR = join(ROOT, 'dist');

/**
 * Makes bundled JavaScript safe inside an inline <script>: `</script` would end the element
 * early, and `<?` opens an Apps Script template scriptlet. Both only occur inside strings,
 * templates or comments of our bundles, where the escaped forms mean the same characters.
 * @param {string} js
 * @returns {string}
 */
export function escapeInlineScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<\?/g, '<\\x3F');
}

/**
 * The same for CSS inside <style> (`\3F ` is CSS's escape of `?`).
 * @param {string} css
 * @returns {string}
 */
export function escapeInlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<\?/g, '<\\3F ');
}

/**
 * Puts the bundle's CSS and JS into the page at the `<!-- STYLE -->` and `<!-- SCRIPT -->` marks.
 * @param {string} template the sidebar's index.html
 * @param {string} css
 * @param {string} js
 * @returns {string}
 */
export function inlineHtml(template, css, js) {
  if (/<\?/.test(template)) throw new Error('index.html must not contain "<?" (Apps Script template syntax)');
  if (!template.includes('<!-- STYLE -->') || !template.includes('<!-- SCRIPT -->')) {
    throw new Error('index.html needs the <!-- STYLE --> and <!-- SCRIPT --> marks');
  }
  // Replacement functions, not strings: `$&`-like sequences in the bundle must stay literal.
  return template
    .replace('<!-- STYLE -->', () => `<style>\n${escapeInlineStyle(css)}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${escapeInlineScript(js)}</script>`);
}

/** @returns {string[]} names of the sidebar directories that have an index.html */
export function sidebarNames() {
  return readdirSync(SIDEBAR_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(SIDEBAR_DIR, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * @param {string} name
 * @returns {Promise<string>} the path of the written HTML file
 */
export async function buildSidebar(name) {
  const dir = join(SIDEBAR_DIR, name);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const script = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    define: { __NASTAVNIK_VERSION__: JSON.stringify(version) },
    logLevel: 'silent',
  });
  const style = await build({
    entryPoints: [join(dir, 'style.css')],
    bundle: true,
    write: false,
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  const html = inlineHtml(
    readFileSync(join(dir, 'index.html'), 'utf8'),
    style.outputFiles[0].text,
    script.outputFiles[0].text,
  );
  mkdirSync(DIST_DIR, { recursive: true });
  const out = join(DIST_DIR, `${name}.html`);
  writeFileSync(out, html);
  return out;
}

async function main() {
  for (const name of sidebarNames()) {
    const out = await buildSidebar(name);
    console.log(`sidebar: ${name} → ${out.slice(ROOT.length + 1)} (${Math.round(readFileSync(out).length / 1024)} KB)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
