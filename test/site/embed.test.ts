/**
 * A partner's page on another origin, under a strict policy of its own,
 * embeds the estimator and the checker with the one-line snippet (the
 * stocked build lets "http://localhost:*" frame its embed pages). The
 * estimator shows the reference total for its preset, each frame is as tall
 * as its content at 390 and 1280 px, nothing is violated or logged as an error
 * on either side, the frame keeps nothing in cookies or storage, and a height
 * message from any other origin is ignored.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { pageWeight } from '../../tools/page-weight';

const site = new URL(inject('baseSiteUrl'));
const siteDir = inject('baseSiteDir');

function partnerPage(body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>合作伙伴</title></head>
<body><h1>合作伙伴的页面</h1>${body}<p id="after">页面的其余内容</p>
<script src="${site.href}embed.js" async></script></body></html>`;
}

describe('partners embed the estimator and the checker', () => {
  let browser: Browser;
  let server: Server;
  let partner = '';
  const problems: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const bodies: Record<string, string> = {
        '/checker': '<tariff-checker number="4001236688"></tariff-checker>',
        '/hostile':
          '<div data-tariff-embed="estimator" data-plan="&lt;script&gt;alert(1)&lt;/script&gt;" data-minutes="-5" data-number="javascript:alert(1)"></div>',
      };
      const body =
        bodies[request.url ?? ''] ??
        '<tariff-estimator plan="annual-1200" minutes="1500" years="2" invoice="1"></tariff-estimator>';
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // The partner's own strict policy: only the lines the partner page tells them to add.
        'content-security-policy': `default-src 'self'; frame-src ${site.origin}; script-src 'self' ${site.origin}`,
      });
      response.end(partnerPage(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Another origin than the site's (127.0.0.1): the partner is "localhost".
    partner = `http://localhost:${(server.address() as AddressInfo).port}`;
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function open(path: string, width: number): Promise<{ page: Page; frame: Frame }> {
    const page = await browser.newPage({ viewport: { width, height: 844 } });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path} ${width}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path} ${width}: ${e.message}`));
    await page.goto(`${partner}${path}`);
    const handle = await page.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    if (frame === null) throw new Error('no frame');
    await frame.waitForSelector('astro-island:not([ssr])');
    return { page, frame };
  }

  /** The frame's height on the partner page, and its content's height inside. */
  async function heights(page: Page, frame: Frame): Promise<{ outer: number; inner: number; scrolls: boolean }> {
    const outer = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const { inner, scrolls } = await frame.evaluate(() => ({
      inner: Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().height ?? 0),
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
    }));
    return { outer, inner, scrolls };
  }

  /** Waits until the frame on the partner page is as tall as its content, with no scroll bar inside. */
  async function sizedToContent(page: Page, frame: Frame): Promise<void> {
    const fits = async () => {
      const h = await heights(page, frame);
      return Math.abs(h.outer - h.inner) <= 4 && !h.scrolls;
    };
    await expect.poll(fits, { timeout: 20_000 }).toBe(true);
  }

  it.each([390, 1280])(
    'the estimator at %i px: the reference total, and a frame as tall as its content',
    async (width) => {
      const { page, frame } = await open('/', width);
      // annual-1200, 1500 minutes a month, 2 years, with an invoice (docs/pricing-rules.md §5).
      await expect
        .poll(() => frame.textContent('[data-testid="quote-total"]'), { timeout: 20_000 })
        .toContain('3,132.00');
      await sizedToContent(page, frame);
      // The credit line names the site and the version, linking to the full page in a new tab.
      expect(await frame.textContent('.embed-credit')).toMatch(
        /^由 .+ 提供 · 资费版本 \d{4}-\d{2}-\d{2} · 打开完整页面$/u,
      );
      expect(await frame.evaluate(() => document.baseURI && document.querySelector('base')?.target)).toBe('_blank');
      // Opening the add-ons makes the content taller: the frame follows.
      const before = (await heights(page, frame)).outer;
      await frame.click('.addons-panel summary');
      await expect
        .poll(async () => (await heights(page, frame)).outer, { timeout: 20_000 })
        .toBeGreaterThan(before + 100);
      await expect.poll(async () => (await heights(page, frame)).scrolls, { timeout: 20_000 }).toBe(false);
      // Nothing kept: no cookie, no storage (where the browser lets a partner's frame have storage at all).
      const kept = await frame.evaluate(() => {
        let stored: number | string;
        try {
          stored = localStorage.length + sessionStorage.length;
        } catch {
          stored = 'no storage for this frame';
        }
        return [document.cookie, stored];
      });
      expect(kept[0]).toBe('');
      expect([0, 'no storage for this frame']).toContain(kept[1]);
      await page.close();
    },
  );

  it('the checker at 390 px: the preset number judged, the frame sized to it', async () => {
    const { page, frame } = await open('/checker', 390);
    await expect.poll(() => frame.textContent('.number-result'), { timeout: 20_000 }).toContain('特级号码');
    await sizedToContent(page, frame);
    await page.close();
  });

  it('hostile attributes get the defaults, with the estimator’s notice, and run nothing', async () => {
    const { page, frame } = await open('/hostile', 390);
    await expect
      .poll(() => frame.textContent('.widget.estimator .notice'), { timeout: 20_000 })
      .toMatch(/^链接中的部分参数无效，已恢复为默认值：.*套餐.*通话分钟数.*号码/u);
    // The defaults: all plans, the default minutes; nothing of the values reached the page.
    expect(await frame.inputValue('#est-minutes')).not.toBe('-5');
    expect(await frame.evaluate(() => document.body.innerHTML.includes('<script>alert'))).toBe(false);
    await page.close();
  });

  it('a height message from another origin, or from another window, is ignored', async () => {
    const { page, frame } = await open('/', 1280);
    await expect
      .poll(() => frame.textContent('[data-testid="quote-total"]'), { timeout: 20_000 })
      .toContain('3,132.00');
    const before = await page.$eval('iframe', (f) => f.style.height);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const source = document.querySelector('iframe')?.contentWindow ?? null;
          // Claims to come from the frame, but from another origin (handled at once).
          window.dispatchEvent(
            new MessageEvent('message', {
              data: { type: 'tariff-embed:height', height: 7 },
              origin: 'http://evil.example',
              source,
            }),
          );
          // From the partner page itself (its own origin); messages arrive in order, so the mark comes after it.
          window.addEventListener('message', (e) => {
            if (e.data === 'checked') resolve();
          });
          window.postMessage({ type: 'tariff-embed:height', height: 9 }, '*');
          window.postMessage('checked', '*');
        }),
    );
    expect(await page.$eval('iframe', (f) => f.style.height)).toBe(before);
    await page.close();
  });

  it('the loader is at most 3 KB gzip; an embed page loads its full page’s widget and only the height reporter besides', async () => {
    const loader = await (await fetch(new URL('embed.js', site))).arrayBuffer();
    expect(gzipSync(Buffer.from(loader), { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
    for (const kind of ['estimator', 'checker']) {
      const full = await pageWeight(siteDir, `${kind}/index.html`, site.pathname);
      const embedded = await pageWeight(siteDir, `embed/${kind}/index.html`, site.pathname);
      // The frame's height reporter (src/embed/frame.ts) is all it adds: well under 1 KB.
      expect(embedded.jsGzipBytes - full.jsGzipBytes, kind).toBeLessThanOrEqual(512);
    }
  });

  it('a listed partner: 打开完整页面 in the frame opens the full page with what the visitor entered', async () => {
    const { page, frame } = await open('/', 390);
    await frame.fill('#est-minutes', '2345');
    await expect
      .poll(() => frame.evaluate(() => new URL(window.location.href).searchParams.get('minutes')))
      .toBe('2345');
    const link = frame.locator('a[data-full-page]', { hasText: '打开完整页面' });
    await link.focus();
    const href = new URL((await link.getAttribute('href')) ?? '', site);
    expect(href.pathname).toBe(`${site.pathname}estimator/`);
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ plan: 'annual-1200', minutes: '2345', years: '2' });
    // In a frame the address bar is the partner's: the page does not claim it holds the quote.
    expect(await frame.textContent('.widget')).not.toContain('本页地址即为当前报价');
    await page.close();
  });

  it('a partner not listed in the settings: a plain link with the presets instead of a broken frame', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // 127.0.0.1 on another port: neither this site's origin nor the listed "http://localhost:*".
    await page.goto(partner.replace('localhost', '127.0.0.1'));
    const fallback = await page.waitForSelector('a[data-tariff-fallback]');
    expect(await page.$('iframe')).toBeNull();
    expect(await fallback.textContent()).toBe('打开400电话费用估算 →');
    const href = new URL((await fallback.getAttribute('href')) ?? '');
    expect(href.origin + href.pathname).toBe(`${site.origin}${site.pathname}estimator/`);
    expect(Object.fromEntries(href.searchParams)).toEqual({
      plan: 'annual-1200',
      minutes: '1500',
      years: '2',
      invoice: '1',
    });
    await page.close();
  });

  it('nothing is violated or logged as an error, on the partner page or in the frames', () => {
    expect(problems).toEqual([]);
  });

  it('the site’s other pages may not be framed by the partner', async () => {
    const response = await fetch(new URL('estimator/', site));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const embed = await fetch(new URL('embed/estimator/', site));
    expect(embed.headers.get('content-security-policy')).toContain("frame-ancestors 'self' http://localhost:*");
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });
});
