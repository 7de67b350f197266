/**
 * Real Chromium for the sidebar tests: Debian's /usr/bin/chromium driven by playwright-core
 * (downloads of browsers do not work here). Without Chromium the tests skip — except in CI
 * (CI=true), where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (path): path is string => !!path,
);

export const chromiumPath: string | undefined = CANDIDATES.find((path) => existsSync(path));

/** True when the browser tests must run (Chromium present, or CI insists). */
export const runBrowserTests = chromiumPath !== undefined || process.env.CI === 'true';

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath)
    throw new Error(
      'Chromium не найден: установите его (apt-get install -y chromium) — в CI браузерные тесты обязательны',
    );
  // playwright adds --headless and runs each launch with a fresh temporary profile (user data dir).
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
