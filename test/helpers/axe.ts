/**
 * axe-core in Chromium: its published script evaluated in every frame of the
 * page and run there (Playwright's wrapper of it opens a blank page per run,
 * which cost more than axe itself).
 * `axeSuite` judges a list of pages light at 1280 and 390 px and in the dark
 * scheme's colours at 390 px; the two accessibility files (content pages, widget
 * pages) share it and run side by side.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { releaseChromium, sharedChromium } from './chromium';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules whose outcome depends on colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is now (rules: all, or those named); only
 * violations are detailed. Evaluated through the DevTools protocol, so the
 * pages' Content-Security-Policy does not stand in the way.
 */
export async function runAxe(page: Page, rules?: readonly string[]): Promise<AxeResults> {
  await Promise.all(page.frames().map((frame) => frame.evaluate(AXE_SOURCE)));
  const options: RunOptions = {
    resultTypes: ['violations'],
    ...(rules ? { runOnly: { type: 'rule', values: [...rules] } } : {}),
  };
  return page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    options,
  );
}

/** The serious and critical violations, one line each (the first three places). */
export function seriousViolations(results: AxeResults, label: string): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${label} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Opens `path` on `page` as a visitor would and waits for its widgets to hydrate. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, inject('siteUrl')).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  if (path.startsWith('checker/')) await page.fill('#checker-input', '4001236688\n12345');
  // The search page is judged with its results shown.
  if (path.startsWith('search/')) await page.waitForSelector('.search-results li');
}

/**
 * Light at both widths; then, at phone width, the dark scheme (many phones
 * browse dark) on the same page: it changes colours only, so its run checks
 * what colours decide and the light runs check everything.
 */
async function expectNoSeriousViolations(wide: Page, narrow: Page, path: string): Promise<void> {
  const [wideRun, narrowRun, darkRun] = await Promise.all([
    open(wide, path).then(() => runAxe(wide)),
    open(narrow, path).then(async () => {
      const light = await runAxe(narrow);
      await narrow.emulateMedia({ colorScheme: 'dark' });
      try {
        return [light, await runAxe(narrow, COLOUR_RULES)] as const;
      } finally {
        await narrow.emulateMedia({ colorScheme: 'light' });
      }
    }),
  ]).then(([w, [n, d]]) => [w, n, d] as const);
  for (const run of [wideRun, narrowRun]) expect(run.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  expect(darkRun.passes.length, 'axe ran the colour rules').toBeGreaterThan(0);
  expect([
    ...seriousViolations(wideRun, '1280px light'),
    ...seriousViolations(narrowRun, '390px light'),
    ...seriousViolations(darkRun, '390px dark'),
  ]).toEqual([]);
}

/**
 * One test per page. The pages open one after another in two tabs (1280 and
 * 390 px) kept for the whole list: a fresh tab per run cost more than axe itself.
 */
export function axeSuite(title: string, pages: readonly string[]): void {
  describe(`accessibility (axe-core): ${title}`, () => {
    let browser: Browser;
    let wide: Page;
    let narrow: Page;
    beforeAll(async () => {
      browser = await sharedChromium();
      wide = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      narrow = await browser.newPage({ viewport: { width: 390, height: 900 }, colorScheme: 'light' });
    });
    afterAll(async () => releaseChromium(browser));
    it.each(pages)('/%s has no serious or critical violations', (path) =>
      expectNoSeriousViolations(wide, narrow, path),
    );
  });
}
