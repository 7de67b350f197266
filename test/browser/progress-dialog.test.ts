/**
 * The progress dialog (dist/progress.html) in real Chromium driving a resumable job through
 * google.script.run → the preview server's jobStep / jobCancel, each call one chunk (as a long
 * job runs in Apps Script). The answer import of 40 responses in chunks of 10 rows of «Ответы»:
 * started from the «Анкеты» sidebar, continued by the dialog, cancelled midway, started again,
 * closed midway and reopened — and «Ответы» ends with every response's answers exactly once,
 * as one uninterrupted import writes them.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSidebar } from '../../scripts/build-sidebars.mjs';
import { type Preview, startPreview } from '../../scripts/preview';
import type { Cell } from '../../src/core/cell';
import { importAnswers } from '../../src/core/usecases/survey/import-answers';
import { openLocalEnv } from '../../src/local/local-env';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import { launchChromium, runBrowserTests } from './chromium';
import { RESPONSE_SHEET, writeFixtureWorkbook } from './fixture';

const RESPONSES = 40;
const ROWS_PER_CHUNK = 10;
const COMFORT = 'Насколько комфортным вы ожидаете общение с наставником?';
const WISH = 'Что вы хотите получить от работы с наставником?';

/** The fixture with 40 answers to the mentees' entry questionnaire on its response sheet. */
async function workbookWithResponses(): Promise<string> {
  const path = await writeFixtureWorkbook();
  const workbook = await XlsxWorkbook.open(path);
  const header = ['Отметка времени', 'Адрес электронной почты', 'Фамилия, имя, отчество', COMFORT, WISH];
  const rows: Cell[][] = Array.from({ length: RESPONSES }, (_, i) => [
    `01.11.2026 10:${String(i).padStart(2, '0')}:00`,
    `person${i}@school1.ru`,
    `Участник ${i}`,
    1 + (i % 10),
    `ответ ${i}`,
  ]);
  workbook.writeBlock(RESPONSE_SHEET, { row: 1, col: 1, values: [header, ...rows] });
  await workbook.save(path);
  return path;
}

/** «Ответы» as (response, question, answer) lines, in sheet order. */
async function answerLines(path: string): Promise<string[]> {
  const workbook = await XlsxWorkbook.open(path);
  const grid = workbook.readSheet('Ответы') ?? [];
  const header = (grid[0] ?? []).map(String);
  const col = (name: string) => header.indexOf(name);
  return grid
    .slice(1)
    .map((row) => [row[col('ID ответа')], row[col('Код вопроса')], row[col('Ответ')]].map(String).join(' | '));
}

describe.skipIf(!runBrowserTests)('the progress dialog in Chromium drives a job to the end', () => {
  let browser: Browser;
  let preview: Preview;
  let path: string;
  let expected: string[];

  beforeAll(async () => {
    for (const name of ['progress', 'questionnaires', 'matching']) await buildSidebar(name);
    path = await workbookWithResponses();
    // One uninterrupted import of a copy: what the dialog must end with.
    const copy = join(mkdtempSync(join(tmpdir(), 'nastavnik-oneshot-')), 'copy.xlsx');
    copyFileSync(path, copy);
    const env = await openLocalEnv(copy, { progress: { report: () => undefined } });
    const done = importAnswers(env, [], { rowsPerChunk: ROWS_PER_CHUNK });
    expect(done.status).toBe('done');
    await env.save(copy);
    expected = await answerLines(copy);
    preview = await startPreview({ workbook: path, jobStepBudgetMs: 0, answerRowsPerChunk: ROWS_PER_CHUNK });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  async function rig(name: string, next: { delayMs?: number; repeat?: boolean }): Promise<void> {
    await fetch(`${preview.url}/__preview/next`, {
      method: 'POST',
      headers: { 'x-preview-token': preview.token },
      body: JSON.stringify({ name, ...next }),
    });
  }

  async function open(page: string): Promise<Page> {
    const tab = await browser.newPage({ viewport: { width: 420, height: 260 } });
    await tab.goto(`${preview.url}/${page}`);
    return tab;
  }

  /** «Загрузить ответы» on the «Анкеты» sidebar: the first chunk, then the pause. */
  async function startFromSidebar(): Promise<void> {
    const sidebar = await open('questionnaires.html');
    await sidebar.locator('.form-item').first().waitFor();
    await sidebar.click('#import');
    const message = sidebar.locator('#message');
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toContain('выберите этот пункт меню ещё раз');
    await sidebar.close();
  }

  /** The caption's «Загружено N из M ответов» as [N, M]. */
  async function counts(dialog: Page): Promise<[number, number] | null> {
    const match = /^Загружено (\d+) из (\d+) ответов$/.exec((await dialog.locator('#caption').textContent()) ?? '');
    return match ? [Number(match[1]), Number(match[2])] : null;
  }

  it('runs, cancels midway, runs again, is closed and reopened, and ends with each answer once', async () => {
    expect(expected.length).toBeGreaterThan(3 * ROWS_PER_CHUNK);
    expect(new Set(expected).size).toBe(expected.length);

    // 1. Started from the sidebar; the dialog continues, slowly enough to be cancelled midway.
    await startFromSidebar();
    await rig('jobStep', { delayMs: 250, repeat: true });
    let dialog = await open('progress.html');
    await expect.poll(async () => (await counts(dialog))?.[0] ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const [doneBefore, total] = (await counts(dialog)) ?? [0, 0];
    expect(total).toBe(RESPONSES);
    expect(doneBefore).toBeLessThan(total);
    expect(Number(await dialog.locator('#bar').getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await dialog.click('#cancel');
    await expect.poll(() => dialog.locator('#lines').textContent(), { timeout: 10_000 }).toContain('Остановлено');
    expect(await dialog.locator('#close').isVisible()).toBe(true);
    await dialog.close();
    const cancelled = await answerLines(path);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.length).toBeLessThan(expected.length);
    expect(new Set(cancelled).size).toBe(cancelled.length);
    expect(cancelled.every((line) => expected.includes(line))).toBe(true);

    // 2. After «Отменить» nothing is pending: a reopened dialog says so.
    dialog = await open('progress.html');
    await expect
      .poll(() => dialog.locator('#lines').textContent(), { timeout: 10_000 })
      .toContain('Незавершённой работы нет');
    await dialog.close();

    // 3. Started again; the dialog is closed after a step, the same work reopened continues it.
    await startFromSidebar();
    dialog = await open('progress.html');
    await expect.poll(async () => (await counts(dialog))?.[0] ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    await dialog.close();
    await rig('jobStep', { repeat: true });
    dialog = await open('progress.html');
    await expect.poll(() => dialog.locator('#close').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await dialog.locator('#title').textContent()).toBe('Ответы загружены');
    expect(await dialog.locator('#bar').getAttribute('aria-valuenow')).toBe('100');
    await dialog.close();

    const lines = await answerLines(path);
    expect(lines).toEqual(expected);
  }, 90_000);

  it('pair formation, one chunk that needs a whole execution, gets one per call: the sidebar forms pairs at once', async () => {
    const sidebar = await browser.newPage({ viewport: { width: 300, height: 800 } });
    await sidebar.goto(`${preview.url}/matching.html`);
    await sidebar.locator('#field-matchingMode').waitFor();
    await sidebar.click('#run');
    await expect.poll(() => sidebar.locator('#result h2').textContent(), { timeout: 15_000 }).toBe('Пары сформированы');
    await sidebar.close();
  });
});
