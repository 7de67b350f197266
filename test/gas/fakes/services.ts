/**
 * Fakes of the non-spreadsheet services: Ui (menus, alerts, dialogs), HtmlService,
 * PropertiesService, LockService, ScriptApp (one-off triggers), Session. All counted.
 */
import type { HtmlOutputApi, LockApi, MenuApi, PropertiesApi, UiApi } from '../../../src/gas/apps-script-api';
import type { CallLog } from './calls';

export const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
export const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
export const CHART_TYPE = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
};

export type FakeMenuEntry =
  | { caption: string; functionName: string }
  | { caption: string; items: FakeMenuEntry[] }
  | 'separator';

export class FakeMenu implements MenuApi {
  readonly items: FakeMenuEntry[] = [];
  added = false;

  constructor(
    private readonly calls: CallLog,
    readonly caption = '',
  ) {}

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.calls.record('Menu.addSubMenu');
    this.items.push({ caption: menu.caption, items: menu.items });
    return this;
  }

  addItem(caption: string, functionName: string): FakeMenu {
    this.calls.record('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.calls.record('Menu.addSeparator');
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.calls.record('Menu.addToUi');
    this.added = true;
  }
}

export class FakeHtmlOutput implements HtmlOutputApi {
  width = 0;
  height = 0;

  constructor(
    private readonly calls: CallLog,
    readonly file: string,
    /** The page's HTML when made with createHtmlOutput (the pasted install). */
    readonly content: string | null = null,
  ) {}

  setWidth(width: number): FakeHtmlOutput {
    this.calls.record('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.calls.record('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }

  title = '';

  setTitle(title: string): FakeHtmlOutput {
    this.calls.record('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
}

export class FakeUi implements UiApi {
  /** Set by createFakeServices: the clock a dialog advances. */
  clock: FakeClock | null = null;
  readonly ButtonSet = BUTTON_SET as unknown as UiApi['ButtonSet'];
  readonly menus: FakeMenu[] = [];
  readonly alerts: Array<{ title: string; prompt: string }> = [];
  readonly dialogs: Array<{ html: FakeHtmlOutput; title: string }> = [];
  readonly sidebars: FakeHtmlOutput[] = [];

  constructor(private readonly calls: CallLog) {}

  createAddonMenu(): FakeMenu {
    this.calls.record('Ui.createAddonMenu');
    const menu = new FakeMenu(this.calls);
    this.menus.push(menu);
    return menu;
  }

  createMenu(caption: string): FakeMenu {
    this.calls.record('Ui.createMenu');
    return new FakeMenu(this.calls, caption);
  }

  alert(title: string, prompt: string, _buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    this.calls.record('Ui.alert');
    this.alerts.push({ title, prompt });
    if (this.clock) this.clock.advance(this.clock.dialogMs);
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }

  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.calls.record('Ui.showModalDialog');
    this.dialogs.push({ html: userInterface as FakeHtmlOutput, title });
  }

  showSidebar(userInterface: HtmlOutputApi): void {
    this.calls.record('Ui.showSidebar');
    this.sidebars.push(userInterface as FakeHtmlOutput);
  }
}

export class FakeProperties implements PropertiesApi {
  readonly data = new Map<string, string>();

  constructor(private readonly calls: CallLog) {}

  getProperty(key: string): string | null {
    this.calls.record('Properties.getProperty');
    return this.data.get(key) ?? null;
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.calls.record('Properties.setProperty');
    // Google counts bytes: 9 KB per value (the PropertiesService quotas).
    if (Buffer.byteLength(key, 'utf8') + Buffer.byteLength(String(value), 'utf8') > 9 * 1024) {
      throw new Error('Argument too large: value');
    }
    this.data.set(key, String(value));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.calls.record('Properties.deleteProperty');
    this.data.delete(key);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

export class FakeLock implements LockApi {
  /** Set to true to simulate another execution holding the document lock. */
  heldElsewhere = false;
  locked = false;

  constructor(private readonly calls: CallLog) {}

  tryLock(_timeoutInMillis: number): boolean {
    this.calls.record('Lock.tryLock');
    if (this.heldElsewhere) return false;
    this.locked = true;
    return true;
  }

  releaseLock(): void {
    this.calls.record('Lock.releaseLock');
    this.locked = false;
  }
}

/**
 * The execution clock. A modal alert or prompt suspends the script while the user reads it, and
 * the 6-minute clock keeps running: every dialog advances the clock by `dialogMs`.
 */
export class FakeClock {
  nowMs = 1_000_000;
  /** How long the user keeps each dialog open. */
  dialogMs = 0;

  now(): number {
    return this.nowMs;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }
}

/** ScriptApp as the fakes expose it (AuthMode only: the add-on creates no triggers). */
export class FakeScriptApp {
  readonly AuthMode = AUTH_MODE as unknown as typeof GoogleAppsScript.Script.AuthMode;
}
