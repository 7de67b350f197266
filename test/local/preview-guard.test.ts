import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../scripts/preview';
import { main } from '../../src/local/cli/main';

let preview: Preview;

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-preview-')), 'школа.xlsx');
  await main(['init', path, '--quiet'], { out: () => {}, err: () => {} });
  preview = await startPreview({ workbook: path, distDir: mkdtempSync(join(tmpdir(), 'nastavnik-dist-')) });
});
afterAll(() => preview.close());

function post(headers: Record<string, string>): Promise<number> {
  const url = new URL(`${preview.url}/rpc/sidebarOpenSheet`);
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: url.pathname, method: 'POST', headers },
      (response) => {
        response.resume();
        done(response.statusCode ?? 0);
      },
    );
    req.on('error', fail);
    req.end('["Настройки"]');
  });
}

describe('the preview server accepts calls only from its own pages (issue 15, item 12)', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("refuses a call without this run's token, from another origin, or to another host name", async () => {
    const host = new URL(preview.url).host;
    expect(await post({ host })).toBe(403);
    expect(await post({ host, 'x-preview-token': 'guess' })).toBe(403);
    expect(await post({ host, origin: 'http://127.0.0.1:9999', 'x-preview-token': preview.token })).toBe(403);
    expect(await post({ host: `evil.example:${new URL(preview.url).port}`, 'x-preview-token': preview.token })).toBe(
      403,
    );
    expect(await post({ host, origin: preview.url, 'x-preview-token': preview.token })).toBe(200);
  });
});
