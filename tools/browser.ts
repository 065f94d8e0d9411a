/**
 * Debian's Chromium through playwright-core, with the flags that work on these
 * machines. Playwright gives every launch a fresh temporary profile.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
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
