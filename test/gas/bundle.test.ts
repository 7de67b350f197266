/**
 * dist/Code.js as Apps Script sees it: loaded in a node:vm context whose only globals are the
 * fakes. Builds first when the bundle is missing or older than the sources.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { menuItems } from '../../src/core/menu';
import { expectedMenu } from './fakes/expected-menu';
import * as entry from '../../src/gas/entry';
import { createFakeServices, type FakeServices } from './fakes';

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'Code.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  const inputs = Math.max(
    newestSource(join(ROOT, 'src')),
    statSync(join(ROOT, 'rollup.config.mjs')).mtimeMs,
    statSync(join(ROOT, 'appsscript.json')).mtimeMs,
  );
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < inputs) {
    execSync('npx rollup -c --silent', { cwd: ROOT, stdio: 'pipe' });
  }
});

interface Loaded {
  fakes: FakeServices;
  context: vm.Context;
  call(name: string, ...args: unknown[]): unknown;
}

function load(options: Parameters<typeof createFakeServices>[0] = {}): Loaded {
  const fakes = createFakeServices(options);
  // Sharing Date keeps `instanceof Date` true across the fakes and the bundle (one realm in Apps Script).
  const context = vm.createContext({ ...fakes.globals(), Date });
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'Code.js' });
  return {
    fakes,
    context,
    call: (name, ...args) => (context[name] as (...a: unknown[]) => unknown)(...args),
  };
}

function topLevelFunctions(context: vm.Context, injected: string[]): string[] {
  return Object.keys(context)
    .filter((key) => typeof context[key] === 'function' && !injected.includes(key))
    .sort();
}

describe('dist/Code.js in a vm', () => {
  it('exposes exactly the entry module’s exports as top-level functions', () => {
    const { context, fakes } = load();
    expect(topLevelFunctions(context, [...Object.keys(fakes.globals()), 'Date'])).toEqual(Object.keys(entry).sort());
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'jobStep', 'jobCancel']));
    // No trigger target: an add-on's time trigger runs without the document (engineering notes).
    expect(Object.keys(entry)).not.toContain('runContinuation');
  });

  it('has a top-level function for every menu item', () => {
    const { context } = load();
    for (const item of menuItems()) expect(typeof context[item.functionName], item.functionName).toBe('function');
  });

  it('loading the bundle calls no service (no top-level side effects)', () => {
    const { fakes } = load();
    expect(fakes.calls.count()).toBe(0);
  });

  it('onOpen in AuthMode.NONE only builds the add-on menu', () => {
    const { fakes, call } = load();
    call('onOpen', { authMode: fakes.scriptApp.AuthMode.NONE });
    const allowed = [
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      'Menu.addItem',
      'Menu.addSeparator',
      'Menu.addSubMenu',
      'Ui.createMenu',
      'Menu.addToUi',
      'Session.getActiveUserLocale',
    ];
    expect(fakes.calls.list.filter((name) => !allowed.includes(name))).toEqual([]);
    const menu = fakes.ui.menus[0];
    expect(menu.added).toBe(true);
    expect(menu.items).toEqual(expectedMenu('ru'));
  });

  it('onInstall builds the same menu', () => {
    const { fakes, call } = load({ locale: 'en' });
    call('onInstall', { authMode: 'FULL' });
    expect(fakes.ui.menus[0].items[0]).toMatchObject({ functionName: expect.any(String) });
    expect(fakes.ui.menus[0].items.filter((i) => i !== 'separator').every((i) => /^[A-Za-z]/.test(i.caption))).toBe(
      true,
    );
  });

  it('menuSetupWorkbook then menuCheckBases run end to end against a fake spreadsheet', () => {
    const { fakes, call } = load();
    call('menuSetupWorkbook');
    const names = fakes.spreadsheet.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['Наставники', 'Наставляемые', 'Справочники', 'Настройки', 'Проблемы']),
    );
    const mentors = fakes.spreadsheet.sheet('Наставники');
    if (!mentors) throw new Error('no mentors sheet');
    expect(mentors.frozenRows).toBe(1);
    const header = mentors.values()[0];
    const fio = header.indexOf('ФИО') + 1;
    expect(fio).toBeGreaterThan(0);
    expect(mentors.cell(1, fio)).toMatchObject({ fontWeight: 'bold' });
    expect(mentors.cell(1, fio).note).not.toBe('');
    expect(fakes.ui.alerts[0].title).toBe('Таблица подготовлена');
    expect(fakes.lock.locked).toBe(false);

    const email = header.indexOf('E-mail') + 1;
    mentors.cell(2, fio).value = 'Иванова Анна Петровна';
    mentors.cell(2, email).value = 'не-почта';
    mentors.cell(3, fio).value = '=HYPERLINK("x")';
    call('menuCheckBases');
    const problems = fakes.spreadsheet.sheet('Проблемы')?.values() ?? [];
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.flat().some((v) => typeof v === 'string' && /e-mail|почт/i.test(v))).toBe(true);
    expect(fakes.ui.alerts[1].title).toMatch(/Проверка баз/);
  });

  it('setup brings the curator back to the sheet that was open (insertSheet activates each new sheet)', () => {
    const { fakes, call } = load();
    fakes.spreadsheet.addSheet('Лист1');
    call('menuSetupWorkbook');
    expect(fakes.spreadsheet.sheets.length).toBeGreaterThan(3);
    expect(fakes.spreadsheet.getActiveSheet()?.name).toBe('Лист1');
  });

  it('keeps Russian readable in the bundle (esbuild charset utf8, not \\uXXXX escapes)', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).toContain('Подготовить таблицу');
    expect(code).not.toMatch(/\\u04[0-4][0-9a-f]/i);
  });

  it('menuAbout opens the about dialog from a file that the build produced', () => {
    const { fakes, call } = load();
    call('menuAbout');
    const dialog = fakes.ui.dialogs[0];
    expect(dialog.html.file).toBe('about');
    // `npm run build` (rollup + scripts/build-sidebars.mjs) turns sidebar/about/ into dist/about.html.
    if (existsSync(join(ROOT, 'sidebar', 'about', 'index.html'))) {
      execSync('node scripts/build-sidebars.mjs', { cwd: ROOT, stdio: 'pipe' });
      expect(existsSync(join(ROOT, 'dist', 'about.html'))).toBe(true);
    }
  });

  it('jobStep with nothing pending answers plain JSON and touches no sheet', () => {
    const { fakes, call } = load();
    const reply = call('jobStep', '') as { ok: boolean; value: { status: string } };
    expect(reply).toMatchObject({ ok: true, value: { status: 'nothing' } });
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    expect(fakes.ui.alerts).toHaveLength(0);
    expect(fakes.spreadsheet.sheets).toHaveLength(0);
  });

  it('a thrown error reaches the user as a Russian dialog, not a stack trace', () => {
    const { fakes, call } = load({ noActiveSpreadsheet: true });
    const original = console.error;
    console.error = () => {};
    try {
      call('menuCheckBases');
    } finally {
      console.error = original;
    }
    expect(fakes.ui.alerts[0]).toMatchObject({
      title: 'Проверить базы',
      prompt: expect.stringMatching(/Нет открытой таблицы/),
    });
  });

  it('ships the manifest next to the code', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')),
    );
  });
});
