/**
 * The pasted install: `npm run release` writes release/Code.gs (the bundle with every page inside
 * as a string) and release/appsscript.json — all a curator pastes into Расширения → Apps Script.
 * The files load in node:vm exactly as built, expose the same entry points, and open the pages
 * from the strings (no HTML files in the project).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as entry from '../../src/gas/entry';
import { createFakeServices } from './fakes';

const ROOT = join(__dirname, '..', '..');
const RELEASE = join(ROOT, 'release');

beforeAll(() => {
  execSync('npx rollup -c --silent && node scripts/build-sidebars.mjs && node scripts/release.mjs', {
    cwd: ROOT,
    stdio: 'pipe',
  });
});

function load() {
  // No HTML files in a pasted project: createHtmlOutputFromFile finds none.
  const fakes = createFakeServices({ htmlFiles: [] });
  const context = vm.createContext({ ...fakes.globals(), Date });
  vm.runInContext(readFileSync(join(RELEASE, 'Code.gs'), 'utf8'), context, { filename: 'Code.gs' });
  return { fakes, context };
}

describe('release/ (pasted install)', () => {
  it('is two files: Code.gs and appsscript.json', () => {
    expect(readdirSync(RELEASE).sort()).toEqual(['Code.gs', 'appsscript.json']);
    expect(readFileSync(join(RELEASE, 'appsscript.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'appsscript.json'), 'utf8'),
    );
    expect(readFileSync(join(RELEASE, 'Code.gs'), 'utf8')).toContain('@OnlyCurrentDoc');
  });

  it('loads in a vm with the entry points of the build, calling no service at load', () => {
    const { fakes, context } = load();
    const functions = Object.keys(context)
      .filter((key) => typeof context[key] === 'function' && !(key in fakes.globals()) && key !== 'Date')
      .sort();
    expect(functions).toEqual(Object.keys(entry).sort());
    expect(fakes.calls.count()).toBe(0);
  });

  it('opens every page from the string inside Code.gs, exactly as built in dist/', () => {
    const { fakes, context } = load();
    (context.menuAbout as () => void)();
    (context.menuShowPanel as () => void)();
    const about = fakes.ui.dialogs[0].html;
    expect(about.content).toBe(readFileSync(join(ROOT, 'dist', 'about.html'), 'utf8'));
    expect(fakes.ui.sidebars[0].content).toBe(readFileSync(join(ROOT, 'dist', 'panel.html'), 'utf8'));
    expect(fakes.calls.count('HtmlService.createHtmlOutputFromFile')).toBe(0);
    for (const page of ['about', 'matching', 'panel', 'progress', 'questionnaires']) {
      expect(existsSync(join(ROOT, 'dist', `${page}.html`)), page).toBe(true);
    }
  });
});
