/**
 * WCAG 2.2 target size at 390 px: every link and control a visitor can tap
 * is at least 24×24 CSS px, and every control at least 44 px tall, on every page of the stocked build (选号 with
 * numbers) and in the widgets' opened states (a checker result with its
 * plan links, the estimator's add-ons, 办理's form).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../tools/browser';
import { htmlFiles, pagePath } from '../../tools/dist';

const base = inject('baseSiteUrl');
const dir = inject('baseSiteDir');

/** Controls a fingertip aims at: at least 44 px tall on a phone (a checkbox's target is its label). */
const CONTROLS =
  'button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, summary, label:has(> input[type=checkbox]), label:has(> input[type=radio])';

/** Visible links and controls smaller than 24×24, and controls less than 44 px tall, described. */
async function smallTargets(page: Page): Promise<string[]> {
  const small = (selector: string, width: number, height: number) =>
    page.$$eval(
      selector,
      (elements, [w, h]) =>
        elements.flatMap((el) => {
          const box = el.getBoundingClientRect();
          // Not on screen (closed <details>, visually hidden skip link until focused, the honeypot).
          if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') return [];
          if (el.closest('[aria-hidden="true"]') !== null) return [];
          if (box.width >= (w ?? 0) && box.height >= (h ?? 0)) return [];
          const text = (el.textContent ?? '').trim().slice(0, 16) || el.getAttribute('aria-label') || el.id;
          return [`<${el.tagName.toLowerCase()}> “${text}” ${Math.round(box.width)}×${Math.round(box.height)}`];
        }),
      [width, height],
    );
  return [
    ...(await small('a[href], button, input:not([type=hidden]), select, textarea, summary', 24, 24)),
    ...(await small(CONTROLS, 0, 44)).map((s) => `${s} (a control under 44 px tall)`),
  ];
}

describe('tap targets at 390 px', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => browser.close());

  const settled = () => page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

  it('every link and control on every page is at least 24×24, every control 44 px tall', async () => {
    const found: string[] = [];
    for (const file of htmlFiles(dir, { frames: true })) {
      const path = file === '404.html' ? 'no-such-page/' : pagePath(file);
      await page.goto(new URL(path, base).href);
      await settled();
      for (const small of await smallTargets(page)) found.push(`/${path}: ${small}`);
    }
    expect(found).toEqual([]);
  }, 180_000);

  it('and in the widgets’ opened states', async () => {
    const found: string[] = [];
    const states: [string, () => Promise<unknown>][] = [
      ['checker/?n=4001236688', () => page.waitForSelector('.plan-links a')],
      ['estimator/?plan=annual-1200&addons=ringback-multi', () => page.waitForSelector('.addons-panel[open]')],
      ['numbers/?budget=1200', () => page.waitForSelector('.pick')],
      ['apply/?plan=annual-1200&minutes=300', () => page.waitForSelector('#apply-company')],
    ];
    for (const [path, ready] of states) {
      await page.goto(new URL(path, base).href);
      await settled();
      await ready();
      for (const small of await smallTargets(page)) found.push(`/${path}: ${small}`);
    }
    expect(found).toEqual([]);
  }, 60_000);
});
