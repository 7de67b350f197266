/**
 * The sidebars in real Chromium, against the preview server (the same server calls as Apps Script,
 * run by the offline engine on a small workbook): what a curator sees and clicks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Settings, SETTINGS_SHEET } from '../../src/core/settings/settings';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import { buildSidebar, sidebarNames } from '../../scripts/build-sidebars.mjs';
import { type Preview, startPreview } from '../../scripts/preview';
import { launchChromium, runBrowserTests } from './chromium';
import { HOSTILE_NAME, writeFixtureWorkbook } from './fixture';

describe.skipIf(!runBrowserTests)('sidebars in Chromium', () => {
  let browser: Browser;
  let preview: Preview;
  let workbookPath: string;
  /** Dialogs (alert/confirm) a page opened: a hostile name must never open one. */
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    for (const name of sidebarNames()) await buildSidebar(name);
    workbookPath = await writeFixtureWorkbook();
    preview = await startPreview({ workbook: workbookPath });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${preview.url}/${path}`);
    return page;
  }

  /** Nothing wider than the 300 px sidebar: no horizontal scrolling. */
  async function expectFitsSidebar(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  }

  async function rig(name: string, next: { error?: string; delayMs?: number }): Promise<void> {
    await fetch(`${preview.url}/__preview/next`, {
      method: 'POST',
      headers: { 'x-preview-token': preview.token },
      body: JSON.stringify({ name, ...next }),
    });
  }

  it('the panel shows the program at a glance from the workbook', async () => {
    const page = await open('panel.html');
    const participants = page.locator('[data-section=participants]');
    // the panel prints the programme model: Белов (М-4) has no consent, so he is not counted
    await expect.poll(() => participants.locator('.figure .value').allTextContents()).toEqual(['3', '3', '1']);
    expect(await page.locator('[data-section=pairs] .figure .value').first().textContent()).toBe('1');
    // «без пары» (П-05): М-2 and М-3; М-4 has no consent and is not in statistics
    expect(await page.locator('[data-section=unpaired] .figure .value').textContent()).toBe('2');
    expect(await page.locator('[data-section=roadmap]').textContent()).toContain('Дорожная карта ещё не сформирована');
    expect(await page.locator('[data-section=participants] button[data-action=menuCheckBases]').textContent()).toBe(
      'Проверить базы',
    );
    await expectFitsSidebar(page);
    await page.close();
  });

  it('a participant named like HTML is displayed as text, never run', async () => {
    const page = await open('panel.html');
    const names = page.locator('[data-section=unpaired] li');
    await expect.poll(() => names.allTextContents()).toContain(HOSTILE_NAME);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a server error appears as a readable Russian message, not a stack trace', async () => {
    const page = await open('panel.html');
    await page.locator('[data-section=participants]').waitFor();
    await rig('sidebarDashboard', {
      error:
        'Exception: Service Spreadsheets failed\n    at readSheet (Code:120:15)\n    at sidebarDashboard (Code:9:3)',
    });
    await page.click('#refresh');
    const message = page.locator('#message.message-error');
    await message.waitFor();
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('Не удалось показать панель');
    expect(text).toContain('«Панель наставничества» не удалось выполнить: Exception: Service Spreadsheets failed');
    expect(text).not.toMatch(/at readSheet|Code:120/);
    await page.close();
  });

  it('a long call shows progress and keeps the sidebar usable', async () => {
    const page = await open('panel.html');
    await page.locator('[data-section=participants]').waitFor();
    await rig('sidebarDashboard', { delayMs: 1500 });
    await page.click('#refresh');
    await page.locator('#message.message-progress').waitFor();
    expect(await page.locator('#refresh').isDisabled()).toBe(true);
    expect(await page.locator('[data-section=participants] button[data-sheet]').isEnabled()).toBe(true);
    await page.locator('#message').waitFor({ state: 'hidden' });
    expect(await page.locator('#refresh').isEnabled()).toBe(true);
    await page.close();
  });

  it('speaks English when the user does', async () => {
    const page = await open('panel.html?lang=en');
    await page.locator('[data-section=participants]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Mentorship panel');
    expect(await page.locator('[data-section=participants] h2').textContent()).toBe('Participants');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('the matching sidebar speaks English too, while the sheet keeps its Russian values', async () => {
    const page = await open('matching.html?lang=en');
    const mode = page.locator('#field-matchingMode');
    await mode.waitFor();
    expect(await page.locator('label[for=field-matchingMode]').textContent()).toBe('Matching mode');
    expect(await mode.inputValue()).toBe('оптимальный');
    expect(await mode.locator('option:checked').textContent()).toBe('optimal');
    expect(await page.locator('#run').textContent()).toBe('Form pairs');
    await page.close();
  });

  it('the matching sidebar saves a changed setting to «Настройки»', async () => {
    const page = await open('matching.html');
    const limit = page.locator('#field-mentorLoadLimit');
    await limit.waitFor();
    expect(await limit.inputValue()).toBe('3');
    expect(await page.locator('[data-key=mentorLoadLimit] .hint').textContent()).toContain('По умолчанию: 3');
    await limit.fill('0');
    await page.click('#save');
    expect(await page.locator('#message.message-error').textContent()).toContain('Исправьте отмеченные поля');
    expect(await page.locator('[data-key=mentorLoadLimit] .error').textContent()).toBe('Допустимо от 1 до 50');
    await expectFitsSidebar(page);
    await limit.fill('5');
    await page.click('#save');
    await page.locator('#message.message-success').waitFor();
    const saved = await XlsxWorkbook.open(workbookPath);
    expect(Settings.fromSheet(saved.readSheet(SETTINGS_SHEET)).number('mentorLoadLimit')).toBe(5);
    await page.reload();
    await limit.waitFor();
    expect(await limit.inputValue()).toBe('5');
    await page.close();
  });

  it('the matching sidebar: change a weight, form the pairs, see the result without leaving it', async () => {
    const page = await open('matching.html');
    const weight = page.locator('#field-weightSubject');
    await weight.waitFor();
    expect(await page.locator('#field-matchingMode').inputValue()).toBe('оптимальный');
    expect(await weight.inputValue()).toBe('20');
    await page.locator('[data-key=weightSubject] input[type=range]').fill('45');
    expect(await weight.inputValue()).toBe('45');
    await page.click('#run');
    const result = page.locator('#result');
    await result.locator('h2').waitFor();
    expect(await result.locator('h2').textContent()).toBe('Пары сформированы');
    const figures = Object.fromEntries(
      await result
        .locator('.figure')
        .evaluateAll((nodes) =>
          nodes.map((n) => [n.getAttribute('data-figure'), n.querySelector('.value')?.textContent]),
        ),
    );
    // Three mentees can take part (one has no consent); the fixture has three mentors.
    expect(Number(figures.matched) + Number(figures.unmatched)).toBe(3);
    expect(Number(figures.matched)).toBeGreaterThan(0);
    expect(Number(String(figures.meanScore).replace(',', '.'))).toBeGreaterThan(0);
    expect(await result.textContent()).toContain('Пары (черновик)');
    expect(await page.locator('#message').isHidden()).toBe(true);
    const saved = await XlsxWorkbook.open(workbookPath);
    expect(Settings.fromSheet(saved.readSheet(SETTINGS_SHEET)).number('weightSubject')).toBe(45);
    expect((saved.readSheet('Пары (черновик)') ?? []).length).toBeGreaterThan(1);
    await page.click('#open-draft');
    await page.waitForTimeout(200);
    expect(await page.locator('#message.message-error').count()).toBe(0);
    await expectFitsSidebar(page);
    await page.close();
  });

  it('a panel button runs the menu action behind a section and the panel shows its result', async () => {
    const page = await open('panel.html');
    const problems = page.locator('[data-section=problems]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Проблем не найдено');
    await page.click('[data-section=participants] button[data-action=menuCheckBases]');
    await page.locator('#message.message-success').waitFor();
    expect(await page.locator('#message').textContent()).toContain('«Проверить базы» выполнено');
    // М-4 has no consent date: the check reports it, and the refreshed panel counts it.
    await expect.poll(() => problems.locator('.figure .value').allTextContents()).not.toEqual(['0', '0']);
    await page.close();
  });

  it('the questionnaires sidebar lists templates and forms, shows hostile text as text, and explains what needs Google', async () => {
    const page = await open('questionnaires.html');
    await expect.poll(() => page.locator('#template option').count()).toBeGreaterThan(3);
    const form = page.locator('[data-form=form-1]');
    expect(await form.locator('.name').textContent()).toBe(HOSTILE_NAME);
    expect(await form.textContent()).toContain('Получено ответов: 3, загружено: 2');
    // A javascript: link stays text; the https one is a link that opens in a new tab.
    expect(await form.locator('a').count()).toBe(1);
    expect(await form.locator('a').getAttribute('href')).toBe('https://docs.google.com/forms/d/form-1/edit');
    expect(await form.locator('span.muted').textContent()).toBe('Ссылка для участников');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#forms').textContent()).toContain('Новых ответов, ещё не загруженных: 1');
    expect(await page.locator('#create-button').isDisabled()).toBe(true);
    await expectFitsSidebar(page);
    expect(await page.locator('#template-hint').textContent()).toContain(
      'Google Формы создаются только в Google Таблицах',
    );
    await page.click('#import');
    const result = page.locator('#message:not(.message-progress)');
    await result.waitFor();
    expect(await result.locator('.message-title').textContent()).toMatch(/\S/);
    expect(await result.textContent()).not.toMatch(/\n\s+at /);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('«О программе» tells the version and where the data is, and opens existing sheets', async () => {
    const page = await open('about.html');
    await page.locator('#sheets li button').first().waitFor();
    expect(await page.locator('#version').textContent()).toMatch(/^Версия \d+\.\d+\.\d+/);
    expect(await page.locator('body').textContent()).toContain('Все данные остаются в этой таблице');
    const present = await page.locator('#sheets li:not(.absent) .name').allTextContents();
    expect(present).toEqual(expect.arrayContaining(['Наставники', 'Наставляемые', 'Настройки', 'Пары']));
    expect(await page.locator('#sheets li.absent .name').allTextContents()).toContain('Дорожная карта');
    await page.click('#sheets button[data-sheet="Наставники"]');
    await page.waitForTimeout(200);
    expect(await page.locator('#message.message-error').count()).toBe(0);
    await page.close();
  });
});
