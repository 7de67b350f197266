/**
 * src/core runs unchanged in Apps Script and in Node: no Apps Script global, no Node module,
 * no Node-only global. Comments are ignored (they may name what the adapters do).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'FormApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'DriveApp',
  'CacheService',
  'Logger',
  'Charts',
  'GoogleAppsScript',
  'google\\.script',
];
const NODE_MODULES = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'url',
  'util',
  'crypto',
  'stream',
  'exceljs',
  'docx',
];
const NODE_GLOBALS = ['process\\.', 'Buffer\\b', '__dirname', '__filename', 'require\\('];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The code without comments (string contents stay: an import path is a string). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function violations(code: string): string[] {
  const text = withoutComments(code);
  const found: string[] = [];
  for (const name of APPS_SCRIPT_GLOBALS) {
    if (new RegExp(`(?<![\\w.$'"\`])${name}(?![\\w$])`).test(text))
      found.push(`Apps Script: ${name.replace('\\', '')}`);
  }
  const imports = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const source of imports) {
    if (source.startsWith('node:') || NODE_MODULES.includes(source)) found.push(`Node module: ${source}`);
  }
  for (const pattern of NODE_GLOBALS) {
    if (new RegExp(`(?<![\\w.$])${pattern}`).test(text))
      found.push(`Node global: ${pattern.replace(/\\./g, '.').replace('\\b', '').replace('\\(', '(')}`);
  }
  return found;
}

describe('the core is pure', () => {
  it('no file under src/core uses an Apps Script global or a Node API', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      violations(readFileSync(file, 'utf8')).map((v) => `${relative(ROOT, file)}: ${v}`),
    );
    expect(problems).toEqual([]);
  });

  it('the check itself catches what it must (and ignores comments and look-alikes)', () => {
    expect(violations('const s = SpreadsheetApp.getActive();')).toEqual(['Apps Script: SpreadsheetApp']);
    expect(violations("import { readFileSync } from 'node:fs';")).toEqual(['Node module: node:fs']);
    expect(violations("import ExcelJS from 'exceljs';")).toEqual(['Node module: exceljs']);
    expect(violations("const { join } = await import('path');")).toEqual(['Node module: path']);
    expect(violations('const home = process.env.HOME;')).toEqual(['Node global: process.']);
    expect(violations('Logger.log(1)')).toEqual(['Apps Script: Logger']);
    expect(violations('// SpreadsheetApp is the adapter’s business\n/* DriveApp too */ const x = 1;')).toEqual([]);
    expect(violations("const sessionTitle = 'x'; const mySession = 2; obj.Session = 3;")).toEqual([]);
    expect(violations("import { cellText } from '../cell';")).toEqual([]);
  });
});
