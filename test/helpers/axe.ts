/**
 * axe-core on one page in Chromium: light at 1280 and 390 px, and the dark
 * scheme's colours at 390 px; the serious or critical violations found.
 * Shared by the two accessibility files (content pages, widget pages), which
 * run side by side.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser';

/** The rules whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoSeriousViolations(browser: Browser, path: string): Promise<void> {
  // Light at both widths; the dark scheme (many phones browse dark) at phone width.
  const runs = [
    [1280, 'light'],
    [390, 'light'],
    [390, 'dark'],
  ] as const;
  const found = await Promise.all(
    runs.map(async ([width, colorScheme]) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(new URL(path, inject('siteUrl')).href, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      if (path.startsWith('checker/')) await page.fill('#checker-input', '4001236688\n12345');
      // The search page is judged with its results shown.
      if (path.startsWith('search/')) await page.waitForSelector('.search-results li');
      // The dark scheme changes colours only (the same page, the same width as the light run):
      // its run checks what colours decide; the light runs check everything.
      // Only violations are read: axe details no other result type (passes keep one node each, enough to count).
      const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
      const results = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
      await context.close();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${width}px ${colorScheme} ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
      return { passes: results.passes.length, serious };
    }),
  );
  const [wide, narrow, dark] = found;
  for (const run of [wide, narrow]) expect(run?.passes, 'axe ran its rules').toBeGreaterThan(10);
  expect(dark?.passes, 'axe ran the colour rules').toBeGreaterThan(0);
  expect(found.flatMap((f) => f.serious)).toEqual([]);
}

/**
 * One test per page. One page at a time, its three runs at once: axe is CPU work in the
 * browser, and the two files already run side by side (more pages at once measured slower on 2 cores).
 */
export function axeSuite(title: string, pages: readonly string[]): void {
  describe(`accessibility (axe-core): ${title}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => browser.close());
    it.each(pages)('/%s has no serious or critical violations', (path) => expectNoSeriousViolations(browser, path));
  });
}
