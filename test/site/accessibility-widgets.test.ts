/** axe-core on every page type, in Chromium: no serious or critical violations. Here: the widget pages. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser';
import { expectNoSeriousViolations } from '../helpers/axe';

const PAGES = [
  'search/?q=彩铃',
  'checker/',
  'compare/',
  'estimator/?plan=annual-1200&minutes=1500&years=2&invoice=1&addons=ivr,ringback-multi',
  'estimator/?plan=<script>',
  'apply/?plan=annual-1200&number=4001234566',
  'numbers/',
  'embed/',
  'embed/estimator/?plan=annual-1200&minutes=1500',
  'embed/checker/?n=4001236688',
];

describe('accessibility (axe-core): widget pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser.close());

  // One page at a time, its three runs at once: axe is CPU work in the browser, and the two
  // files already run side by side (more pages at once measured slower on 2 cores).
  it.each(PAGES)('/%s has no serious or critical violations', (path) => expectNoSeriousViolations(browser, path));
});
