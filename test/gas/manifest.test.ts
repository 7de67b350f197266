/**
 * appsscript.json asks for the smallest set of scopes: each one is used by the adapter code and
 * justified in the user guide; an unknown scope (or a used service without its scope) fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** Each scope the add-on may ask for, and the code that needs it. */
const SCOPE_USES: Record<string, RegExp> = {
  'spreadsheets.currentonly': /\bSpreadsheetApp\b/,
  'script.container.ui': /\.getUi\(\)|\bHtmlService\b/,
  'script.scriptapp': /\.newTrigger\(/,
  forms: /\bFormApp\b/,
  documents: /\bDocumentApp\b/,
};

function gasSources(dir = join(ROOT, 'src', 'gas')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return gasSources(path);
      // Code only: comments may mention services the file does not call.
      return readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
    })
    .join('\n');
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
const scopes: string[] = manifest.oauthScopes.map((scope: string) => scope.replace(SCOPE_PREFIX, ''));

describe('appsscript.json', () => {
  it('is a V8 add-on manifest in Moscow time with Stackdriver logging', () => {
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'Europe/Moscow',
      exceptionLogging: 'STACKDRIVER',
    });
    expect(manifest.oauthScopes.every((scope: string) => scope.startsWith(SCOPE_PREFIX))).toBe(true);
  });

  it('asks only for scopes the code uses, and for every scope the code needs', () => {
    const code = gasSources();
    for (const scope of scopes) {
      expect(
        SCOPE_USES[scope],
        `unknown scope ${scope}: add it to SCOPE_USES with the code that needs it`,
      ).toBeDefined();
      expect(SCOPE_USES[scope].test(code), `${scope} is not used by src/gas`).toBe(true);
    }
    for (const [scope, use] of Object.entries(SCOPE_USES)) {
      if (use.test(code)) expect(scopes, `src/gas uses ${use} but the manifest lacks ${scope}`).toContain(scope);
    }
    expect(scopes).not.toContain('spreadsheets');
  });

  it('justifies every scope in the user guide', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'guide', '90-scopes.md'), 'utf8');
    for (const scope of scopes) expect(guide).toContain(`\`${scope}\``);
  });
});
