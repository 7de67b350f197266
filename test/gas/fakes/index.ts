/**
 * Call-counting fakes of the Apps Script services the adapter uses. Reusable by every helper:
 *
 *   const fakes = createFakeServices({ locale: 'ru' });
 *   fakes.spreadsheet.addSheet('Наставники', [['ФИО', 'E-mail'], ['Иванова Анна', 'a@school.ru']]);
 *
 *   // in process: pass the services to the adapter/handler directly
 *   runMenuAction('Проверить базы', checkBases, { lock: true }, fakes.services);
 *   expect(fakes.ui.alerts[0].title).toBe('Проверка баз');
 *   expect(fakes.calls.count('Range.getValues')).toBe(2);
 *
 *   // or as globals (SpreadsheetApp, PropertiesService, LockService, ScriptApp, Session,
 *   // HtmlService, Charts) — in a node:vm context for dist/Code.js, or on globalThis:
 *   const context = vm.createContext(fakes.globals());
 *   const restore = installGlobals(globalThis, fakes);  …  restore();
 *
 * Every call is recorded in `fakes.calls` ('Range.setValues', 'Ui.alert', …); `calls.reset()`
 * after arranging a test's data counts only what the code under test does.
 */
import type { AppsScriptServices, HtmlOutputApi, SpreadsheetAppApi } from '../../../src/gas/apps-script-api';
import { CallLog } from './calls';
import { CHART_TYPE, FakeClock, FakeHtmlOutput, FakeLock, FakeProperties, FakeScriptApp, FakeUi } from './services';
import { FakeConditionalRuleBuilder, FakeDataValidationBuilder, FakeSpreadsheet, formatDateIn } from './spreadsheet';

export { CallLog } from './calls';
export { ImportRegistry } from './import-range';
export * from './services';
export * from './spreadsheet';

export interface FakeOptions {
  /** What Session.getActiveUserLocale() returns ('' simulates a restricted mode). */
  locale?: string;
  /** HTML files in the project (createHtmlOutputFromFile throws for others); default: any. */
  htmlFiles?: string[];
  /** No active spreadsheet (e.g. the document was closed). */
  noActiveSpreadsheet?: boolean;
  /**
   * 'trigger': an add-on's time-driven trigger — no active spreadsheet, null document
   * properties and lock, and getUi() throws (engineering notes, «Apps Script behaviour…»).
   */
  context?: 'ui' | 'trigger';
  /** The spreadsheet's id (its key in links; see import-range.ts). */
  spreadsheetId?: string;
}

export interface FakeServices {
  calls: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  properties: FakeProperties;
  lock: FakeLock;
  scriptApp: FakeScriptApp;
  clock: FakeClock;
  /** The adapter's services object (src/gas/apps-script-api.ts). */
  services: AppsScriptServices;
  /** The Apps Script globals as an object, e.g. for vm.createContext. */
  globals(): Record<string, unknown>;
}

export function createFakeServices(options: FakeOptions = {}): FakeServices {
  const calls = new CallLog();
  const spreadsheet = new FakeSpreadsheet(calls, options.spreadsheetId);
  const ui = new FakeUi(calls);
  const properties = new FakeProperties(calls);
  const lock = new FakeLock(calls);
  const scriptApp = new FakeScriptApp();
  const clock = new FakeClock();
  ui.clock = clock;
  const trigger = options.context === 'trigger';
  const spreadsheetApp: SpreadsheetAppApi = {
    getActiveSpreadsheet: () => {
      calls.record('SpreadsheetApp.getActiveSpreadsheet');
      return options.noActiveSpreadsheet || trigger ? null : spreadsheet;
    },
    getUi: () => {
      calls.record('SpreadsheetApp.getUi');
      if (trigger) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newDataValidation: () => {
      calls.record('SpreadsheetApp.newDataValidation');
      return new FakeDataValidationBuilder(calls);
    },
    newConditionalFormatRule: () => {
      calls.record('SpreadsheetApp.newConditionalFormatRule');
      return new FakeConditionalRuleBuilder(calls);
    },
  };
  const htmlService = {
    createHtmlOutputFromFile: (filename: string): HtmlOutputApi => {
      calls.record('HtmlService.createHtmlOutputFromFile');
      if (options.htmlFiles && !options.htmlFiles.includes(filename)) {
        throw new Error(`No HTML file named ${filename} was found.`);
      }
      return new FakeHtmlOutput(calls, filename);
    },
    createHtmlOutput: (html: string): HtmlOutputApi => {
      calls.record('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(calls, '', String(html));
    },
  };
  const services: AppsScriptServices = {
    spreadsheetApp,
    properties: {
      getDocumentProperties: () => {
        calls.record('PropertiesService.getDocumentProperties');
        return trigger ? null : properties;
      },
    },
    lock: {
      getDocumentLock: () => {
        calls.record('LockService.getDocumentLock');
        return trigger ? null : lock;
      },
    },
    clock,
    session: {
      getActiveUserLocale: () => {
        calls.record('Session.getActiveUserLocale');
        return options.locale ?? 'ru';
      },
    },
    htmlService,
    charts: { ChartType: CHART_TYPE as unknown as AppsScriptServices['charts']['ChartType'] },
    utilities: {
      formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, format: string) => {
        calls.record('Utilities.formatDate');
        return formatDateIn(date as unknown as Date, timeZone, format);
      },
    },
  };
  return {
    calls,
    spreadsheet,
    ui,
    properties,
    lock,
    scriptApp,
    clock,
    services,
    globals: () => ({
      SpreadsheetApp: services.spreadsheetApp,
      PropertiesService: services.properties,
      LockService: services.lock,
      ScriptApp: scriptApp,
      Session: services.session,
      HtmlService: htmlService,
      Charts: services.charts,
      Utilities: services.utilities,
      console,
    }),
  };
}

/** Installs the fakes as globals on `target` (e.g. globalThis); returns a function that restores it. */
export function installGlobals(target: object, fakes: FakeServices): () => void {
  const record = target as Record<string, unknown>;
  const globals = fakes.globals();
  const previous = new Map(Object.keys(globals).map((key) => [key, record[key]] as const));
  for (const [key, value] of Object.entries(globals)) if (key !== 'console') record[key] = value;
  return () => {
    for (const [key, value] of previous) {
      if (key === 'console') continue;
      if (value === undefined) delete record[key];
      else record[key] = value;
    }
  };
}
