/**
 * What `npm run push` would send: `clasp show-file-status` runs offline (no Google account) and
 * must list exactly the built files of dist/ — the code, the manifest and the inlined HTML.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js')) || !existsSync(join(DIST, 'appsscript.json'))) {
    execSync('npx rollup -c --silent', { cwd: ROOT, stdio: 'pipe' });
  }
});

describe('clasp', () => {
  it('.clasp.json pushes dist/, which holds the manifest', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(config.rootDir).toBe('dist');
    expect(typeof config.scriptId).toBe('string');
  });

  it('show-file-status lists exactly the files of dist/', () => {
    const output = execFileSync(join(ROOT, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    const status = JSON.parse(output.slice(output.indexOf('{'))) as { filesToPush: string[]; untrackedFiles: string[] };
    const expected = readdirSync(DIST)
      .filter((name) => /\.(js|html|json)$/.test(name))
      .map((name) => `dist/${name}`)
      .sort();
    expect([...status.filesToPush].sort()).toEqual(expected);
    expect(status.filesToPush).toEqual(expect.arrayContaining(['dist/Code.js', 'dist/appsscript.json']));
    expect(readdirSync(DIST).every((name) => status.filesToPush.includes(`dist/${name}`))).toBe(true);
  });
});
