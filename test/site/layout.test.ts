import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { planName } from '../../src/engine/index';
import { yuan } from '../../src/presentation/format';
import { launchChromium } from '../../tools/browser';
import { ROOT, liveTariff as tariff } from '../helpers/tariff';

const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
const PAGE_TYPES = [
  '',
  'plans/',
  'plans/annual-1200/',
  'addons/',
  'addons/ivr/',
  'grades/',
  'quote-rules/',
  'process/',
  'contact/',
  'checker/',
  'compare/',
  'estimator/',
  'search/?q=彩铃',
  'no-such-page/',
];

describe('what a visitor sees', () => {
  let browser: Browser;
  const base = inject('siteUrl');
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => browser.close());

  it('the home page renders the plan table with the prices from the data', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    const rows = await page.$$eval('table tbody tr', (trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent?.trim(),
        tr.querySelector('td .price')?.textContent?.trim(),
      ]),
    );
    expect(rows).toEqual(tariff.plans.map((plan) => [planName(tariff, plan), `${yuan(plan.yearly)} 元`]));
    await page.screenshot({ path: join(SCREENSHOTS, 'home-desktop.png'), fullPage: true });
    await page.close();
  });

  it('no page scrolls sideways on a 390 px phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const wide: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(new URL(path, base).href);
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
      }));
      if (scroll > width) wide.push(`${path || '/'}: ${scroll}px`);
    }
    await page.goto(base);
    await page.screenshot({ path: join(SCREENSHOTS, 'home-phone.png'), fullPage: true });
    await page.close();
    expect(wide).toEqual([]);
  });

  it('unknown paths get the 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL('no-such-page/', base).href);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('页面不存在');
    await page.close();
  });

  it('requests nothing from any other origin', async () => {
    const page = await browser.newPage();
    const origin = new URL(base).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
    });
    for (const path of PAGE_TYPES) await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    await page.close();
    expect(foreign).toEqual([]);
  });
});
