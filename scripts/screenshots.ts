/**
 * Screenshots of each sidebar for the user guide (docs/sidebar-*.png): the preview server on a
 * copy of the demo workbook, Chromium at the real sidebar width (300 px; the «О программе»
 * dialog at 520 px). Run: npx tsx scripts/screenshots.ts
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium';
import { buildSidebar, sidebarNames } from './build-sidebars.mjs';
import { previewWorkbook, startPreview } from './preview';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

interface Shot {
  file: string;
  page: string;
  width: number;
  /** Only the visible part (a tall sidebar scrolls; its buttons stay at the bottom). */
  height?: number;
  /** Waits until the sidebar shows its data, and optionally clicks through a scenario. */
  prepare(page: Page): Promise<void>;
}

const SHOTS: Shot[] = [
  {
    file: 'sidebar-panel.png',
    page: 'panel.html',
    width: 300,
    prepare: (page) => page.locator('[data-section=participants]').waitFor(),
  },
  {
    file: 'sidebar-panel-en.png',
    page: 'panel.html?lang=en',
    width: 300,
    prepare: (page) => page.locator('[data-section=participants]').waitFor(),
  },
  {
    file: 'sidebar-matching.png',
    page: 'matching.html',
    width: 300,
    height: 1000,
    prepare: (page) => page.locator('#settings fieldset').first().waitFor(),
  },
  {
    file: 'sidebar-matching-result.png',
    page: 'matching.html',
    width: 300,
    height: 760,
    prepare: async (page) => {
      await page.locator('#run:not([disabled])').waitFor();
      await page.click('#run');
      await page.locator('#result h2').waitFor({ timeout: 120_000 });
      await page.locator('#result').evaluate((node) => node.scrollIntoView({ block: 'end' }));
    },
  },
  {
    file: 'sidebar-questionnaires.png',
    page: 'questionnaires.html',
    width: 300,
    prepare: (page) => page.locator('#template option').first().waitFor({ state: 'attached' }),
  },
  {
    file: 'dialog-about.png',
    page: 'about.html',
    width: 520,
    prepare: (page) => page.locator('#sheets li button').first().waitFor(),
  },
];

async function main(): Promise<void> {
  for (const name of sidebarNames()) await buildSidebar(name);
  const preview = await startPreview({ workbook: previewWorkbook(process.argv[2]) });
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height ?? 700 },
        deviceScaleFactor: 2,
      });
      await page.goto(`${preview.url}/${shot.page}`);
      await shot.prepare(page);
      await page.waitForTimeout(300);
      const out = join(ROOT, 'docs', shot.file);
      await page.screenshot({ path: out, fullPage: shot.height === undefined });
      console.log(`docs/${shot.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await preview.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
