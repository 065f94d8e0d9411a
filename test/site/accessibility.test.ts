/** axe-core on every page type, in Chromium: no serious or critical violations. Here: the content pages. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser';
import { expectNoSeriousViolations } from '../helpers/axe';

const PAGES = [
  '',
  'plans/',
  'plans/monthly-600/',
  'plans/annual-80000/',
  'addons/',
  'addons/ivr/',
  'grades/',
  'quote-rules/',
  'process/',
  'contact/',
  'no-such-page/',
  'changes/',
];

describe('accessibility (axe-core): content pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser.close());

  // One page at a time, its three runs at once: axe is CPU work in the browser, and the two
  // files already run side by side (more pages at once measured slower on 2 cores).
  it.each(PAGES)('/%s has no serious or critical violations', (path) => expectNoSeriousViolations(browser, path));
});
