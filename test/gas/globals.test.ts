/** The fakes installed as real globals, in process: handlers that read SpreadsheetApp & co directly. */
import { afterEach, describe, expect, it } from 'vitest';
import { menuAbout } from '../../src/gas/handlers/about';
import { onOpen } from '../../src/gas/handlers/menu';
import { menuSetupWorkbook } from '../../src/gas/handlers/workbook';
import { createFakeServices, installGlobals } from './fakes';

let restore: (() => void) | undefined;

afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('installGlobals', () => {
  it('lets the entry handlers run unchanged against the fakes, then restores the globals', () => {
    const fakes = createFakeServices();
    restore = installGlobals(globalThis, fakes);
    onOpen({ authMode: 'NONE' });
    menuSetupWorkbook();
    menuAbout();
    expect(fakes.ui.menus[0].added).toBe(true);
    expect(fakes.spreadsheet.sheet('Наставники')).not.toBeNull();
    expect(fakes.ui.alerts[0].title).toBe('Таблица подготовлена');
    expect(fakes.ui.dialogs[0].html.file).toBe('about');
    restore();
    restore = undefined;
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });
});
