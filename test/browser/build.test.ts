import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { menuItems } from '../../src/core/menu';
import { SIDEBAR_CALLS } from '../../src/core/usecases/sidebar-api';
import * as entry from '../../src/gas/entry';
import { SIDEBARS } from '../../src/gas/handlers/sidebar';
import { PREVIEW_MENU_ACTIONS } from '../../scripts/preview-actions';
import {
  buildSidebar,
  escapeInlineScript,
  escapeInlineStyle,
  inlineHtml,
  sidebarNames,
} from '../../scripts/build-sidebars.mjs';

const ROOT = join(__dirname, '..', '..');
const built = new Map<string, string>();

beforeAll(async () => {
  for (const name of sidebarNames()) built.set(name, readFileSync(await buildSidebar(name), 'utf8'));
});

describe('inlining escapes', () => {
  it('keeps every JS string value while removing </script and <?', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('<', '/', 's', 'S', 'c', 'r', 'i', 'p', 't', '?', '>', '\\', 'x', '3', 'F', 'a'),
        }),
        (text) => {
          const escaped = escapeInlineScript(JSON.stringify(text));
          expect(escaped).not.toMatch(/<\/script/i);
          expect(escaped).not.toContain('<?');
          expect(new Function(`return ${escaped};`)()).toBe(text);
        },
      ),
    );
  });

  it('escapes template literals and CSS the same way', () => {
    const script = escapeInlineScript('var a = `</SCRIPT><?= x ?>`;');
    expect(script).not.toMatch(/<\/script|<\?/i);
    expect(new Function(`${script}; return a;`)()).toBe('</SCRIPT><?= x ?>');
    expect(escapeInlineStyle('a::after{content:"</style><?"}')).toBe('a::after{content:"<\\/style><\\3F "}');
  });

  it('refuses a page template with Apps Script scriptlets or without the marks', () => {
    expect(() => inlineHtml('<!-- STYLE --><?= 1 ?><!-- SCRIPT -->', '', '')).toThrow(/<\?/);
    expect(() => inlineHtml('<html></html>', '', '')).toThrow(/marks/);
    expect(inlineHtml('<!-- STYLE -->|<!-- SCRIPT -->', 'b{}', 'x="$&"')).toBe(
      '<style>\nb{}</style>|<script>\nx="$&"</script>',
    );
  });
});

describe('dist/<name>.html', () => {
  it('exists for each sidebar the server opens and for the «О программе» dialog', () => {
    const files = readdirSync(join(ROOT, 'dist'));
    for (const sidebar of Object.values(SIDEBARS)) expect(files).toContain(`${sidebar.file}.html`);
    expect(files).toContain('about.html');
  });

  it('is one self-contained file: one inline script, inline CSS, nothing loaded from elsewhere', () => {
    expect([...built.keys()].sort()).toEqual(['about', 'matching', 'panel', 'progress', 'questionnaires']);
    for (const [name, html] of built) {
      expect(html.match(/<script\b/gi), name).toHaveLength(1);
      expect(html.match(/<\/script>/gi), name).toHaveLength(1);
      expect(html, name).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|https?:\/\/(?!www\.w3\.org)/i);
      expect(html, name).not.toContain('<?');
      expect(html, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      expect(html, name).toMatch(/<html lang="ru">/);
      // Regex lookbehind is a syntax error on iPads before Safari 16.4: one would break the whole sidebar.
      expect(html, name).not.toMatch(/\(\?<[=!]/);
    }
  });
});

describe('server function names', () => {
  const exported = new Set(Object.keys(entry));
  const sources = sidebarNames()
    .flatMap((name) => [join(ROOT, 'sidebar', name, 'main.ts')])
    .map((file) => readFileSync(file, 'utf8'));

  it('every function a sidebar calls is exported by the entry module', () => {
    const called = sources.flatMap((source) =>
      [...source.matchAll(/(?:callServer|runMenuFunction)\('(\w+)'/g)].map((m) => m[1]),
    );
    expect(called.length).toBeGreaterThan(5);
    for (const name of called) expect(exported, name).toContain(name);
  });

  it('every shared sidebar call is exported, and the preview runs only real menu targets', () => {
    for (const name of Object.keys(SIDEBAR_CALLS)) expect(exported, name).toContain(name);
    const targets = new Set(menuItems().map((e) => e.functionName));
    for (const name of Object.keys(PREVIEW_MENU_ACTIONS)) expect(targets, name).toContain(name);
    for (const name of ['menuShowPanel', 'menuShowMatching', 'menuShowQuestionnaires']) {
      expect(targets).toContain(name);
      expect(exported).toContain(name);
    }
  });
});
