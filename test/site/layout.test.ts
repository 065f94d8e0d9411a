import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { planName } from '../../src/engine/index';
import { yuan } from '../../src/presentation/format';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { ROOT, siteTariff as tariff } from '../helpers/tariff';

const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
describe('what a visitor sees', () => {
  let browser: Browser;
  const base = inject('siteUrl');
  beforeAll(async () => {
    browser = await sharedChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => releaseChromium(browser));

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

  it('without JavaScript the widgets show no dead form, no default quote and no empty box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['checker/', 'compare/', 'estimator/?plan=annual-1200&minutes=1500', 'apply/']) {
      await page.goto(new URL(path, base).href);
      // The widgets' HTML carries their forms (drawn, disabled, until the URL is read): without
      // JavaScript it must not be shown, reachable or read out — not rendered at all.
      const widget = await page.$eval('.widget', (w) => ({
        controls: [...w.querySelectorAll('input, select, textarea, button')].filter(
          (c) => c.getClientRects().length > 0,
        ).length,
        text: w.checkVisibility() ? (w.textContent?.trim() ?? '') : '',
        // Nothing of it on screen: no empty bordered box where the widget would be.
        height: w.getBoundingClientRect().height,
      }));
      expect(widget, path).toEqual({ controls: 0, text: '', height: 0 });
      expect(await page.textContent('main noscript, main .needs-js'), path).toContain('JavaScript');
      await page.screenshot({
        path: join(SCREENSHOTS, `no-js-${path.split(/[/?]/u)[0] ?? ''}-phone.png`),
        fullPage: true,
      });
    }
    // 在线办理's fallback sentence ends with the number to call, not with a colon.
    expect(await page.textContent('.needs-js')).toMatch(/拨打全国统一热线办理：400-7788-691。$/u);
    await context.close();
  });

  it('without JavaScript no search box is offered that cannot search', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['', 'plans/', 'search/?q=彩铃']) {
      await page.goto(new URL(path, base).href);
      const visible = await page.$$eval('input[type="search"]', (inputs) =>
        inputs.filter((i) => i.getBoundingClientRect().height > 0).map((i) => i.id),
      );
      expect(visible, path).toEqual([]);
    }
    expect(await page.textContent('.needs-js')).toContain('搜索需要启用 JavaScript');
    // With JavaScript the header search is there.
    const withJs = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await withJs.goto(base);
    expect(await withJs.isVisible('#site-search')).toBe(true);
    await withJs.close();
    await context.close();
  });

  it('unknown paths get the 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL('no-such-page/', base).href);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('页面不存在');
    await page.close();
  });
});
